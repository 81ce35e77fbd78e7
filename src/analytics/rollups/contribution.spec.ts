import { aggregate, Contribution } from './contribution';
import { chooseCuboid, CUBOIDS, keyColumns } from './cuboids';

const report = (over: Partial<Contribution> = {}): Contribution => ({
  month: '2024-06',
  country: 'NO',
  region: '',
  legalModel: 'CLIENT_CRIMINALISATION',
  workSetting: 'STREET',
  reportedToPolice: '',
  safeguarding: false,
  violations: ['POLICE_ABUSE', 'EXTORTION'],
  perpetrators: ['POLICE'],
  recordKey: '4000000000',
  ...over,
});

describe('aggregate', () => {
  const inTable = (rows: ReturnType<typeof aggregate>, table: string) => rows.filter((r) => r.cuboid.table === table);

  it('counts a report once in each single-valued table and once per violation and perpetrator', () => {
    const rows = aggregate([report()], 1);
    expect(inTable(rows, 'rollup_report')).toHaveLength(1);
    expect(inTable(rows, 'rollup_country')).toHaveLength(1);
    expect(inTable(rows, 'rollup_country_region')).toHaveLength(1);
    expect(inTable(rows, 'rollup_violation')).toHaveLength(2);
    expect(inTable(rows, 'rollup_country_violation')).toHaveLength(2);
    expect(inTable(rows, 'rollup_legal_model_violation')).toHaveLength(2);
    expect(inTable(rows, 'rollup_perpetrator')).toHaveLength(1);
    expect(inTable(rows, 'rollup_violation_perpetrator')).toHaveLength(2);
    expect(inTable(rows, 'rollup_country_work_setting_violation')).toHaveLength(2);
    expect(inTable(rows, 'rollup_country_police_violation')).toHaveLength(2);
    expect(rows).toHaveLength(CUBOIDS.reduce((n, c) => n + (c.multi.includes('violation') ? 2 : 1), 0)); // two violations, one perpetrator
    expect(rows.every((r) => r.count === 1 && r.keySum === 4000000000n)).toBe(true);
  });

  it('puts values in key-column order', () => {
    const [row] = inTable(aggregate([report({ region: 'NO-03' })], 1), 'rollup_country_region');
    expect(row!.key).toEqual(['2024-06', 'NO', 'NO-03', false]);
  });

  it('keys the filter tables by work setting and by reported-to-police', () => {
    const rows = aggregate([report({ reportedToPolice: 'TRIED_REFUSED', violations: ['EXTORTION'] })], 1);
    expect(inTable(rows, 'rollup_country_work_setting_violation').map((r) => r.key)).toEqual([['2024-06', 'NO', 'STREET', false, 'EXTORTION']]);
    expect(inTable(rows, 'rollup_country_police_violation').map((r) => r.key)).toEqual([['2024-06', 'NO', 'TRIED_REFUSED', false, 'EXTORTION']]);
    // Reports that differ only in work setting share the police table's cell, not the work-setting table's.
    const two = aggregate([report({ violations: ['EXTORTION'] }), report({ workSetting: 'ONLINE', violations: ['EXTORTION'], recordKey: '7' })], 1);
    expect(inTable(two, 'rollup_country_work_setting_violation')).toHaveLength(2);
    expect(inTable(two, 'rollup_country_police_violation')).toEqual([expect.objectContaining({ count: 2, keySum: 4000000007n })]);
  });

  it('sums reports that share a cell, keys without overflow', () => {
    const rows = inTable(aggregate([report(), report({ recordKey: '4294967295' })], 1), 'rollup_report');
    expect(rows).toEqual([expect.objectContaining({ count: 2, keySum: 8294967295n })]);
  });

  it('reverses exactly what it applied', () => {
    const reports = [report(), report({ violations: ['CHILD_INVOLVED'], safeguarding: true })];
    const applied = aggregate(reports, 1);
    const reversed = aggregate(reports, -1);
    expect(reversed.map((r) => ({ ...r, count: -r.count, keySum: -r.keySum }))).toEqual(applied);
    expect(aggregate([...reports, ...reports.map((r) => ({ ...r }))], 1).length).toBe(applied.length);
  });

  it('ignores duplicated codes within one report', () => {
    expect(inTable(aggregate([report({ violations: ['EXTORTION', 'EXTORTION'] })], 1), 'rollup_violation')).toHaveLength(1);
  });
});

describe('chooseCuboid', () => {
  it.each([
    [[], 'rollup_country'],
    [['country_code'], 'rollup_country'],
    [['violation'], 'rollup_country_violation'],
    [['violation', 'country_code'], 'rollup_country_violation'],
    [['violation', 'legal_model'], 'rollup_legal_model_violation'],
    [['violation', 'work_setting'], 'rollup_country_work_setting_violation'],
    [['violation', 'work_setting', 'country_code'], 'rollup_country_work_setting_violation'],
    [['violation', 'reported_to_police'], 'rollup_country_police_violation'],
    [['violation', 'work_setting', 'reported_to_police'], 'rollup_violation'],
    [['violation', 'work_setting', 'region_code'], 'rollup_violation'],
    [['work_setting'], 'rollup_report'],
    [['region_code'], 'rollup_country_region'],
    [['perpetrator', 'country_code'], 'rollup_country_perpetrator'],
    [['perpetrator', 'violation'], 'rollup_country_violation_perpetrator'],
    [['perpetrator', 'violation', 'region_code'], 'rollup_violation_perpetrator'],
    [['legal_model'], 'rollup_report'],
  ] as const)('%j → %s', (used, table) => {
    expect(chooseCuboid(new Set(used)).table).toBe(table);
  });
});

describe('read keys', () => {
  it.each(CUBOIDS.filter((c) => c.readKey).map((c) => [c.table, c] as const))('%s: the primary key in read order has exactly the key columns', (_, cuboid) => {
    expect([...cuboid.readKey!].sort()).toEqual([...keyColumns(cuboid)].sort());
    expect(cuboid.readKey!.indexOf('safeguarding')).toBeLessThan(cuboid.readKey!.indexOf('month'));
  });
});

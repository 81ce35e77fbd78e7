import { DataSource } from 'typeorm';
import type { Contribution } from '../../src/analytics/rollups/contribution';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { dataSourceOptions } from '../../src/database/data-source-options';

/**
 * The rollup journal against real PostgreSQL: contributions recorded in a transaction are applied
 * by drain() exactly once, whatever runs at the same time, and a failed drain changes nothing.
 *
 * The database is shared by every test file of a run, and these contributions have no reports:
 * what a test leaves applied is listed in `leftApplied` and removed again after the file, so that a
 * later file checking the rollups against the reports (test/e2e/trends.test.ts) finds them agree.
 */
describe('the rollup journal', () => {
  let db: DataSource;
  let rollups: RollupsService;
  const leftApplied: Contribution[] = [];

  /** A contribution of its own country (no other test of this file counts it). */
  const contribution = (country: string, recordKey: number, violations: Contribution['violations'] = ['EXTORTION']): Contribution => ({
    month: '2024-03',
    country,
    region: '',
    legalModel: '',
    workSetting: 'STREET',
    reportedToPolice: 'NO',
    safeguarding: false,
    violations,
    perpetrators: ['POLICE'],
    recordKey: String(recordKey),
  });
  const cells = async (country: string) => {
    const [row] = (await db.query(
      `SELECT (SELECT coalesce(sum(report_count), 0)::int FROM rollup_report WHERE country_code = $1) AS reports,
              (SELECT coalesce(sum(key_sum), 0)::text FROM rollup_report WHERE country_code = $1) AS key_sum,
              (SELECT coalesce(sum(report_count), 0)::int FROM rollup_country_violation WHERE country_code = $1) AS violations`,
      [country],
    )) as { reports: number; key_sum: string; violations: number }[];
    return row!;
  };
  const journalled = async (): Promise<number> => ((await db.query('SELECT count(*)::int AS n FROM rollup_journal')) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    db = new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 8));
    await db.initialize();
    rollups = new RollupsService(db);
    await rollups.drain({ wait: true }); // what earlier test files left in the journal of this shared database
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    if (db?.isInitialized) {
      await db.transaction((tx) => rollups.journal(tx, leftApplied, -1));
      await rollups.drain({ wait: true });
      await db.destroy();
    }
  });

  it('records nothing when the caller’s transaction rolls back, and applies what it committed', async () => {
    await expect(
      db.transaction(async (tx) => {
        await rollups.journal(tx, [contribution('QA', 5)], 1);
        throw new Error('the report was not stored');
      }),
    ).rejects.toThrow('not stored');
    expect(await journalled()).toBe(0);
    const committed = contribution('QA', 5, ['EXTORTION', 'POLICE_ABUSE']);
    await db.transaction((tx) => rollups.journal(tx, [committed], 1));
    leftApplied.push(committed);
    expect(await cells('QA')).toEqual({ reports: 0, key_sum: '0', violations: 0 }); // not yet applied
    expect(await rollups.drain({ wait: true })).toBe(1);
    expect(await cells('QA')).toEqual({ reports: 1, key_sum: '5', violations: 2 });
    expect(await journalled()).toBe(0);
    expect(await rollups.drain({ wait: true })).toBe(0);
  });

  it('applies each entry exactly once when drains run at the same time', async () => {
    const added = Array.from({ length: 500 }, (_, i) => contribution('QB', 1000 + i));
    const removed = added.slice(0, 120);
    await db.transaction((tx) => rollups.journal(tx, added, 1));
    await db.transaction((tx) => rollups.journal(tx, removed, -1));
    leftApplied.push(...added.slice(120));
    const applied = await Promise.all([
      rollups.drain({ wait: false }),
      rollups.drain({ wait: true }),
      rollups.drain({ wait: false }),
      rollups.drain({ wait: true }),
      rollups.drain({ wait: true }),
    ]);
    expect(applied.reduce((a, b) => a + b, 0)).toBe(620);
    const keySum = added.slice(120).reduce((s, c) => s + BigInt(c.recordKey), 0n);
    expect(await cells('QB')).toEqual({ reports: 380, key_sum: keySum.toString(), violations: 380 });
    expect(await journalled()).toBe(0);
  });

  it('lets an addition and its removal in one drain cancel out', async () => {
    const c = contribution('QC', 77);
    await db.transaction((tx) => rollups.journal(tx, [c], 1));
    await db.transaction((tx) => rollups.journal(tx, [c], -1));
    expect(await rollups.drain({ wait: true })).toBe(2);
    expect(await cells('QC')).toEqual({ reports: 0, key_sum: '0', violations: 0 });
  });

  it('changes nothing when a drain fails, and the next drain applies everything', async () => {
    const two = [contribution('QD', 9), contribution('QD', 11)];
    await db.transaction((tx) => rollups.journal(tx, two, 1));
    leftApplied.push(...two);
    jest.spyOn(rollups as unknown as { applyRows: () => Promise<void> }, 'applyRows').mockRejectedValueOnce(new Error('connection lost'));
    await expect(rollups.drain({ wait: true })).rejects.toThrow('connection lost');
    expect(await journalled()).toBe(2);
    expect(await cells('QD')).toEqual({ reports: 0, key_sum: '0', violations: 0 });
    expect(await rollups.drain({ wait: true })).toBe(2);
    expect(await cells('QD')).toEqual({ reports: 2, key_sum: '20', violations: 2 });
  });

  it('drains a journal longer than one drain transaction takes', async () => {
    const many = Array.from({ length: 20_500 }, (_, i) => contribution('QE', i % 1000));
    await db.transaction((tx) => rollups.journal(tx, many, 1));
    leftApplied.push(...many);
    expect(await rollups.drain({ wait: false })).toBe(20_500);
    expect((await cells('QE')).reports).toBe(20_500);
    expect(await journalled()).toBe(0);
  });

  it('applies, with `before` (TRENDS_PUBLISHED=daily), only what was recorded on earlier UTC days', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = contribution('QF', 3);
    await db.transaction((tx) => rollups.journal(tx, [yesterday, contribution('QF', 4)], 1));
    await db.query(`UPDATE rollup_journal SET journalled_on = journalled_on - 1 WHERE contribution->>'recordKey' = '3'`);
    expect(await rollups.drain({ wait: true, before: today })).toBe(1);
    leftApplied.push(yesterday);
    expect(await cells('QF')).toEqual({ reports: 1, key_sum: '3', violations: 1 });
    expect(await rollups.drain({ wait: false, before: today })).toBe(0);
    expect(await journalled()).toBe(1);
    // Without `before` (immediately), everything left.
    expect(await rollups.drain({ wait: true })).toBe(1);
    leftApplied.push(contribution('QF', 4));
    expect(await cells('QF')).toEqual({ reports: 2, key_sum: '7', violations: 2 });
  });
});

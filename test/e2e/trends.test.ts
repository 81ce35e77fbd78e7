import { execFileSync } from 'node:child_process';
import { Queue } from 'bullmq';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { allRollupMismatchesSql } from '../../src/analytics/rollups/consistency';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { seedReports } from '../../src/analytics/seed/seeder';
import { currentMonth } from '../../src/common/validation/partial-date';
import { JobName, jobIdFor, REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from '../../src/queue/job-catalogue';
import { redisOptions } from '../../src/queue/redis-options';
import { issueKey, openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, REPORT, SUBMIT } from '../support/graphql';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';

const TRENDS = `query($q: TrendQuery!) { trends(query: $q) {
  cells { period violation country region perpetrator legalModel workSetting reportedToPolice safeguarding count suppressed }
  minimumCellSize suppressedCells taxonomyVersion } }`;

interface Cell {
  period: string | null;
  violation: string | null;
  country: string | null;
  region: string | null;
  legalModel: string | null;
  safeguarding: boolean | null;
  count: number | null;
  suppressed: boolean;
}
interface Answer {
  cells: Cell[];
  minimumCellSize: number;
  suppressedCells: number;
  taxonomyVersion: string;
}

describe('trends for researchers', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess;
  let researcher: string;
  let ngo: string;
  let reviewer: string;
  let ngoOrgId: string;
  const SEEDED = 20_000;
  /** Applies the rollup journal (what the worker does every ROLLUP_DRAIN_INTERVAL_MS) before reading rollup tables directly. */
  const drainJournal = async (): Promise<number> => new RollupsService(db).drain({ wait: true });

  beforeAll(async () => {
    db = await openDatabase();
    researcher = (await orgWithKey(db, ['analytics:read'], 'University')).key;
    const ngoOrg = await orgWithKey(db, ['reports:write', 'reports:read'], 'NGO');
    ngo = ngoOrg.key;
    ngoOrgId = ngoOrg.orgId;
    reviewer = (await issueKey(db, ngoOrg.orgId, ['reports:read', 'reports:review'])).key;
    await seedReports(db, new RollupsService(db), SEEDED, { seed: 7 });
    api = await startApi();
    worker = startProcess('worker.js');
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.destroy();
  });

  async function trends(q: Record<string, unknown>, key = researcher) {
    return gql<{ trends: Answer }>(api.url, TRENDS, { q }, bearer(key));
  }

  it('answers violation × country with the full grid, counts perturbed and small cells withheld', async () => {
    const res = await trends({ groupBy: ['VIOLATION', 'COUNTRY'] });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.trends;
    expect(answer.minimumCellSize).toBe(10);
    const countries = new Set(answer.cells.map((c) => c.country));
    expect(countries.size).toBeGreaterThanOrEqual(7);
    expect(answer.cells).toHaveLength(12 * countries.size);
    for (const cell of answer.cells) {
      if (cell.suppressed) expect(cell.count).toBeNull();
      else {
        expect(cell.count! % 3).toBe(0);
        expect(cell.count!).toBeGreaterThanOrEqual(answer.minimumCellSize);
      }
    }
    expect(answer.suppressedCells).toBe(answer.cells.filter((c) => c.suppressed).length);
    expect(answer.cells.find((c) => c.violation === 'POLICE_ABUSE' && c.country === 'PG')?.count).toBeGreaterThan(500);
  });

  it('counts each report once in totals and once per violation type', async () => {
    const total = (await trends({ groupBy: [] })).data!.trends.cells;
    expect(total).toHaveLength(1);
    const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM report WHERE status = 'PROCESSED' AND NOT safeguarding`);
    expect(Math.abs(total[0]!.count! - Number(rows[0]!.n))).toBeLessThanOrEqual(2);
    const byViolation = (await trends({ groupBy: ['VIOLATION'] })).data!.trends.cells;
    const sum = byViolation.reduce((s, c) => s + (c.count ?? 0), 0);
    expect(sum).toBeGreaterThan(total[0]!.count! * 1.1);
  });

  it('groups by legal model and year, and by region and quarter for one country', async () => {
    const byModel = await trends({ groupBy: ['LEGAL_MODEL', 'VIOLATION'], interval: 'YEAR', from: '2019-01', to: '2025-12' });
    expect(byModel.errors).toBeUndefined();
    const models = new Set(byModel.data!.trends.cells.filter((c) => !c.suppressed).map((c) => c.legalModel));
    expect(models).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...models]).toEqual(expect.arrayContaining(['FULL_CRIMINALISATION', 'CLIENT_CRIMINALISATION', 'DECRIMINALISATION']));
    const periods = new Set(byModel.data!.trends.cells.map((c) => c.period));
    expect([...periods].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);

    const byRegion = await trends({ groupBy: ['REGION'], interval: 'QUARTER', from: '2023-01', to: '2023-12', filter: { countries: ['AR'] } });
    expect(byRegion.errors).toBeUndefined();
    expect(new Set(byRegion.data!.trends.cells.map((c) => c.period))).toEqual(new Set(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']));
  });

  it('has one "no region" on a region axis: the rollups\' empty region is not a second, always empty, value', async () => {
    // The rollups keep "no region" as '' (a key column); an answer's cell for it is region null. An axis
    // that also listed '' had a phantom cell that is always 0: withheld, it became the complement of a
    // withheld small "no region" cell, so the real regions were published and the country's total minus
    // them gave the small cell back.
    const regionless: { country: string }[] = await db.query(
      `SELECT country_code AS country FROM rollup_country_region WHERE region_code = '' AND NOT safeguarding GROUP BY 1 HAVING sum(report_count) >= 10`,
    );
    expect(regionless.length).toBeGreaterThan(0);
    for (const { country } of regionless) {
      const cells = (await trends({ groupBy: ['REGION'], filter: { countries: [country.trim()] } })).data!.trends.cells;
      const regions = cells.map((c) => c.region);
      expect(regions).not.toContain('');
      expect(regions.filter((r) => r === null)).toHaveLength(1);
      expect(new Set(regions).size).toBe(regions.length);
    }
  });

  it('answers work-setting and police filters from their narrow tables with the counts of the wide table', async () => {
    const cases: [Record<string, string[]>, string, string][] = [
      [{ workSettings: ['STREET'] }, 'work_setting', 'STREET'],
      [{ reportedToPolice: ['NO'] }, 'reported_to_police', 'NO'],
    ];
    for (const [filter, column, value] of cases) {
      const res = await trends({ groupBy: ['VIOLATION', 'COUNTRY'], interval: 'QUARTER', from: '2023-01', to: '2024-12', filter });
      expect(res.errors).toBeUndefined();
      const truth: { cell: string; n: number }[] = await db.query(
        `SELECT violation || '|' || country_code || '|' || substr(month, 1, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3) AS cell,
                sum(report_count)::int AS n
           FROM rollup_violation WHERE ${column} = $1 AND NOT safeguarding AND month BETWEEN '2023-01' AND '2024-12' GROUP BY 1`,
        [value],
      );
      const byCell = new Map(truth.map((r) => [r.cell, r.n]));
      const cells = res.data!.trends.cells;
      expect(cells).toHaveLength(12 * new Set(cells.map((c) => c.country)).size * 8);
      const published = cells.filter((c) => !c.suppressed);
      expect(published.length).toBeGreaterThan(10);
      for (const cell of published) {
        expect(Math.abs(cell.count! - (byCell.get(`${cell.violation}|${cell.country}|${cell.period}`) ?? 0))).toBeLessThanOrEqual(2);
      }
    }
  });

  it('gives the same answer to the same question a thousand times (averaging fails)', async () => {
    const q = { groupBy: ['COUNTRY'], interval: 'MONTH', from: '2024-01', to: '2024-06', filter: { violations: ['EXTORTION'] } };
    const first = JSON.stringify((await trends(q)).data);
    const repeats = await Promise.all(Array.from({ length: 50 }, () => trends(q)));
    for (const r of repeats) expect(JSON.stringify(r.data)).toBe(first);
  });

  it('keeps one added report from showing as a difference of one, and reverses it on withdrawal', async () => {
    const q = { groupBy: ['COUNTRY'], filter: { countries: ['NO'] } };
    const sumRollup = async () => {
      await drainJournal();
      return Number((await db.query(`SELECT sum(report_count) AS n FROM rollup_report WHERE country_code = 'NO' AND NOT safeguarding`))[0].n);
    };
    const before = (await trends(q)).data!.trends.cells[0]!.count!;
    const rollupBefore = await sumRollup();

    const submitted = await gql<{ submitReport: { receipt: { id: string } } }>(
      api.url,
      SUBMIT,
      { input: { narrative: 'The landlord threw me out after the police visited.', countryCode: 'NO', occurredOn: '2024-03' } },
      bearer(ngo),
    );
    const id = submitted.data!.submitReport.receipt.id;
    await waitFor('processed', async () => (await gql<{ report: { status: string } }>(api.url, REPORT, { id }, bearer(ngo))).data?.report?.status === 'PROCESSED');
    expect(await sumRollup()).toBe(rollupBefore + 1);
    const after = (await trends(q)).data!.trends.cells[0]!.count!;
    expect(Math.abs(after - before)).not.toBe(1);
    expect(Math.abs(after - before) % 3).toBe(0); // (a fall of 3 gives -0 with %, which toBe(0) refuses)

    await gql(api.url, `mutation($id: ID!) { withdrawReport(id: $id) { status } }`, { id }, bearer(ngo));
    expect(await sumRollup()).toBe(rollupBefore);
    expect((await trends(q)).data!.trends.cells[0]!.count).toBe(before);
  });

  it('puts on its axes only what a simpler question publishes: a country whose only report was withdrawn looks like one never reported', async () => {
    const shape = async () => ({
      countries: (await trends({ groupBy: ['COUNTRY'] })).data!.trends.cells.map((c) => [c.country, c.suppressed]),
      byViolation: (await trends({ groupBy: ['VIOLATION', 'COUNTRY'] })).data!.trends.cells.map((c) => [c.violation, c.country, c.suppressed]),
      regions: (await trends({ groupBy: ['REGION'], filter: { countries: ['IS'] } })).data!.trends.cells.map((c) => [c.region, c.suppressed]),
    });
    const before = await shape();
    // Every country on the axis has its total published: the axis tells nothing the totals do not.
    expect(before.countries.length).toBeGreaterThanOrEqual(7);
    expect(before.countries.every(([, suppressed]) => suppressed === false)).toBe(true);
    expect(before.countries.map(([country]) => country)).not.toContain('IS');
    expect(before.regions).toEqual([[null, true]]);
    const submitted = await gql<{ submitReport: { receipt: { id: string } } }>(
      api.url,
      SUBMIT,
      { input: { narrative: 'The police took my money at the checkpoint.', countryCode: 'IS', regionCode: 'IS-1', occurredOn: '2024-05' } },
      bearer(ngo),
    );
    const id = submitted.data!.submitReport.receipt.id;
    await waitFor('processed', async () => (await gql<{ report: { status: string } }>(api.url, REPORT, { id }, bearer(ngo))).data?.report?.status === 'PROCESSED');
    expect(await shape()).toEqual(before);
    await gql(api.url, `mutation($id: ID!) { withdrawReport(id: $id) { status } }`, { id }, bearer(ngo));
    expect(await shape()).toEqual(before);
    // Without bounds the time axis is the last 24 months, not the months the data spans.
    const months = (await trends({ groupBy: [], interval: 'MONTH' })).data!.trends.cells.map((c) => c.period);
    expect(months).toHaveLength(24);
    expect(months.at(-1)).toBe(currentMonth());
  });

  it('lists on a region axis only the regions whose total is published, not those with 10 reports whose total is withheld', async () => {
    // The axis took the regions (countries) with at least 10 reports by the true count: one whose total
    // was withheld as perturbed below 10 was still listed, which told it had exactly 10 or 11, and a
    // reporter adding reports one at a time saw it appear at exactly 10 (the others: 10 minus theirs).
    const regions = ['ZA-EC', 'ZA-FS', 'ZA-GP', 'ZA-KZN', 'ZA-LP', 'ZA-MP', 'ZA-NC', 'ZA-NW', 'ZA-WC'];
    const inputs = regions.flatMap((regionCode) =>
      Array.from({ length: 10 }, () => ({ narrative: 'The police took my money at the checkpoint.', countryCode: 'ZA', regionCode, occurredOn: '2024-05' })),
    );
    for (let i = 0; i < inputs.length; i += 15) {
      const sent = await Promise.all(inputs.slice(i, i + 15).map((input) => gql(api.url, SUBMIT, { input }, bearer(ngo))));
      for (const r of sent) expect(r.errors).toBeUndefined();
    }
    await waitFor(
      'processed',
      async () => Number((await db.query(`SELECT count(*) AS n FROM report WHERE country_code = 'ZA' AND status = 'PROCESSED' AND NOT safeguarding`))[0].n) === inputs.length,
      60_000,
    );
    const axis = (await trends({ groupBy: ['REGION'], filter: { countries: ['ZA'] } })).data!.trends.cells.map((c) => c.region);
    let published = 0;
    for (const region of regions) {
      // The region's total over all months, asked alone: a one-cell answer, withheld only as small.
      const [total] = (await trends({ groupBy: ['REGION'], filter: { regions: [region] } })).data!.trends.cells;
      expect(axis.includes(region)).toBe(!total!.suppressed);
      if (!total!.suppressed) published++;
    }
    // 10 reports are published as 12 a third of the time: some of the nine are withheld (all nine published: 3^-9).
    expect(published).toBeLessThan(regions.length);
  });

  it('leaves safeguarding reports out unless the query makes the flag visible', async () => {
    const hidden = await trends({ groupBy: ['VIOLATION'], filter: { violations: ['CHILD_INVOLVED'] } });
    const cell = hidden.data!.trends.cells[0]!;
    expect(cell.suppressed).toBe(true);
    const visible = await trends({ groupBy: ['SAFEGUARDING'] });
    const flagged = visible.data!.trends.cells.find((c) => c.safeguarding === true);
    expect(flagged?.count).toBeGreaterThan(100);
  });

  it('refuses questions that would double count or that are too fine', async () => {
    const twice = await trends({ groupBy: ['COUNTRY'], filter: { violations: ['EXTORTION', 'POLICE_ABUSE'] } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fine = await trends({ groupBy: ['REGION', 'VIOLATION', 'PERPETRATOR'], interval: 'MONTH', from: '2019-01', to: '2025-12' });
    expect(fine.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const four = await trends({ groupBy: ['REGION', 'VIOLATION', 'PERPETRATOR', 'COUNTRY'] });
    expect(four.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const injected = await trends({ groupBy: ['COUNTRY'], filter: { countries: ["NO'; DROP TABLE report; --"] } });
    expect(injected.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(injected.raw).not.toContain('DROP TABLE');
  });

  it('is for analytics keys only, and analytics keys never read a report', async () => {
    const asNgo = await trends({ groupBy: [] }, ngo);
    expect(asNgo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(api.url, TRENDS, { q: { groupBy: [] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reportRows: { id: string }[] = await db.query('SELECT id FROM report LIMIT 1');
    const read = await gql(api.url, REPORT, { id: reportRows[0]!.id }, bearer(researcher));
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the same answer as CSV with suppression marked', async () => {
    const q = { groupBy: ['VIOLATION', 'COUNTRY'] };
    const response = await fetch(`${api.url}/exports/trends.csv?query=${encodeURIComponent(JSON.stringify(q))}`, { headers: bearer(researcher) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('violation,country,count,suppressed');
    const answer = (await trends(q)).data!.trends;
    expect(lines.filter((l) => !l.startsWith('#')).length - 1).toBe(answer.cells.length);
    expect(lines.some((l) => l.endsWith(',,true'))).toBe(answer.suppressedCells > 0);
    const forbidden = await fetch(`${api.url}/exports/trends.csv?query=${encodeURIComponent(JSON.stringify(q))}`, { headers: bearer(ngo) });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('FORBIDDEN');
  });

  it('lets a reviewer correct the findings, and the counts follow', async () => {
    const submitted = await gql<{ submitReport: { receipt: { id: string } } }>(
      api.url,
      SUBMIT,
      { input: { narrative: 'The landlord evicted me and my friend with no notice.', countryCode: 'HK', occurredOn: '2022-05' } },
      bearer(ngo),
    );
    const id = submitted.data!.submitReport.receipt.id;
    await waitFor('processed', async () => (await gql<{ report: { status: string } }>(api.url, REPORT, { id }, bearer(ngo))).data?.report?.status === 'PROCESSED');
    const count = async (violation: string) => {
      await drainJournal();
      return Number((await db.query(`SELECT coalesce(sum(report_count), 0) AS n FROM rollup_violation WHERE country_code = 'HK' AND month = '2022-05' AND violation = $1`, [violation]))[0].n);
    };
    const evictionBefore = await count('FORCED_EVICTION');
    const discriminationBefore = await count('DISCRIMINATION');

    const REVIEW = `mutation($id: ID!, $v: [ViolationType!], $p: [PerpetratorType!]) {
      reviewReport(id: $id, violations: $v, perpetrators: $p) { violations { type source } perpetrators } }`;
    const notAllowed = await gql(api.url, REVIEW, { id, v: ['DISCRIMINATION'] }, bearer(ngo));
    expect(notAllowed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const reviewed = await gql<{ reviewReport: { violations: { type: string; source: string }[]; perpetrators: string[] } }>(
      api.url, REVIEW, { id, v: ['DISCRIMINATION'], p: ['LANDLORD'] }, bearer(reviewer));
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.reviewReport.violations).toEqual([{ type: 'DISCRIMINATION', source: 'REVIEWER' }]);
    expect(await count('FORCED_EVICTION')).toBe(evictionBefore - 1);
    expect(await count('DISCRIMINATION')).toBe(discriminationBefore + 1);
    const read = await gql<{ report: { violations: { type: string; source: string }[] } }>(api.url, REPORT, { id }, bearer(ngo));
    expect(read.data!.report.violations.map((v) => v.source)).toEqual(['REVIEWER']);
  });

  it('re-categorises reports of an older taxonomy version from the CLI, keeping the counts consistent', async () => {
    // (This file's reports: other files of the run share the database, and may review or purge their own.)
    const rows: { id: string }[] = await db.query(`SELECT id FROM report WHERE status = 'PROCESSED' AND channel = 'API' AND organisation_id = $1 LIMIT 3`, [ngoOrgId]);
    const reviewed: { id: string }[] = await db.query(`SELECT id FROM report WHERE violations @> '[{"source": "REVIEWER"}]' AND organisation_id = $1`, [ngoOrgId]);
    expect(reviewed).toHaveLength(1);
    const ids = [...new Set([...rows.map((r) => r.id), reviewed[0]!.id])];
    expect(ids.length).toBeGreaterThan(0);
    await db.query(`UPDATE report SET taxonomy_version = '0.9.0' WHERE id = ANY($1)`, [ids]);
    const out = execFileSync(process.execPath, [join(process.env.TEST_DIST_DIR!, 'cli', 'cli.js'), 'recategorise', '--json'], { env: process.env }).toString();
    expect(JSON.parse(out)).toMatchObject({ queued: ids.length });
    await waitFor('re-categorised', async () => {
      const left: unknown[] = await db.query(`SELECT 1 FROM report WHERE id = ANY($1) AND taxonomy_version = '0.9.0'`, [ids]);
      return left.length === 0;
    });
    // The next taxonomy version re-categorises the same reports again: the first run's jobs (same report
    // ids) must not be left in Redis where they would swallow the new ones as duplicates, nor a job an
    // earlier version of the command left there (done, never removed).
    const queue = new Queue(REPORT_QUEUE, { ...REPORT_QUEUE_OPTIONS, prefix: process.env.QUEUE_PREFIX!, connection: redisOptions(process.env.REDIS_URL!) });
    try {
      const leftover = await queue.add(JobName.RecategoriseReport, { reportId: ids[0]! }, { jobId: jobIdFor(JobName.RecategoriseReport, ids[0]!) });
      await waitFor('the leftover job to be done and kept', async () => (await leftover.getState()) === 'completed');
    } finally {
      await queue.close();
    }
    await db.query(`UPDATE report SET taxonomy_version = '0.9.1' WHERE id = ANY($1)`, [ids]);
    const again = execFileSync(process.execPath, [join(process.env.TEST_DIST_DIR!, 'cli', 'cli.js'), 'recategorise', '--json'], { env: process.env }).toString();
    expect(JSON.parse(again)).toMatchObject({ queued: ids.length });
    await waitFor('re-categorised a second time', async () => {
      const left: unknown[] = await db.query(`SELECT 1 FROM report WHERE id = ANY($1) AND taxonomy_version = '0.9.1'`, [ids]);
      return left.length === 0;
    });
    // A reviewer's decision survives re-categorisation under a new taxonomy version.
    const kept: { violations: { type: string; source: string }[] }[] = await db.query('SELECT violations FROM report WHERE id = $1', [reviewed[0]!.id]);
    expect(kept[0]!.violations).toEqual([expect.objectContaining({ type: 'DISCRIMINATION', source: 'REVIEWER' })]);
    // Every table of the cube still adds up to the reports that contributed to it (once the journal is applied).
    await drainJournal();
    const consistency: { table: string; rollup: string; reports: string }[] = await db.query(`
      SELECT 'rollup_report' AS table, (SELECT sum(report_count) FROM rollup_report) AS rollup,
             (SELECT count(*) FROM report WHERE rollup IS NOT NULL) AS reports
      UNION ALL
      SELECT 'rollup_country', (SELECT sum(report_count) FROM rollup_country), (SELECT count(*) FROM report WHERE rollup IS NOT NULL)
      UNION ALL
      SELECT 'rollup_country_violation', (SELECT sum(report_count) FROM rollup_country_violation),
             (SELECT sum(jsonb_array_length(rollup->'violations')) FROM report WHERE rollup IS NOT NULL)`);
    for (const row of consistency) expect(row.rollup).toBe(row.reports);
    // And cell by cell: every rollup table holds exactly what the reports' recorded contributions add up to.
    expect(await db.query(allRollupMismatchesSql())).toEqual([]);
  });
});

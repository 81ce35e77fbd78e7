import { DataSource } from 'typeorm';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { loadAppConfig } from '../../src/config/app-config';
import { purgeOnce } from '../../src/retention/retention.service';
import { dataSourceOptions } from '../../src/database/data-source-options';
import type { SubmitReportInput } from '../../src/intake/dto/submit-report.input';
import { IntakeService } from '../../src/intake/intake.service';
import { ReportPipeline } from '../../src/processing/report-pipeline.service';
import { ReportsService } from '../../src/reports/reports.service';
import type { AnonymousGate } from '../../src/security/anonymous-gate.service';
import { openDatabase, orgWithKey } from '../support/fixtures';

/** ReportPipeline.recategorise against real PostgreSQL: what a worker does with the jobs of `cli recategorise`. */
describe('re-categorising processed reports', () => {
  let db: DataSource;
  let intake: IntakeService;
  let pipeline: ReportPipeline;
  let caller: { kind: 'key'; keyId: string; organisationId: string; scopes: ReadonlySet<'reports:write' | 'reports:read' | 'reports:review'> };

  const processed = async (narratives: string[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const narrative of narratives) {
      const input = { narrative, countryCode: 'NO', regionCode: 'NO-03', occurredOn: '2024-06' } as SubmitReportInput;
      ids.push((await intake.submit(input, caller)).id);
    }
    await pipeline.processBatch(ids);
    return ids;
  };
  /** As if the reports had been categorised under an earlier taxonomy version. */
  const categorisedEarlier = async (ids: string[]): Promise<void> => {
    await db.query(`UPDATE report SET taxonomy_version = '0.9.0' WHERE id = ANY($1::uuid[])`, [ids]);
  };
  const rows = async (ids: string[]) =>
    (await db.query(`SELECT id, taxonomy_version, violation_types FROM report WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids])) as {
      id: string;
      taxonomy_version: string;
      violation_types: string[];
    }[];
  /** Violation counts of the reports' country once the journal is applied. */
  const violationCounts = async (country: string): Promise<number> => {
    await new RollupsService(db).drain({ wait: true });
    const [row] = (await db.query(`SELECT coalesce(sum(report_count), 0)::int AS n FROM rollup_country_violation WHERE country_code = $1`, [
      country,
    ])) as { n: number }[];
    return row!.n;
  };

  beforeAll(async () => {
    db = await openDatabase();
    const config = loadAppConfig();
    intake = new IntakeService(db, config, undefined as unknown as AnonymousGate);
    pipeline = new ReportPipeline(db, config, new RollupsService(db));
    const { orgId, keyId } = await orgWithKey(db, ['reports:write', 'reports:read', 'reports:review']);
    caller = { kind: 'key', keyId, organisationId: orgId, scopes: new Set(['reports:write', 'reports:read', 'reports:review'] as const) };
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('finishes when more jobs run at once than the pool has connections, on a worker that has not yet read the legal models', async () => {
    const ids = await processed(
      Array.from({ length: 6 }, (_, i) => `Officer ${i} took my money at the station and said he would arrest me if I did not pay.`),
    );
    await categorisedEarlier(ids);
    // A freshly started worker: its rollups service has no legal models cached, and its jobs (WORKER_CONCURRENCY)
    // outnumber its connections (DB_POOL_SIZE). Each job's transaction holds a connection while it records counts.
    const small = new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 2));
    await small.initialize();
    try {
      const fresh = new ReportPipeline(small, loadAppConfig(), new RollupsService(small));
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        Promise.all(ids.map((id) => fresh.recategorise(id))),
        new Promise<'stuck'>((resolve) => (timer = setTimeout(() => resolve('stuck'), 10_000))),
      ]);
      clearTimeout(timer);
      expect(outcome).toEqual(ids.map(() => 'done'));
    } finally {
      await small.destroy();
    }
    expect((await rows(ids)).map((r) => r.taxonomy_version)).toEqual(ids.map(() => '1.0.0'));
  });

  it('keeps the findings and counts of a report whose narrative the purge retired', async () => {
    const country = 'SE';
    const input = { narrative: 'The police officer took my money and said he would arrest me if I did not pay.', countryCode: country } as SubmitReportInput;
    const id = (await intake.submit(input, caller)).id;
    await pipeline.processBatch([id]);
    const [before] = await rows([id]);
    expect(before!.violation_types).toContain('EXTORTION');
    const counted = await violationCounts(country);
    // Received long ago: RETENTION_NARRATIVE_MONTHS retires its narrative (its categories and counts stay).
    await db.query(`UPDATE report SET received_month = '2020-01' WHERE id = $1`, [id]);
    const config = loadAppConfig();
    await purgeOnce(db, { ...config, retention: { ...config.retention, narrativeMonths: 12 } });
    expect(((await db.query('SELECT narrative FROM report WHERE id = $1', [id])) as { narrative: string | null }[])[0]!.narrative).toBeNull();
    expect(await violationCounts(country)).toBe(counted);

    await categorisedEarlier([id]);
    await pipeline.recategorise(id);
    expect((await rows([id]))[0]!.violation_types).toEqual(before!.violation_types);
    expect(await violationCounts(country)).toBe(counted);
  });

  it("applies a reviewer's decision again over the new findings, a cleared perpetrator list included", async () => {
    const country = 'DK';
    const input = { narrative: 'The police officer took my money and said he would arrest me if I did not pay.', countryCode: country } as SubmitReportInput;
    const id = (await intake.submit(input, caller)).id;
    await pipeline.processBatch([id]);
    const perpetratorCounts = async (): Promise<number> => {
      await new RollupsService(db).drain({ wait: true });
      const [row] = (await db.query(`SELECT coalesce(sum(report_count), 0)::int AS n FROM rollup_country_perpetrator WHERE country_code = $1`, [
        country,
      ])) as { n: number }[];
      return row!.n;
    };
    const found = (await db.query('SELECT perpetrators FROM report WHERE id = $1', [id])) as { perpetrators: { type: string }[] }[];
    expect(found[0]!.perpetrators.map((p) => p.type)).toContain('POLICE');
    const before = await perpetratorCounts();

    // The reviewer decides nobody identifiable did it (perpetrators: []), then, in a second review, corrects the types only.
    const reviews = new ReportsService(db, new RollupsService(db));
    await reviews.review(caller, id, { perpetrators: [] });
    await reviews.review(caller, id, { violations: ['EXTORTION', 'DENIAL_OF_JUSTICE'] });
    expect(await perpetratorCounts()).toBe(before - 1);

    await categorisedEarlier([id]);
    expect(await pipeline.recategorise(id)).toBe('done');
    const [after] = (await db.query('SELECT taxonomy_version, violations, perpetrators FROM report WHERE id = $1', [id])) as {
      taxonomy_version: string;
      violations: { type: string; source: string }[];
      perpetrators: unknown[];
    }[];
    expect(after!.taxonomy_version).toBe('1.0.0');
    expect(after!.perpetrators).toEqual([]);
    expect(after!.violations.map((v) => [v.type, v.source])).toEqual([
      ['EXTORTION', 'REVIEWER'],
      ['DENIAL_OF_JUSTICE', 'REVIEWER'],
    ]);
    expect(await perpetratorCounts()).toBe(before - 1);
  });
});

import { DataSource } from 'typeorm';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { loadAppConfig } from '../../src/config/app-config';
import type { SubmitReportInput } from '../../src/intake/dto/submit-report.input';
import { IntakeService } from '../../src/intake/intake.service';
import { ReportPipeline } from '../../src/processing/report-pipeline.service';
import { FailureCode } from '../../src/queue/job-catalogue';
import { purgeOnce } from '../../src/retention/retention.service';
import type { AnonymousGate } from '../../src/security/anonymous-gate.service';
import { openDatabase, orgWithKey } from '../support/fixtures';

/** RETENTION_FAILED_RAW_DAYS against real PostgreSQL: how long a FAILED report keeps its raw text for replay. */
describe('the raw text of a FAILED report', () => {
  let db: DataSource;
  let intake: IntakeService;
  let pipeline: ReportPipeline;
  let caller: { kind: 'key'; keyId: string; organisationId: string; scopes: ReadonlySet<'reports:write'> };
  const config = loadAppConfig();
  const purge = () => purgeOnce(db, { ...config, retention: { ...config.retention, failedRawDays: 14 } });
  const hasRaw = async (id: string): Promise<boolean> =>
    ((await db.query('SELECT count(*)::int AS n FROM report_raw WHERE report_id = $1', [id])) as { n: number }[])[0]!.n === 1;

  beforeAll(async () => {
    db = await openDatabase();
    intake = new IntakeService(db, config, undefined as unknown as AnonymousGate);
    pipeline = new ReportPipeline(db, config, new RollupsService(db));
    const { orgId, keyId } = await orgWithKey(db, ['reports:write']);
    caller = { kind: 'key', keyId, organisationId: orgId, scopes: new Set(['reports:write'] as const) };
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('is kept for replay RETENTION_FAILED_RAW_DAYS from when the report failed, not from when it was received', async () => {
    const input = { narrative: 'The landlord evicted me after the police visit.', countryCode: 'NO' } as SubmitReportInput;
    const id = (await intake.submit(input, caller)).id;
    // Received 20 days ago and in flight since (no worker could process it, or an operator replayed it
    // after its first failure): it fails today.
    await db.query(`UPDATE report_raw SET stored_on = current_date - 20 WHERE report_id = $1`, [id]);
    await pipeline.markFailed(id, FailureCode.DecryptionFailed);
    await purge();
    expect(await hasRaw(id)).toBe(true);
    // Fifteen days after the failure, nobody replayed it: the purge takes the raw text.
    await db.query(`UPDATE report_raw SET stored_on = stored_on - 15 WHERE report_id = $1`, [id]);
    await purge();
    expect(await hasRaw(id)).toBe(false);
  });
});

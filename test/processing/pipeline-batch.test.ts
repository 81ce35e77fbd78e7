import { DataSource } from 'typeorm';
import * as categorisation from '../../src/categorisation';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { loadAppConfig } from '../../src/config/app-config';
import type { SubmitReportInput } from '../../src/intake/dto/submit-report.input';
import { IntakeService } from '../../src/intake/intake.service';
import { ReportPipeline } from '../../src/processing/report-pipeline.service';
import { FailureCode, StageFailure } from '../../src/queue/job-catalogue';
import type { AnonymousGate } from '../../src/security/anonymous-gate.service';
import { openDatabase, orgWithKey } from '../support/fixtures';

/** ReportPipeline.processBatch against real PostgreSQL: one transaction for both stages, and what happens when one report fails. */
describe('processing a batch of reports', () => {
  let db: DataSource;
  let intake: IntakeService;
  let pipeline: ReportPipeline;
  let caller: { kind: 'key'; keyId: string; organisationId: string; scopes: ReadonlySet<'reports:write'> };

  const submit = async (narrative: string): Promise<string> => {
    const input = { narrative, countryCode: 'NO', regionCode: 'NO-03', occurredOn: '2024-06' } as SubmitReportInput;
    return (await intake.submit(input, caller)).id;
  };
  const state = async (id: string) => {
    const [row] = (await db.query(
      `SELECT r.status, r.failure_code, r.narrative, r.rollup IS NOT NULL AS rolled_up, r.violation_types,
              EXISTS (SELECT 1 FROM report_raw w WHERE w.report_id = r.id) AS has_raw
         FROM report r WHERE r.id = $1`,
      [id],
    )) as { status: string; failure_code: string | null; narrative: string | null; rolled_up: boolean; violation_types: string[]; has_raw: boolean }[];
    return row!;
  };
  /** Reports counted in the rollups once the journal is applied (the worker's drain). */
  const countedReports = async (): Promise<number> => {
    await new RollupsService(db).drain({ wait: true });
    return Number(((await db.query(`SELECT coalesce(sum(report_count), 0) AS n FROM rollup_country`)) as { n: string }[])[0]!.n);
  };

  beforeAll(async () => {
    db = await openDatabase();
    const config = loadAppConfig();
    intake = new IntakeService(db, config, undefined as unknown as AnonymousGate);
    pipeline = new ReportPipeline(db, config, new RollupsService(db));
    const { orgId, keyId } = await orgWithKey(db, ['reports:write']);
    caller = { kind: 'key', keyId, organisationId: orgId, scopes: new Set(['reports:write'] as const) };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await db.destroy();
  });

  it('stores each report once, with its findings and counts, and deletes the raw text', async () => {
    const before = await countedReports();
    const ids = await Promise.all([
      submit('Officer Hansen took all my money at the station and said he would arrest me. Call me on +47 912 34 567.'),
      submit('The landlord changed the locks and threw my things out after the police told him what I do.'),
    ]);
    const results = await pipeline.processBatch(ids);
    expect([...results.values()]).toEqual([undefined, undefined]);
    for (const id of ids) {
      const s = await state(id);
      expect(s).toMatchObject({ status: 'PROCESSED', rolled_up: true, has_raw: false });
      expect(s.narrative).not.toContain('912 34 567');
      expect(s.narrative).not.toContain('Hansen');
    }
    expect((await state(ids[0]!)).violation_types).toContain('EXTORTION');
    expect(await countedReports()).toBe(before + 2);
    // Run again (a repeated job): nothing changes.
    await pipeline.processBatch(ids);
    expect(await countedReports()).toBe(before + 2);
  });

  it('keeps a report whose categorisation fails de-identified and queued, and lets its neighbours through', async () => {
    const before = await countedReports();
    const [good, poisoned] = await Promise.all([
      submit('A client hit me in the car and took my phone.'),
      submit('POISON: the nurse refused to treat me once she knew my work, call Kari on +47 912 34 567.'),
    ]);
    const real = categorisation.categorise;
    const spy = jest.spyOn(categorisation, 'categorise').mockImplementation((input, options) => {
      if (input.text.includes('POISON')) throw new Error('rule failure');
      return real(input, options);
    });
    const results = await pipeline.processBatch([good!, poisoned!]);
    expect(results.get(good!)).toBeUndefined();
    expect(results.get(poisoned!)).toEqual(new StageFailure(FailureCode.CategorisationFailed));
    expect(await state(good!)).toMatchObject({ status: 'PROCESSED', rolled_up: true, has_raw: false });
    const stuck = await state(poisoned!);
    expect(stuck).toMatchObject({ status: 'PROCESSING', rolled_up: false, has_raw: false });
    expect(stuck.narrative).not.toContain('912 34 567');
    expect(await countedReports()).toBe(before + 1);
    // The retry categorises the stored de-identified text.
    spy.mockRestore();
    expect([...(await pipeline.processBatch([poisoned!])).values()]).toEqual([undefined]);
    expect(await state(poisoned!)).toMatchObject({ status: 'PROCESSED', rolled_up: true });
    expect(await countedReports()).toBe(before + 2);
  });

  it('writes nothing for a report whose raw text cannot be read, and nothing is lost for the others', async () => {
    const [good, broken] = await Promise.all([submit('The police fined me for standing on the corner.'), submit('An officer beat me.')]);
    await db.query(`UPDATE report_raw SET ciphertext = '\\x00'::bytea WHERE report_id = $1`, [broken]);
    const results = await pipeline.processBatch([good!, broken!]);
    expect(results.get(good!)).toBeUndefined();
    expect(results.get(broken!)).toEqual(new StageFailure(FailureCode.DecryptionFailed));
    expect(await state(good!)).toMatchObject({ status: 'PROCESSED', has_raw: false });
    expect(await state(broken!)).toMatchObject({ status: 'RECEIVED', narrative: null, has_raw: true, rolled_up: false });
  });
});

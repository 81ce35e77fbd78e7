import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../src/config/app-config';
import { AppError } from '../../src/common/errors/app-error';
import type { SubmitReportInput } from '../../src/intake/dto/submit-report.input';
import { IntakeService, Receipt } from '../../src/intake/intake.service';
import type { AnonymousGate } from '../../src/security/anonymous-gate.service';
import { openDatabase, orgWithKey } from '../support/fixtures';

/**
 * Submissions that reach the intake in the same turn of the event loop are written by one statement,
 * against real PostgreSQL: each still gets its own receipt and its own fate.
 */
describe('intake: submissions of the same moment share one statement', () => {
  let db: DataSource;
  let intake: IntakeService;
  let pool: Pool;
  let caller: { kind: 'key'; keyId: string; organisationId: string; scopes: ReadonlySet<'reports:write'> };

  const input = (narrative: string, caseReference?: string): SubmitReportInput =>
    ({ narrative, countryCode: 'NO', regionCode: 'NO-03', occurredOn: '2024-06', caseReference }) as SubmitReportInput;
  /** Names of the prepared intake statements sent to the pool while `run` ran. */
  const statementsDuring = async <T>(run: () => Promise<T>): Promise<{ result: T; names: string[] }> => {
    const spy = jest.spyOn(pool, 'query');
    try {
      const result = await run();
      const names = spy.mock.calls.map(([q]) => (q as { name?: string }).name ?? '').filter((n) => n.startsWith('intake_insert_report'));
      return { result, names };
    } finally {
      spy.mockRestore();
    }
  };
  const stored = async (ids: string[]) =>
    (await db.query(
      `SELECT count(*)::int AS reports,
              (SELECT count(*)::int FROM report_raw WHERE report_id = ANY($1)) AS raw,
              (SELECT count(*)::int FROM outbox WHERE report_id = ANY($1)) AS outbox
         FROM report WHERE id = ANY($1)`,
      [ids],
    )) as [{ reports: number; raw: number; outbox: number }];
  const reportCount = async (): Promise<number> => ((await db.query('SELECT count(*)::int AS n FROM report')) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    db = await openDatabase();
    pool = (db.driver as unknown as { master: Pool }).master;
    intake = new IntakeService(db, loadAppConfig(), undefined as unknown as AnonymousGate);
    const { orgId, keyId } = await orgWithKey(db, ['reports:write']);
    caller = { kind: 'key', keyId, organisationId: orgId, scopes: new Set(['reports:write'] as const) };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await db.destroy();
  });

  it('writes twelve concurrent submissions with one statement, each with its ciphertext and outbox row', async () => {
    const { result, names } = await statementsDuring(() =>
      Promise.all(Array.from({ length: 12 }, (_, i) => intake.submit(input(`Report ${i}: the police took my money at the station.`), caller))),
    );
    expect(names).toEqual(['intake_insert_report_12']);
    const ids = result.map((r) => r.id);
    expect(new Set(ids).size).toBe(12);
    expect(result.every((r) => r.status === 'RECEIVED' && r.statusToken.length > 0)).toBe(true);
    expect(await stored(ids)).toEqual([{ reports: 12, raw: 12, outbox: 12 }]);
    const raw = (await db.query('SELECT ciphertext FROM report_raw WHERE report_id = ANY($1)', [ids])) as { ciphertext: Buffer }[];
    expect(raw.some((r) => r.ciphertext.toString('utf8').includes('police'))).toBe(false);
  });

  it('writes one submission alone when it comes alone', async () => {
    const { result, names } = await statementsDuring(() => intake.submit(input('The landlord threw my things out.'), caller));
    expect(names).toEqual(['intake_insert_report_1']);
    expect(await stored([result.id])).toEqual([{ reports: 1, raw: 1, outbox: 1 }]);
  });

  it('refuses only the submissions whose case reference is taken, and writes the rest of their batch', async () => {
    const taken = `CASE-${Date.now()}-taken`;
    const twice = `CASE-${Date.now()}-twice`;
    await intake.submit(input('First telling of the case.', taken), caller);
    const before = await reportCount();
    const { result: settled, names } = await statementsDuring(() =>
      Promise.allSettled([
        intake.submit(input('A new case.'), caller),
        intake.submit(input('The same case again.', taken), caller),
        intake.submit(input('Another case, told once here...', twice), caller),
        intake.submit(input('...and once more in the same moment.', twice), caller),
        intake.submit(input('One more new case.', `CASE-${Date.now()}-new`), caller),
      ]),
    );
    // The batch broke the unique case reference, so nothing of it stayed and each was tried alone.
    expect(names[0]).toBe('intake_insert_report_5');
    expect(names.slice(1).sort()).toEqual(Array(5).fill('intake_insert_report_1'));
    const codes = settled.map((s) => (s.status === 'fulfilled' ? 'OK' : (s.reason as AppError).code));
    expect(codes[0]).toBe('OK');
    expect(codes[1]).toBe('DUPLICATE_CASE_REFERENCE');
    expect([codes[2], codes[3]].sort()).toEqual(['DUPLICATE_CASE_REFERENCE', 'OK']);
    expect(codes[4]).toBe('OK');
    const ids = settled.flatMap((s) => (s.status === 'fulfilled' ? [(s.value as Receipt).id] : []));
    expect(await stored(ids)).toEqual([{ reports: 3, raw: 3, outbox: 3 }]);
    expect(await reportCount()).toBe(before + 3);
  });

  it('answers twenty concurrent retries of one Idempotency-Key with a case reference with one receipt, and one report', async () => {
    // A client whose first request timed out retries with the same key while the first is still in flight.
    const key = `idem-case-${Date.now()}`;
    const same = input('The officer took my money and my phone.', `CASE-${Date.now()}-idem`);
    const before = await reportCount();
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => intake.submit({ ...same } as SubmitReportInput, caller, key)));
    const outcomes = settled.map((s) => (s.status === 'fulfilled' ? (s.value as Receipt).id : (s.reason as AppError).code));
    expect(new Set(outcomes).size).toBe(1);
    expect(outcomes[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await reportCount()).toBe(before + 1);
    // The same key with another input (the same case reference) is a reused key, not a duplicate case.
    const other = await intake.submit({ ...same, narrative: 'Another account under the same key.' } as SubmitReportInput, caller, key).catch((e: AppError) => e.code);
    expect(other).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses twenty concurrent different inputs under one Idempotency-Key and one case reference as a reused key', async () => {
    const key = `idem-case2-${Date.now()}`;
    const caseReference = `CASE-${Date.now()}-idem2`;
    const before = await reportCount();
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => intake.submit(input(`Account number ${i}.`, caseReference), caller, key)));
    const codes = settled.map((s) => (s.status === 'fulfilled' ? 'OK' : (s.reason as AppError).code));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'IDEMPOTENCY_KEY_REUSED')).toBe(true);
    expect(await reportCount()).toBe(before + 1);
  });

  it('gives every caller of a batch the failure when the database does not take it, and writes nothing', async () => {
    const before = await reportCount();
    const spy = jest.spyOn(pool, 'query').mockImplementationOnce(() => Promise.reject(new Error('Connection terminated unexpectedly')));
    try {
      const settled = await Promise.allSettled([1, 2, 3].map((i) => intake.submit(input(`Report ${i} in a failing moment.`), caller)));
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
      // Not a fault of the rows: not retried one by one.
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(await reportCount()).toBe(before);
  });
});

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, REPORT, SUBMIT } from '../support/graphql';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';

const run = promisify(execFile);

/** The built CLI, with this run's environment (and overrides). */
async function cli(args: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const dist = process.env.TEST_DIST_DIR ?? join(__dirname, '..', '..', 'dist');
  const { stdout } = await run(process.execPath, [join(dist, 'cli', 'cli.js'), ...args, '--json'], { env: { ...process.env, ...env } });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1); // --json: exactly one JSON object on stdout
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

/**
 * Dead letters and retention with real processes: a worker with the wrong
 * encryption key (a misconfigured deployment) fails reports; dlq:list shows
 * them without content; dlq:replay brings them back once the right worker
 * runs; the purge job retires narratives and FAILED raw texts without
 * changing any count, and drops idempotency records after 24 hours.
 */
describe('dead letters and retention', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess | undefined;
  let ngo: { key: string };

  beforeAll(async () => {
    db = await openDatabase();
    ngo = await orgWithKey(db, ['reports:write', 'reports:read'], 'Dead-letter NGO');
    api = await startApi();
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await db?.destroy();
  });

  async function submit(narrative: string, idempotencyKey?: string): Promise<string> {
    const headers = { ...bearer(ngo.key), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) };
    const r = await gql<{ submitReport: { receipt: { id: string } } }>(api.url, SUBMIT, { input: { narrative, countryCode: 'NO' } }, headers);
    expect(r.errors).toBeUndefined();
    return r.data!.submitReport.receipt.id;
  }

  const statusOf = async (id: string) => ((await db.query('SELECT status FROM report WHERE id = $1', [id])) as { status: string }[])[0]?.status;

  it('lists failed jobs without content and replays them once the cause is fixed', async () => {
    const wrongKey = randomBytes(32).toString('base64');
    worker = startProcess('worker.js', { ENCRYPTION_KEY: wrongKey, JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '50' });
    const secret = `dlq-canary-${randomBytes(4).toString('hex')}`;
    const failing = await submit(`The police took my phone. My name is ${secret}.`);
    await waitFor('the report to be FAILED', async () => (await statusOf(failing)) === 'FAILED', 60000);
    await worker.stop();

    const listed = (await cli(['dlq:list'])) as { jobs: { id: string; reportId: string; failure: string; attempts: number }[] };
    const job = listed.jobs.find((j) => j.reportId === failing);
    expect(job).toMatchObject({ id: failing, failure: 'DECRYPTION_FAILED', attempts: 2 });
    expect(JSON.stringify(listed)).not.toContain(secret);

    worker = startProcess('worker.js');
    const replay = await cli(['dlq:replay', '--id', failing]);
    expect(replay).toEqual({ replayed: [failing], skipped: [] });
    await waitFor('the replayed report to be PROCESSED', async () => (await statusOf(failing)) === 'PROCESSED', 60000);
    const raw = (await db.query('SELECT count(*) AS n FROM report_raw WHERE report_id = $1', [failing])) as { n: string }[];
    expect(Number(raw[0]!.n)).toBe(0);
    await expect(cli(['dlq:replay', '--id', failing])).rejects.toThrow(); // no longer a failed job
    await worker.stop();
    worker = undefined;
  });

  it('replays a FAILED report whose dead letter Redis no longer holds (the database is the record)', async () => {
    // A report that failed, its raw text kept for replay; then Redis lost its data (restarted empty,
    // flushed, failed over): no failed job is left for it.
    const failed = await submit('The police took my money at the checkpoint.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DECRYPTION_FAILED', queued_at = NULL WHERE id = $1`, [failed]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [failed]);
    worker = startProcess('worker.js');
    const listed = (await cli(['dlq:list'])) as { jobs: { reportId: string }[]; withoutJob: { reportId: string; failure: string }[] };
    expect(listed.jobs.find((j) => j.reportId === failed)).toBeUndefined();
    // Listed all the same, from the database (found by a README walkthrough: it was not listed anywhere).
    expect(listed.withoutJob).toContainEqual({ reportId: failed, failure: 'DECRYPTION_FAILED' });

    const replay = (await cli(['dlq:replay', '--all'])) as { replayed: string[] };
    expect(replay.replayed).toContain(failed);
    await waitFor('the replayed report to be PROCESSED', async () => (await statusOf(failed)) === 'PROCESSED', 60000);
    // Also by its id alone.
    await worker.stop();
    worker = undefined;
    const third = await submit('The officer kept my passport.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DECRYPTION_FAILED', queued_at = NULL WHERE id = $1`, [third]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [third]);
    expect(await cli(['dlq:replay', '--id', third])).toEqual({ replayed: [third], skipped: [] });
    worker = startProcess('worker.js');
    await waitFor('the report replayed by id to be PROCESSED', async () => (await statusOf(third)) === 'PROCESSED', 60000);
    await worker.stop();
    worker = undefined;
  });

  it('replays a report that failed in categorisation from its de-identified text (its raw text is gone)', async () => {
    // De-identification committed (and deleted the raw text); categorisation then failed until the job gave up.
    const failed = await submit('The police took my money at the checkpoint.');
    await db.query(
      `UPDATE report SET status = 'FAILED', failure_code = 'CATEGORISATION_FAILED', queued_at = NULL,
              narrative = 'The police took my money at the checkpoint.', redactions = '[]' WHERE id = $1`,
      [failed],
    );
    await db.query(`DELETE FROM report_raw WHERE report_id = $1`, [failed]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [failed]);
    // Nothing to resume from: neither raw nor de-identified text.
    const empty = await submit('The officer kept my passport.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'CATEGORISATION_FAILED', queued_at = NULL WHERE id = $1`, [empty]);
    await db.query(`DELETE FROM report_raw WHERE report_id = $1`, [empty]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [empty]);

    expect(await cli(['dlq:replay', '--id', failed])).toEqual({ replayed: [failed], skipped: [] });
    await expect(cli(['dlq:replay', '--id', empty])).rejects.toThrow();
    worker = startProcess('worker.js');
    try {
      await waitFor('the report to be PROCESSED from its de-identified text', async () => (await statusOf(failed)) === 'PROCESSED', 60000);
      const [row] = (await db.query(`SELECT violation_types FROM report WHERE id = $1`, [failed])) as { violation_types: string[] }[];
      expect(row!.violation_types.length).toBeGreaterThan(0); // categorised from the stored text
      expect(await statusOf(empty)).toBe('FAILED');
    } finally {
      await worker.stop();
      worker = undefined;
    }
  });

  it('retires old narratives and FAILED raw texts without changing a count, and forgets idempotency after 24 hours', async () => {
    worker = startProcess('worker.js');
    const old = await submit('The police officer took my money at the checkpoint and hit me.', `retention-${randomBytes(6).toString('hex')}`);
    const recent = await submit('The police officer took my phone at the checkpoint.');
    await waitFor('PROCESSED', async () => (await statusOf(old)) === 'PROCESSED' && (await statusOf(recent)) === 'PROCESSED', 60000);
    await worker.stop();
    worker = undefined;
    const before = (await gql<{ report: { violations: { type: string; evidence: string[] }[] } }>(api.url, REPORT, { id: old }, bearer(ngo.key))).data!.report;
    expect(before.violations.some((v) => v.evidence.length > 0)).toBe(true);

    // Age it: received three years ago; its idempotency record two days ago.
    await db.query(`UPDATE report SET received_month = '2021-01' WHERE id = $1`, [old]);
    // Its idempotency record keeps the hour, never the instant (the report keeps only its month).
    const made = (await db.query(`SELECT created_at = date_trunc('hour', created_at) AS hour FROM idempotency_key WHERE report_id = $1`, [old])) as { hour: boolean }[];
    expect(made).toEqual([{ hour: true }]);
    await db.query(`UPDATE idempotency_key SET created_at = date_trunc('hour', now()) - interval '2 days' WHERE report_id = $1`, [old]);
    // A FAILED report whose raw text was stored long ago.
    const failed = await submit('The landlord evicted me after the police visit.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DEIDENTIFICATION_FAILED', queued_at = NULL WHERE id = $1`, [failed]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [failed]);
    await db.query(`UPDATE report_raw SET stored_on = current_date - 30 WHERE report_id = $1`, [failed]);
    const totals = async () => {
      await new RollupsService(db).drain({ wait: true }); // counts as the worker will have applied them
      return (await db.query(`SELECT (SELECT count(*) FROM report) AS reports, (SELECT COALESCE(sum(report_count), 0) FROM rollup_report) AS rolled,
                              (SELECT array_agg(t ORDER BY t) FROM (SELECT unnest(violation_types) AS t FROM report WHERE id = $1) x) AS types`, [old])) as unknown[];
    };
    const countsBefore = await totals();

    const purged = (await cli(['retention:run'], { RETENTION_NARRATIVE_MONTHS: '12', RETENTION_FAILED_RAW_DAYS: '7' })) as { purged: Record<string, number> };
    expect(purged.purged.narratives).toBeGreaterThanOrEqual(1);
    expect(purged.purged.failedRaw).toBeGreaterThanOrEqual(1);
    expect(purged.purged.idempotencyKeys).toBeGreaterThanOrEqual(1);

    const after = (await gql<{ report: { status: string; narrative: string | null; violations: { type: string; evidence: string[] }[] } }>(
      api.url, REPORT, { id: old }, bearer(ngo.key),
    )).data!.report;
    expect(after.status).toBe('PROCESSED');
    expect(after.narrative).toBeNull();
    expect(after.violations.map((v) => v.type)).toEqual(before.violations.map((v) => v.type));
    expect(after.violations.every((v) => v.evidence.length === 0)).toBe(true);
    expect(await totals()).toEqual(countsBefore);
    const raw = (await db.query('SELECT count(*) AS n FROM report_raw WHERE report_id = $1', [failed])) as { n: string }[];
    expect(Number(raw[0]!.n)).toBe(0);
    const idem = (await db.query('SELECT count(*) AS n FROM idempotency_key WHERE report_id = $1', [old])) as { n: string }[];
    expect(Number(idem[0]!.n)).toBe(0);
    // The narrative of a recent report is kept.
    const kept = (await db.query(`SELECT narrative FROM report WHERE id = $1`, [recent])) as { narrative: string | null }[];
    expect(kept[0]!.narrative).toContain('checkpoint');
  });
});

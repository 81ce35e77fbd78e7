import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { JobName, REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from '../../src/queue/job-catalogue';
import { redisOptions } from '../../src/queue/redis-options';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, REPORT, SUBMIT } from '../support/graphql';
import { redisContent } from '../support/leak-check';
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
 * encryption key (a misconfigured deployment) fails reports; Redis keeps no
 * dead job and the worker's logs name no report (either would put a report id
 * beside a millisecond time); dlq:list shows FAILED reports from the database
 * without content or time; dlq:replay brings them back once the right worker
 * runs; a report that could not be marked FAILED is queued again by the
 * sweeper; the purge job retires narratives and FAILED raw texts without
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

  // A test that fails midway leaves no worker running into the next (a wrong-key worker would fail its reports).
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
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
  /** Every key under the run's queue prefix in Redis, with its value. */
  const queueContent = () => redisContent(process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
  type Listed = { failed: { reportId: string; failure: string; replayable: boolean }[] };
  const failingWorker = () => ({ ENCRYPTION_KEY: randomBytes(32).toString('base64'), JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '50' });

  it('keeps no dead job in Redis nor a report id in the logs, and lists and replays failed reports from the database', async () => {
    worker = startProcess('worker.js', failingWorker());
    const secret = `dlq-canary-${randomBytes(4).toString('hex')}`;
    const failing = await submit(`The police took my phone. My name is ${secret}.`);
    await waitFor('the report to be FAILED', async () => (await statusOf(failing)) === 'FAILED', 60000);
    // Its job is removed, not kept in the failed set with the millisecond it was queued (just after the
    // report was sent), taken and finished: no key or value under the queue's prefix names the report
    // (the worker trims the events stream every second).
    await waitFor('no trace of the report in Redis', async () => !(await queueContent()).includes(failing), 5000);
    const failedBy = worker;
    await worker.stop();
    expect(await queueContent()).not.toContain(failing);
    // The worker logged each failure and the giving up by stage, attempt and error class, naming no job or report.
    const logs = failedBy.output();
    expect(logs).toContain('job failed');
    expect(logs).toContain('job exhausted its attempts');
    expect(logs).toContain('"failure":"DECRYPTION_FAILED"');
    expect(logs).not.toContain(failing);

    const listed = (await cli(['dlq:list'])) as Listed;
    expect(listed.failed).toContainEqual({ reportId: failing, failure: 'DECRYPTION_FAILED', replayable: true });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/); // no time, not even a day

    worker = startProcess('worker.js');
    const replay = await cli(['dlq:replay', '--id', failing]);
    expect(replay).toEqual({ replayed: [failing], skipped: [] });
    await waitFor('the replayed report to be PROCESSED', async () => (await statusOf(failing)) === 'PROCESSED', 60000);
    const raw = (await db.query('SELECT count(*) AS n FROM report_raw WHERE report_id = $1', [failing])) as { n: string }[];
    expect(Number(raw[0]!.n)).toBe(0);
    await expect(cli(['dlq:replay', '--id', failing])).rejects.toThrow(); // no longer FAILED
    await worker.stop();
    worker = undefined;
  });

  it('leaves no event of its last jobs in Redis when a worker stops', async () => {
    // Stopped right after its last report is processed, before the next periodic trim (every second), a worker
    // empties the events stream once more after it closed: no report id with its time stays until a worker next runs.
    for (let round = 0; round < 3; round++) {
      worker = startProcess('worker.js');
      const id = await submit('The police took my phone at the station.');
      await waitFor('the report to be PROCESSED', async () => (await statusOf(id)) === 'PROCESSED', 60000);
      const stopped = worker;
      await worker.stop();
      worker = undefined;
      expect(await queueContent()).not.toContain(id);
      // The worker's own connection suits BullMQ's blocking commands: no warning at start, and the final trim ran.
      expect(stopped.output()).not.toContain('maxRetriesPerRequest');
      expect(stopped.output()).not.toContain('could not trim the queue events at shutdown');
    }
  });

  it('lists and replays FAILED reports by --all and by report id from the database alone, Redis away', async () => {
    // A report that failed, its raw text kept for replay.
    const failed = await submit('The police took my money at the checkpoint.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DECRYPTION_FAILED', queued_at = NULL WHERE id = $1`, [failed]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [failed]);
    worker = startProcess('worker.js');
    // Neither command needs Redis: nothing there is read (nothing of a failed job is kept there).
    const noRedis = { REDIS_URL: 'redis://127.0.0.1:1' };
    const listed = (await cli(['dlq:list'], noRedis)) as Listed;
    expect(listed.failed).toContainEqual({ reportId: failed, failure: 'DECRYPTION_FAILED', replayable: true });

    const replay = (await cli(['dlq:replay', '--all'], noRedis)) as { replayed: string[] };
    expect(replay.replayed).toContain(failed);
    await waitFor('the replayed report to be PROCESSED', async () => (await statusOf(failed)) === 'PROCESSED', 60000);
    // Also by its id alone.
    await worker.stop();
    worker = undefined;
    const third = await submit('The officer kept my passport.');
    await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DECRYPTION_FAILED', queued_at = NULL WHERE id = $1`, [third]);
    await db.query(`DELETE FROM outbox WHERE report_id = $1`, [third]);
    expect(await cli(['dlq:replay', '--id', third], noRedis)).toEqual({ replayed: [third], skipped: [] });
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
    // Listed as such, and skipped by --all.
    expect(((await cli(['dlq:list'])) as Listed).failed).toContainEqual({ reportId: empty, failure: 'CATEGORISATION_FAILED', replayable: false });
    expect((await cli(['dlq:replay', '--all'])) as { skipped: unknown[] }).toMatchObject({ skipped: expect.arrayContaining([{ id: empty, reason: 'RAW_PURGED' }]) });
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

  it('queues again a report that could not be marked FAILED: its job is gone, and the sweeper finds it', async () => {
    const report = await submit('The police took my phone at the station.');
    // The database refuses to mark this report FAILED (as if it were away at that moment).
    await db.query(`CREATE FUNCTION dlq_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.query(
      `CREATE TRIGGER dlq_test_refuse BEFORE UPDATE ON report FOR EACH ROW
         WHEN (NEW.status = 'FAILED' AND NEW.id = '${report}'::uuid) EXECUTE FUNCTION dlq_test_refuse()`,
    );
    const failing = failingWorker();
    try {
      worker = startProcess('worker.js', failing);
      const first = worker;
      await waitFor('marking the report FAILED to be refused', async () => first.output().includes('could not mark report failed'), 60000);
      expect(['RECEIVED', 'PROCESSING']).toContain(await statusOf(report));
      // Nothing in Redis records the failure (the old sweeper marked the report FAILED from the dead job).
      await waitFor('no trace of the report in Redis', async () => !(await queueContent()).includes(report), 5000);
      await worker.stop();
      expect(first.output()).not.toContain(report);
    } finally {
      await db.query(`DROP TRIGGER IF EXISTS dlq_test_refuse ON report`);
      await db.query(`DROP FUNCTION IF EXISTS dlq_test_refuse()`);
    }
    // Stale and without a job: the sweeper queues it again; failing again, it is marked FAILED this time.
    worker = startProcess('worker.js', { ...failing, SWEEPER_INTERVAL_MS: '1000', SWEEPER_STALE_AFTER_MS: '1000' });
    try {
      await waitFor('the report to be FAILED', async () => (await statusOf(report)) === 'FAILED', 60000);
      await waitFor('no trace of the report in Redis', async () => !(await queueContent()).includes(report), 5000);
      expect(worker.output()).toMatch(/"requeued":1/);
      expect(worker.output()).not.toContain(report);
    } finally {
      await worker.stop();
      worker = undefined;
    }
  });

  it('removes the dead jobs an earlier version left in the failed set, and replays a report that has one', async () => {
    const failed = async (narrative: string) => {
      const id = await submit(narrative);
      await db.query(`UPDATE report SET status = 'FAILED', failure_code = 'DECRYPTION_FAILED', queued_at = NULL WHERE id = $1`, [id]);
      await db.query(`DELETE FROM outbox WHERE report_id = $1`, [id]);
      return id;
    };
    const left = await failed('The officer kept my passport at the border.');
    const replayed = await failed('The police took my money at the border.');
    // Their jobs as the earlier version left them: failed for good and kept (removeOnFail: false), with their times.
    const connection = { ...redisOptions(process.env.REDIS_URL!), maxRetriesPerRequest: null };
    const prefix = process.env.QUEUE_PREFIX!;
    const queue = new Queue(REPORT_QUEUE, { ...REPORT_QUEUE_OPTIONS, prefix, connection });
    const taker = new Worker(REPORT_QUEUE, null, { prefix, connection, autorun: false });
    try {
      for (const id of [left, replayed]) {
        await queue.add(JobName.ProcessReport, { reportId: id }, { jobId: id, attempts: 1, removeOnFail: false });
        const job = await taker.getNextJob('legacy');
        expect(job?.id).toBe(id);
        await job!.moveToFailed(new Error('DECRYPTION_FAILED'), 'legacy');
        expect(await queue.getJobState(id)).toBe('failed');
      }
    } finally {
      await taker.close();
      await queue.close();
    }
    // Replayed through the outbox, its new job collides with the dead one (BullMQ drops it as a duplicate)
    // until the sweeper has removed that and finds the report stale with no job.
    expect(await cli(['dlq:replay', '--id', replayed])).toEqual({ replayed: [replayed], skipped: [] });
    worker = startProcess('worker.js', { SWEEPER_INTERVAL_MS: '1000', SWEEPER_STALE_AFTER_MS: '1000' });
    try {
      await waitFor('the sweeper to remove the dead job', async () => !(await queueContent()).includes(left), 15000);
      await waitFor('the replayed report to be PROCESSED', async () => (await statusOf(replayed)) === 'PROCESSED', 30000);
      // (Its 'completed' event stays in the events stream until the worker's next trim, within a second.)
      await waitFor('no trace of the replayed report in Redis', async () => !(await queueContent()).includes(replayed), 5000);
    } finally {
      await worker.stop();
      worker = undefined;
    }
    expect(await statusOf(left)).toBe('FAILED'); // the database keeps the record
    expect(((await cli(['dlq:list'])) as Listed).failed).toContainEqual({ reportId: left, failure: 'DECRYPTION_FAILED', replayable: true });
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
    // While in flight it keeps the hour it was queued, never the instant (it was sent then); its outbox row keeps no time.
    expect(await db.query(`SELECT queued_at = date_trunc('hour', queued_at) AS hour FROM report WHERE id = $1`, [failed])).toEqual([{ hour: true }]);
    const outboxColumns = (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'outbox' ORDER BY column_name`)) as { column_name: string }[];
    expect(outboxColumns.map((c) => c.column_name)).toEqual(['id', 'report_id']);
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

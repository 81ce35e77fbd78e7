import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '../../src/access/api-key.service';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { loadAppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { migrate } from '../../src/database/migrate';
import { bearer, SUBMIT } from '../support/graphql';
import { freePort, RunningProcess, startProcess, waitFor } from '../support/processes';
import { PrivatePostgres, PrivateRedis } from './private-services';

const TOTAL = Number(process.env.FAULT_REPORTS ?? 10000);
const CONCURRENCY = 24;
const log = (message: string, figures: Record<string, unknown> = {}) =>
  process.stdout.write(`[faults] ${message} ${JSON.stringify(figures)}\n`);

/**
 * "No report is lost once a receipt is returned", measured: TOTAL reports
 * are submitted over HTTP by a client that retries with its Idempotency-Key,
 * while (a) Redis is stopped and restarted empty, (b) the worker is killed
 * with SIGKILL mid-job and restarted, (c) PostgreSQL is restarted. Then every
 * receipt's report must be PROCESSED, once (the rollup total equals the
 * number of reports), with no raw text or outbox row left, and canary
 * narratives absent from every log, the Redis data and a pg_dump.
 */
describe('faults during 10,000 submissions', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let db: DataSource;
  let databaseUrl: string;
  const outputs: string[] = [];
  const processes: RunningProcess[] = [];

  beforeAll(async () => {
    pg = await PrivatePostgres.start(['fsync=off']);
    redis = await PrivateRedis.start();
    databaseUrl = pg.url('rr_faults');
    await migrate(databaseUrl);
    db = new DataSource(dataSourceOptions(databaseUrl, 4));
    await db.initialize();
  });

  afterAll(async () => {
    for (const p of processes) await p.stop('SIGKILL');
    await db?.destroy().catch(() => undefined);
    await redis?.stop();
    await pg?.destroy();
  });

  function env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'rrfaults',
      JOB_ATTEMPTS: '8',
      JOB_BACKOFF_MS: '1000',
      SWEEPER_INTERVAL_MS: '2000',
      SWEEPER_STALE_AFTER_MS: '10000',
      RATE_LIMIT_POINTS_PER_MINUTE: '100000000',
      LOG_LEVEL: 'info',
      ...extra,
    };
  }

  function track(p: RunningProcess): RunningProcess {
    processes.push(p);
    return p;
  }

  it('warns at start when Redis may evict keys or PostgreSQL does not wait for commits', async () => {
    const lru = await PrivateRedis.start('allkeys-lru');
    const lax = await PrivatePostgres.start(['synchronous_commit=off']);
    try {
      const laxUrl = lax.url('rr_lax');
      await migrate(laxUrl);
      const worker = track(startProcess('worker.js', env({ DATABASE_URL: laxUrl, REDIS_URL: lru.url })));
      await waitFor('the start-up warnings', async () => /maxmemory-policy is allkeys-lru/.test(worker.output()) && /synchronous_commit=off/.test(worker.output()), 30000);
      await worker.stop();
    } finally {
      await lru.stop();
      await lax.destroy();
    }
  }, 120000);

  it('processes every receipted report exactly once through a Redis loss, a worker SIGKILL and a PostgreSQL restart', async () => {
    const keys = new ApiKeyService(db, loadAppConfig());
    const org = await keys.createOrganisation('Fault NGO');
    const { key } = await keys.issue(org.id, ['reports:write', 'reports:read']);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const api = track(startProcess('main.js', env({ PORT: String(port) })));
    await waitFor('the API', async () => (await fetch(`${url}/health/live`)).ok, 60000);
    let worker = track(startProcess('worker.js', env()));

    const tag = randomBytes(4).toString('hex');
    const canary = (i: number) => `canary.${tag}.${i}@leak-test.example`;
    const isCanary = (i: number) => i % 500 === 0;
    const receipts = new Array<string | undefined>(TOTAL);
    let received = 0;
    let retries = 0;
    const started = Date.now();

    async function submitOne(i: number): Promise<void> {
      const narrative = isCanary(i)
        ? `Report ${i}: the police took my money and hit me. Write to ${canary(i)}.`
        : `Report ${i}: the police officer took my money at the checkpoint and threatened to arrest me.`;
      const body = JSON.stringify({ query: SUBMIT, variables: { input: { narrative, countryCode: 'NO', occurredOn: '2024-06' } } });
      for (let attempt = 0; attempt < 600; attempt++) {
        try {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `fault-${tag}-${String(i).padStart(6, '0')}`, ...bearer(key) },
            body,
            signal: AbortSignal.timeout(10000),
          });
          const parsed = (await response.json()) as { data?: { submitReport?: { receipt: { id: string } } } };
          const id = parsed.data?.submitReport?.receipt.id;
          if (id) {
            receipts[i] = id;
            received++;
            return;
          }
        } catch {
          // connection refused, reset or timed out: retry with the same key
        }
        retries++;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`report ${i} never got a receipt`);
    }

    const faults: Record<string, unknown> = {};
    async function injectFaults(): Promise<void> {
      const at = (n: number) => waitFor(`${n} receipts`, async () => received >= n, 30 * 60 * 1000);

      await at(Math.floor(TOTAL * 0.15));
      await redis.stop();
      const redisDownAt = received;
      const t0 = Date.now();
      const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(10000) });
      faults.readinessWithRedisDown = { status: ready.status, ms: Date.now() - t0 };
      await waitFor('receipts while Redis is down', async () => received >= redisDownAt + Math.floor(TOTAL * 0.1), 10 * 60 * 1000);
      faults.receiptsWhileRedisDown = received - redisDownAt;
      await redis.start();
      faults.redisRestartedAt = received;
      log('redis stopped and restarted', faults);

      await at(Math.floor(TOTAL * 0.5));
      const processing: { n: string }[] = await db.query(`SELECT count(*) AS n FROM report WHERE status IN ('RECEIVED', 'PROCESSING')`);
      await worker.stop('SIGKILL');
      faults.workerKilledAt = { received, inFlight: Number(processing[0]!.n) };
      outputs.push(worker.output());
      await new Promise((r) => setTimeout(r, 2000));
      worker = track(startProcess('worker.js', env()));
      log('worker killed and restarted', faults);

      await at(Math.floor(TOTAL * 0.75));
      const t1 = Date.now();
      await pg.restart();
      faults.postgresRestart = { at: received, ms: Date.now() - t1 };
      log('postgres restarted', faults);
    }

    const progress = setInterval(() => {
      void db
        .query('SELECT status, count(*) AS n FROM report GROUP BY status')
        .then((rows: { status: string; n: string }[]) => log('progress', { received, retries, s: Math.round((Date.now() - started) / 1000), rows }))
        .catch(() => log('progress', { received, retries }));
    }, 15000);
    let next = 0;
    const clients = Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) await submitOne(next++);
    });
    await Promise.all([...clients, injectFaults()]);
    const submitMs = Date.now() - started;
    log('submitted', { total: TOTAL, submitMs, retries, ...faults });

    expect(new Set(receipts).size).toBe(TOTAL);
    expect(receipts.every((id) => typeof id === 'string')).toBe(true);
    expect(faults.readinessWithRedisDown).toMatchObject({ status: 503 });
    expect((faults.readinessWithRedisDown as { ms: number }).ms).toBeLessThan(2500);
    expect(faults.receiptsWhileRedisDown as number).toBeGreaterThan(0);

    const statuses = async () => {
      const rows: { status: string; n: string }[] = await db.query('SELECT status, count(*) AS n FROM report GROUP BY status');
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    };
    await waitFor(
      'every report to be PROCESSED',
      async () => {
        const s = await statuses().catch(() => ({}) as Record<string, number>);
        return s.PROCESSED === TOTAL;
      },
      30 * 60 * 1000,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(await statuses())}`);
    });
    const totalMs = Date.now() - started;
    clearInterval(progress);

    // The worker drains the rollup journal every ROLLUP_DRAIN_INTERVAL_MS; apply whatever it has not reached.
    await new RollupsService(db).drain({ wait: true });
    const [counts] = (await db.query(`
      SELECT (SELECT count(*) FROM report) AS reports,
             (SELECT count(*) FROM report WHERE id = ANY($1::uuid[]) AND status = 'PROCESSED') AS receipted_processed,
             (SELECT count(*) FROM report_raw) AS raw,
             (SELECT count(*) FROM outbox) AS outbox,
             (SELECT COALESCE(sum(report_count), 0) FROM rollup_report) AS rolled_up,
             (SELECT count(*) FROM rollup_journal) AS journal`, [receipts])) as Record<string, string>[];
    log('processed', { totalMs, ...counts });
    expect(Number(counts!.reports)).toBe(TOTAL);
    expect(Number(counts!.receipted_processed)).toBe(TOTAL);
    expect(Number(counts!.raw)).toBe(0);
    expect(Number(counts!.outbox)).toBe(0);
    expect(Number(counts!.rolled_up)).toBe(TOTAL); // a report processed twice would count twice
    expect(Number(counts!.journal)).toBe(0);

    outputs.push(api.output(), worker.output());
    const logs = outputs.join('\n');
    const client = new Redis(redis.url);
    let redisData = '';
    try {
      for (const k of await client.keys('*')) {
        const type = await client.type(k);
        redisData += k;
        if (type === 'string') redisData += await client.get(k);
        if (type === 'hash') redisData += JSON.stringify(await client.hgetall(k));
        if (type === 'list') redisData += (await client.lrange(k, 0, -1)).join();
        if (type === 'zset') redisData += (await client.zrange(k, 0, -1)).join();
        if (type === 'set') redisData += (await client.smembers(k)).join();
        if (type === 'stream') redisData += JSON.stringify(await client.xrange(k, '-', '+'));
      }
    } finally {
      client.disconnect();
    }
    const dump = pg.dump('rr_faults');
    expect(dump).toContain('checkpoint');
    for (let i = 0; i < TOTAL; i += 500) {
      expect(logs).not.toContain(canary(i));
      expect(redisData).not.toContain(canary(i));
      expect(dump).not.toContain(canary(i));
    }
    log('no canary in logs, Redis or pg_dump', { logBytes: logs.length, redisBytes: redisData.length, dumpBytes: dump.length });
  }, 40 * 60 * 1000);
});

import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, SUBMIT } from '../support/graphql';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';

/**
 * "No report is lost once a receipt is returned": with real processes, jobs
 * that Redis lost are found by the sweeper, and a worker killed mid-job
 * leaves nothing half-done.
 */
describe('durability', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let key: string;
  let orgId: string;
  const fast = { SWEEPER_INTERVAL_MS: '1000', SWEEPER_STALE_AFTER_MS: '1000' };

  beforeAll(async () => {
    db = await openDatabase();
    ({ key, orgId } = await orgWithKey(db, ['reports:write', 'reports:read'], 'Durable NGO'));
    api = await startApi();
  });

  afterAll(async () => {
    await api?.stop();
    await db?.destroy();
  });

  async function submitMany(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, n - i) }, (_, j) =>
          gql<{ submitReport: { receipt: { id: string } } }>(
            api.url,
            SUBMIT,
            { input: { narrative: `Report ${i + j}: the police officer hit me and took my phone, call 555-0100.`, countryCode: 'NO' } },
            bearer(key),
          ),
        ),
      );
      for (const r of batch) {
        expect(r.errors).toBeUndefined();
        ids.push(r.data!.submitReport.receipt.id);
      }
    }
    return ids;
  }

  async function statuses(ids: string[]): Promise<Record<string, number>> {
    const rows: { status: string; n: string }[] = await db.query(
      'SELECT status, count(*) AS n FROM report WHERE id = ANY($1) GROUP BY status',
      [ids],
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  it('re-enqueues reports whose jobs Redis lost', async () => {
    const ids = await submitMany(30);
    // Simulate the relay having handed them to Redis and Redis then losing everything.
    await db.query('DELETE FROM outbox WHERE report_id = ANY($1)', [ids]);
    const redis = new Redis(process.env.REDIS_URL!);
    const keys = await redis.keys(`${process.env.QUEUE_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();

    const worker = startProcess('worker.js', fast);
    try {
      await waitFor('all 30 processed', async () => (await statuses(ids)).PROCESSED === 30, 30000);
    } finally {
      await worker.stop();
    }
    const raw: unknown[] = await db.query('SELECT 1 FROM report_raw WHERE report_id = ANY($1)', [ids]);
    expect(raw).toHaveLength(0);
  });

  it('survives a worker killed with SIGKILL mid-run: every report processed exactly once', async () => {
    const ids = await submitMany(200);
    const first = startProcess('worker.js', { ...fast, WORKER_CONCURRENCY: '4' });
    await waitFor('some progress', async () => ((await statuses(ids)).PROCESSED ?? 0) >= 20, 30000);
    await first.stop('SIGKILL');
    const midway = await statuses(ids);
    expect(midway.PROCESSED ?? 0).toBeLessThan(200);

    const second = startProcess('worker.js', fast);
    try {
      await waitFor('all 200 processed', async () => (await statuses(ids)).PROCESSED === 200, 60000);
    } finally {
      await second.stop();
    }
    const rows: { n: string; raw: string; outbox: string }[] = await db.query(
      `SELECT count(*) AS n,
              (SELECT count(*) FROM report_raw WHERE report_id = ANY($1)) AS raw,
              (SELECT count(*) FROM outbox WHERE report_id = ANY($1)) AS outbox
         FROM report WHERE id = ANY($1) AND organisation_id = $2 AND narrative LIKE '%[PHONE_1]%'`,
      [ids, orgId],
    );
    expect(rows[0]).toEqual({ n: '200', raw: '0', outbox: '0' });
  });
});

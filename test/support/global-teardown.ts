import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { PG_BASE } from './test-env';

/** Drops this run's database and queue keys. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url && /rr_test_/.test(url)) {
    const name = new URL(url).pathname.slice(1);
    const client = new Client({ connectionString: `${PG_BASE}/postgres` });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
  const snapshot = process.env.TEST_DIST_DIR;
  if (snapshot?.includes('.test-dist')) rmSync(snapshot, { recursive: true, force: true });
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix?.startsWith('rrtest_') && process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

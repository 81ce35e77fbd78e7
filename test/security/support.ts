import { execFileSync } from 'node:child_process';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { solveChallenge } from '../../src/security/proof-of-work';
import { gql } from '../support/graphql';

/** Row counts of every table a submission or a refusal could touch: "nothing half-written" is these, unchanged. */
export const WRITABLE_TABLES = ['report', 'report_raw', 'outbox', 'idempotency_key', 'proof_of_work_spent'] as const;

export async function tableCounts(db: DataSource): Promise<Record<string, number>> {
  const rows: { t: string; n: string }[] = await db.query(
    WRITABLE_TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

export const CHALLENGE = `{ anonymousChallenge { challenge difficulty header required expiresAt } }`;

/** Asks the API for a challenge and solves it, as a client would. */
export async function proofOfWork(url: string): Promise<string> {
  const r = await gql<{ anonymousChallenge: { challenge: string; difficulty: number } }>(url, CHALLENGE);
  const c = r.data!.anonymousChallenge;
  return solveChallenge(c.challenge, c.difficulty);
}

/** Everything under a BullMQ prefix, values included. */
export async function redisContent(url: string, prefix: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    let everything = keys.join('\n');
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') everything += await redis.get(key);
      if (type === 'hash') everything += JSON.stringify(await redis.hgetall(key));
      if (type === 'list') everything += (await redis.lrange(key, 0, -1)).join();
      if (type === 'zset') everything += (await redis.zrange(key, 0, -1)).join();
      if (type === 'set') everything += (await redis.smembers(key)).join();
      if (type === 'stream') everything += JSON.stringify(await redis.xrange(key, '-', '+'));
    }
    return everything;
  } finally {
    redis.disconnect();
  }
}

export function pgDump(databaseUrl: string): string {
  return execFileSync('pg_dump', ['--data-only', databaseUrl], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
}

/** A raw HTTP POST to /graphql with any body and headers. */
export async function rawPost(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; raw: string; headers: Headers; code?: string }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const raw = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(raw) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, raw, headers: response.headers, code };
}

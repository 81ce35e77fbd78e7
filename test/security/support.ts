export { pgDump, redisContent } from '../support/leak-check';
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

import type { AppConfig } from '../config/app-config';

/** Anything that runs SQL: a DataSource or a transaction's manager. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface PurgeCounts {
  narratives: number;
  failedRaw: number;
  orphanRaw: number;
  idempotencyKeys: number;
  spentChallenges: number;
  rateLimitCounters: number;
  auditRows: number;
  trendQueries: number;
}

const BATCH = 1000;
/** One worker at a time runs the purge (transaction-scoped advisory lock). */
const LOCK_KEY = 7_630_003;

/**
 * The purge job, in SQL only. It removes content and bookkeeping, never
 * changes a count: rollups are not touched, and a report whose narrative is
 * retired keeps its status, categories and violation types (only the
 * evidence phrases, which quote the text, go with the narrative).
 *
 * - de-identified narratives (and evidence) of PROCESSED reports received
 *   more than RETENTION_NARRATIVE_MONTHS months ago (0: kept);
 * - encrypted raw narratives of FAILED reports that failed more than
 *   RETENTION_FAILED_RAW_DAYS days ago (markFailed sets report_raw.stored_on
 *   to the day of the failure), and any raw narrative left on a
 *   report that is already PROCESSED or WITHDRAWN;
 * - idempotency records older than 25 hours (they keep the hour they were
 *   made: 24 to 25 hours after the key's first use), spent proof-of-work
 *   challenges past their expiry, expired rate-limit counters, audit rows and the
 *   trend-query record (trend_query_log, by UTC day) older than
 *   AUDIT_RETENTION_DAYS.
 */
export async function purgeOnce(db: Sql & { transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> }, config: AppConfig): Promise<PurgeCounts | null> {
  return db.transaction(async (tx) => {
    const [lock] = (await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [LOCK_KEY])) as { locked: boolean }[];
    if (!lock?.locked) return null;
    const r = config.retention;
    const counts: PurgeCounts = {
      narratives: 0,
      failedRaw: 0,
      orphanRaw: 0,
      idempotencyKeys: 0,
      spentChallenges: 0,
      rateLimitCounters: 0,
      auditRows: 0,
      trendQueries: 0,
    };
    if (r.narrativeMonths > 0) {
      counts.narratives = await repeat(tx, `
        UPDATE report SET narrative = NULL,
               violations = COALESCE((SELECT jsonb_agg(v || '{"evidence": []}'::jsonb) FROM jsonb_array_elements(violations) v), '[]'::jsonb)
         WHERE id IN (SELECT id FROM report
                       WHERE status = 'PROCESSED'
                         AND received_month < to_char(date_trunc('month', now()) - make_interval(months => $1), 'YYYY-MM')
                         AND (narrative IS NOT NULL OR jsonb_path_exists(violations, '$[*].evidence[0]'))
                       LIMIT ${BATCH})`, [r.narrativeMonths]);
    }
    counts.failedRaw = await repeat(tx, `
      DELETE FROM report_raw WHERE report_id IN (
        SELECT w.report_id FROM report_raw w JOIN report p ON p.id = w.report_id
         WHERE p.status = 'FAILED' AND w.stored_on <= current_date - $1::int LIMIT ${BATCH})`, [r.failedRawDays]);
    counts.orphanRaw = await repeat(tx, `
      DELETE FROM report_raw WHERE report_id IN (
        SELECT w.report_id FROM report_raw w JOIN report p ON p.id = w.report_id
         WHERE p.status IN ('PROCESSED', 'WITHDRAWN') LIMIT ${BATCH})`);
    counts.idempotencyKeys = await repeat(tx, `
      DELETE FROM idempotency_key WHERE ctid IN (
        SELECT ctid FROM idempotency_key WHERE created_at < now() - interval '25 hours' LIMIT ${BATCH})`);
    counts.spentChallenges = await repeat(tx, `
      DELETE FROM proof_of_work_spent WHERE ctid IN (SELECT ctid FROM proof_of_work_spent WHERE expires_at < now() LIMIT ${BATCH})`);
    counts.rateLimitCounters = await repeat(tx, `
      DELETE FROM rate_limit WHERE ctid IN (
        SELECT ctid FROM rate_limit WHERE expire < (extract(epoch FROM now()) * 1000)::bigint LIMIT ${BATCH})`);
    counts.auditRows = await repeat(tx, `
      DELETE FROM audit_log WHERE id IN (
        SELECT id FROM audit_log WHERE at_minute < now() - make_interval(days => $1) LIMIT ${BATCH})`, [r.auditDays]);
    counts.trendQueries = await repeat(tx, `
      DELETE FROM trend_query_log WHERE ctid IN (
        SELECT ctid FROM trend_query_log WHERE day < (now() AT TIME ZONE 'UTC')::date - $1::int LIMIT ${BATCH})`, [r.auditDays]);
    return counts;
  });
}

async function repeat(tx: Sql, sql: string, params: unknown[] = []): Promise<number> {
  let total = 0;
  for (;;) {
    const result = (await tx.query(sql, params)) as [unknown, number] | unknown[];
    const affected = affectedRows(result);
    total += affected;
    if (affected < BATCH) return total;
  }
}

/** TypeORM's query() returns [rows, affected] for UPDATE/DELETE on PostgreSQL. */
function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
  return 0;
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { rateLimited } from '../../security/rate-limits.service';
import type { TrendQuery } from './dto/trend.types';
import { canonicalTrendQuery, normaliseTrendQuery, trendQueryFingerprint } from './trend-query-fingerprint';

const DAY_SECONDS = 86_400;
/**
 * First half of the two-int advisory lock taken per API key while a new query is admitted
 * (the second is hashtext(key id)). The two-int form never meets the single-bigint locks
 * of the rollup drain and the purge job.
 */
const BUDGET_LOCK_CLASS = 7_630_010;

/**
 * The per-key budget of distinct trend queries per UTC day, and their audit
 * record (table trend_query_log: key, day, keyed fingerprint, the normalised
 * query as JSON, the minute it was first asked, how many times).
 *
 * Cell-key perturbation gives the same answer to the same question, but each
 * distinct question over a different set of reports is a fresh noise draw;
 * differencing one report against many such pairs detects it (the "known
 * limit" of docs/disclosure-control.md). The budget bounds how many draws a
 * key can collect per day and the table shows what it asked.
 *
 * Exact across API processes: a query not yet asked today is admitted in a
 * transaction that holds a per-key advisory lock, counts the key's queries of
 * the day and inserts the new one only under the limit; the lock is held to
 * the commit, so the next admission of the same key sees it. A repeat (same
 * fingerprint, same day) is one UPDATE without the lock and is never refused.
 */
@Injectable()
export class TrendQueryBudgetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records the query for this key and day, or throws RATE_LIMITED (scope TREND_QUERIES) when it
   * is new and the key has asked its limit of distinct queries today; a refusal records nothing.
   */
  async admit(keyId: string, query: TrendQuery, now: Date = new Date()): Promise<void> {
    const normalised = normaliseTrendQuery(query, now);
    const fingerprint = trendQueryFingerprint(this.config.crypto.trendQueryKey, normalised);
    const day = now.toISOString().slice(0, 10);
    const limit = this.config.analytics.trendQueriesPerDay;
    if (await this.repeat(this.db, keyId, day, fingerprint)) return;
    const admitted = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BUDGET_LOCK_CLASS, keyId]);
      // Asked by a concurrent request of the same key since the first look: a repeat after all.
      if (await this.repeat(tx, keyId, day, fingerprint)) return true;
      const inserted: unknown[] = await tx.query(
        `INSERT INTO trend_query_log (key_id, day, fingerprint, query)
         SELECT $1, $2::date, $3, $4::jsonb
          WHERE (SELECT count(*) FROM trend_query_log WHERE key_id = $1 AND day = $2::date) < $5
         RETURNING 1`,
        [keyId, day, fingerprint, canonicalTrendQuery(normalised), limit],
      );
      return inserted.length === 1;
    });
    if (admitted) return;
    const resetsAt = new Date(`${day}T00:00:00.000Z`);
    resetsAt.setUTCDate(resetsAt.getUTCDate() + 1);
    throw rateLimited({
      scope: 'TREND_QUERIES',
      limit,
      cost: 1,
      windowSeconds: DAY_SECONDS,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000)),
      resetsAt: resetsAt.toISOString(),
    });
  }

  private async repeat(sql: Pick<DataSource, 'query'>, keyId: string, day: string, fingerprint: Buffer): Promise<boolean> {
    // TypeORM's query() gives [rows, affected] for an UPDATE on PostgreSQL.
    const [rows] = (await sql.query(
      `UPDATE trend_query_log SET times = times + 1 WHERE key_id = $1 AND day = $2::date AND fingerprint = $3 RETURNING 1`,
      [keyId, day, fingerprint],
    )) as [unknown[], number];
    return rows.length === 1;
  }
}

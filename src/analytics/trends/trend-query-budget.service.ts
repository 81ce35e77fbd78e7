import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { rateLimited } from '../../security/rate-limits.service';
import type { TrendQuery } from './dto/trend.types';
import { canonicalTrendQuery, normaliseTrendQuery, trendQueryFingerprint } from './trend-query-fingerprint';

const DAY_SECONDS = 86_400;
/**
 * First half of the two-int advisory lock taken per organisation while a new query is
 * admitted (the second is hashtext(organisation id)). The two-int form never meets the
 * single-bigint locks of the rollup drain and the purge job.
 */
const BUDGET_LOCK_CLASS = 7_630_010;

/** Who asks: the key (the audit is per key) and its organisation (the budget is the organisation's). */
export interface TrendQuerier {
  keyId: string;
  organisationId: string;
}

/**
 * The budget of distinct trend queries per organisation and UTC day, shared
 * by all its keys, and the per-key audit record (table trend_query_log: key,
 * organisation, day, keyed fingerprint, the normalised query as JSON, the
 * minute it was first asked, how many times).
 *
 * Cell-key perturbation gives the same answer to the same question, whoever
 * asks it, but each distinct question over a different set of reports is a
 * fresh noise draw; differencing one report against many such pairs detects
 * it (the "known limit" of docs/disclosure-control.md). The budget bounds how
 * many draws an organisation can collect per day, however many keys it holds
 * (a question one of its keys asked today is free for the others: the same
 * draw), and the table shows which key asked what.
 *
 * Exact across API processes: a query the key has not asked today is
 * admitted in a transaction that holds the organisation's advisory lock,
 * and recorded only if the organisation asked it already today or its
 * distinct queries of the day are under the limit; the lock is held to the
 * commit, so the next admission in the organisation sees it. A repeat by the
 * same key (same fingerprint, same day) is one UPDATE without the lock and is
 * never refused.
 */
@Injectable()
export class TrendQueryBudgetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records the query for this key and day, or throws RATE_LIMITED (scope TREND_QUERIES) when it
   * is new to the organisation today and the organisation has asked its limit of distinct queries
   * today; a refusal records nothing.
   */
  async admit({ keyId, organisationId }: TrendQuerier, query: TrendQuery, now: Date = new Date()): Promise<void> {
    const normalised = normaliseTrendQuery(query, now);
    const fingerprint = trendQueryFingerprint(this.config.crypto.trendQueryKey, normalised);
    const day = now.toISOString().slice(0, 10);
    const limit = this.config.analytics.trendQueriesPerDay;
    if (await this.repeat(this.db, keyId, day, fingerprint)) return;
    const admitted = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BUDGET_LOCK_CLASS, organisationId]);
      // Asked by a concurrent request of the same key since the first look: a repeat after all.
      if (await this.repeat(tx, keyId, day, fingerprint)) return true;
      const inserted: unknown[] = await tx.query(
        `INSERT INTO trend_query_log (key_id, organisation_id, day, fingerprint, query)
         SELECT $1, $2, $3::date, $4, $5::jsonb
          WHERE EXISTS (SELECT 1 FROM trend_query_log WHERE organisation_id = $2 AND day = $3::date AND fingerprint = $4)
             OR (SELECT count(DISTINCT fingerprint) FROM trend_query_log WHERE organisation_id = $2 AND day = $3::date) < $6
         RETURNING 1`,
        [keyId, organisationId, day, fingerprint, canonicalTrendQuery(normalised), limit],
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

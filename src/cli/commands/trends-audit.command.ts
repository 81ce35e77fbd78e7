import type { Command } from 'commander';
import { AppError } from '../../common/errors/app-error';
import { JsonOption, print, withDatabase } from '../cli-support';
import { UUID_PATTERN } from '../../common/validation/uuid';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface AuditedTrendQuery {
  day: string;
  /** The minute it was first asked that day (ISO 8601, UTC). */
  firstAt: string;
  times: number;
  /** The keyed fingerprint the budget tells queries apart by (hex). */
  fingerprint: string;
  /** The normalised query: codes and months only. */
  query: Record<string, unknown>;
}

/**
 * trends:audit --key <key id> [--since YYYY-MM-DD] [--json]: the distinct trend
 * queries an API key asked (GraphQL and CSV export), per UTC day, from
 * trend_query_log, oldest first, with the number of distinct queries per day
 * against TREND_QUERIES_PER_DAY. Without --since, everything still kept
 * (AUDIT_RETENTION_DAYS).
 */
export function registerTrendsAuditCommand(program: Command): void {
  program
    .command('trends:audit')
    .description('List the distinct trend queries an API key asked, per UTC day')
    .requiredOption('--key <keyId>', 'the API key id (as printed by key:issue)')
    .option('--since <day>', 'first UTC day to list, YYYY-MM-DD')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { key: string; since?: string }) => {
      if (!UUID_PATTERN.test(options.key)) throw AppError.badInput([{ field: 'key', problem: 'UUID' }]);
      if (options.since !== undefined && !DAY.test(options.since)) throw AppError.badInput([{ field: 'since', problem: 'DAY_FORMAT' }]);
      const keyId = options.key.toLowerCase();
      const { queries, limit } = await withDatabase(async (db, config) => {
        const rows: { day: string; first_at: string; times: number; fingerprint: string; query: Record<string, unknown> }[] = await db.query(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day,
                  to_char(first_at_minute AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS first_at,
                  times, encode(fingerprint, 'hex') AS fingerprint, query
             FROM trend_query_log
            WHERE key_id = $1 AND ($2::date IS NULL OR day >= $2::date)
            ORDER BY day, first_at_minute, fingerprint`,
          [keyId, options.since ?? null],
        );
        return {
          limit: config.analytics.trendQueriesPerDay,
          queries: rows.map((r): AuditedTrendQuery => ({ day: r.day, firstAt: r.first_at, times: r.times, fingerprint: r.fingerprint, query: r.query })),
        };
      });
      const days = new Map<string, { day: string; distinct: number; asked: number }>();
      for (const q of queries) {
        const d = days.get(q.day) ?? { day: q.day, distinct: 0, asked: 0 };
        d.distinct += 1;
        d.asked += q.times;
        days.set(q.day, d);
      }
      const human = queries.length === 0
        ? `No trend queries recorded for key ${keyId}${options.since ? ` since ${options.since}` : ''}`
        : [...days.values()]
            .map((d) => [
              `${d.day}: ${d.distinct} distinct of ${limit} a day, asked ${d.asked} times`,
              ...queries.filter((q) => q.day === d.day).map((q) => `  ${q.firstAt}  x${q.times}  ${JSON.stringify(q.query)}`),
            ].join('\n'))
            .join('\n');
      print(options, { key: keyId, since: options.since ?? null, limitPerDay: limit, days: [...days.values()], queries }, human);
    });
}

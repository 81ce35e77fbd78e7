import type { Command } from 'commander';
import { AppError } from '../../common/errors/app-error';
import { JsonOption, print, withDatabase } from '../cli-support';
import { UUID_PATTERN } from '../../common/validation/uuid';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface AuditedTrendQuery {
  day: string;
  /** The key that asked it. */
  keyId: string;
  /** The minute it was first asked that day by that key (ISO 8601, UTC). */
  firstAt: string;
  times: number;
  /** The keyed fingerprint the budget tells queries apart by (hex). */
  fingerprint: string;
  /** The normalised query: codes and months only. */
  query: Record<string, unknown>;
}

/**
 * trends:audit (--key <key id> | --org <organisation id>) [--since YYYY-MM-DD] [--json]:
 * the distinct trend queries a key, or all keys of an organisation, asked
 * (GraphQL and CSV export), per UTC day, from trend_query_log, oldest first.
 * Each day's `distinct` counts fingerprints, as the budget does: with --org
 * it is what the organisation spent of TREND_QUERIES_PER_DAY (one query asked
 * under two of its keys is one). Without --since, everything still kept
 * (AUDIT_RETENTION_DAYS).
 */
export function registerTrendsAuditCommand(program: Command): void {
  program
    .command('trends:audit')
    .description('List the distinct trend queries an API key or an organisation asked, per UTC day')
    .option('--key <keyId>', 'an API key id (as printed by key:issue)')
    .option('--org <organisationId>', 'an organisation id: all its keys, and what it spent of its daily budget')
    .option('--since <day>', 'first UTC day to list, YYYY-MM-DD')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { key?: string; org?: string; since?: string }) => {
      if ((options.key === undefined) === (options.org === undefined)) throw AppError.badInput([{ field: 'key', problem: 'ONE_OF_KEY_OR_ORG' }]);
      if (options.key !== undefined && !UUID_PATTERN.test(options.key)) throw AppError.badInput([{ field: 'key', problem: 'UUID' }]);
      if (options.org !== undefined && !UUID_PATTERN.test(options.org)) throw AppError.badInput([{ field: 'org', problem: 'UUID' }]);
      if (options.since !== undefined && !DAY.test(options.since)) throw AppError.badInput([{ field: 'since', problem: 'DAY_FORMAT' }]);
      const by = options.key !== undefined ? { column: 'key_id', id: options.key.toLowerCase(), label: 'key' } : { column: 'organisation_id', id: options.org!.toLowerCase(), label: 'organisation' };
      const { queries, limit } = await withDatabase(async (db, config) => {
        const rows: { day: string; key_id: string; first_at: string; times: number; fingerprint: string; query: Record<string, unknown> }[] = await db.query(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, key_id,
                  to_char(first_at_minute AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS first_at,
                  times, encode(fingerprint, 'hex') AS fingerprint, query
             FROM trend_query_log
            WHERE ${by.column} = $1 AND ($2::date IS NULL OR day >= $2::date)
            ORDER BY day, first_at_minute, fingerprint, key_id`,
          [by.id, options.since ?? null],
        );
        return {
          limit: config.analytics.trendQueriesPerDay,
          queries: rows.map((r): AuditedTrendQuery => ({ day: r.day, keyId: r.key_id, firstAt: r.first_at, times: r.times, fingerprint: r.fingerprint, query: r.query })),
        };
      });
      const days = new Map<string, { fingerprints: Set<string>; asked: number }>();
      for (const q of queries) {
        const d = days.get(q.day) ?? { fingerprints: new Set<string>(), asked: 0 };
        d.fingerprints.add(q.fingerprint);
        d.asked += q.times;
        days.set(q.day, d);
      }
      const perDay = [...days].map(([day, { fingerprints, asked }]) => ({ day, distinct: fingerprints.size, asked }));
      const human = queries.length === 0
        ? `No trend queries recorded for ${by.label} ${by.id}${options.since ? ` since ${options.since}` : ''}`
        : perDay
            .map((d) => [
              `${d.day}: ${d.distinct} distinct (an organisation may ask ${limit} a day), asked ${d.asked} times`,
              ...queries.filter((q) => q.day === d.day).map((q) => `  ${q.firstAt}  x${q.times}  ${by.label === 'key' ? '' : `key ${q.keyId}  `}${JSON.stringify(q.query)}`),
            ].join('\n'))
            .join('\n');
      print(options, { [by.label]: by.id, since: options.since ?? null, limitPerDay: limit, days: perDay, queries }, human);
    });
}

import { keyedHash } from '../../common/crypto/keyed-hash';
import type { TrendFilter, TrendQuery } from './dto/trend.types';
import { monthRangeOf, type TrendDimension, type TrendInterval } from './trend-dimensions';

/** The list filters, in the order they are written into a normalised query. */
const LIST_FILTERS = ['violations', 'countries', 'regions', 'perpetrators', 'legalModels', 'workSettings', 'reportedToPolice'] as const;
type ListFilter = (typeof LIST_FILTERS)[number];

/**
 * A trend query as the service answers it, in one canonical form: groupBy and
 * every filter's values as sorted sets, and, with an interval, the month range
 * the time axis actually spans (monthRangeOf: no `from` is the 24 months up to
 * `to`, no `to` is this month). Two queries with the same normalised form get
 * the same answer from the same data. It holds only codes and months.
 *
 * Anything the service might answer differently stays apart (conservative: a
 * merge would hand out a free query): an empty list is not an absent filter
 * (with the dimension grouped, [] is an empty axis), `safeguarding: false` is
 * not an absent flag, and without an interval an absent bound stays absent
 * (the rows are then not limited on that side).
 */
export interface NormalisedTrendQuery {
  groupBy: TrendDimension[];
  interval: TrendInterval | null;
  from: string | null;
  to: string | null;
  filter: Partial<Record<ListFilter, string[]>> & { safeguarding?: boolean };
}

export function normaliseTrendQuery(query: TrendQuery, now: Date = new Date()): NormalisedTrendQuery {
  const range = query.interval ? monthRangeOf(query, now) : { from: query.from ?? null, to: query.to ?? null };
  const source: TrendFilter = query.filter ?? {};
  const filter: NormalisedTrendQuery['filter'] = {};
  for (const name of LIST_FILTERS) {
    const values = source[name] as readonly string[] | undefined | null;
    if (values !== undefined && values !== null) filter[name] = sortedSet(values);
  }
  if (source.safeguarding !== undefined && source.safeguarding !== null) filter.safeguarding = source.safeguarding;
  return {
    groupBy: sortedSet(query.groupBy) as TrendDimension[],
    interval: query.interval ?? null,
    from: range.from,
    to: range.to,
    filter,
  };
}

/** The normalised query as text with a fixed key order (the order normaliseTrendQuery builds it in). */
export function canonicalTrendQuery(normalised: NormalisedTrendQuery): string {
  const filter: Record<string, unknown> = {};
  for (const name of LIST_FILTERS) if (normalised.filter[name]) filter[name] = normalised.filter[name];
  if (normalised.filter.safeguarding !== undefined) filter.safeguarding = normalised.filter.safeguarding;
  return JSON.stringify({ groupBy: normalised.groupBy, interval: normalised.interval, from: normalised.from, to: normalised.to, filter });
}

/**
 * The distinctness check's key: HMAC-SHA256 (keyedHash, with the HKDF sub-key
 * of HMAC_KEY for this purpose) over a version tag and the canonical text. Keyed,
 * so that the fingerprints in the audit table cannot be matched against
 * guessed queries by someone holding only a dump of it.
 */
export function trendQueryFingerprint(key: Buffer, normalised: NormalisedTrendQuery): Buffer {
  return keyedHash(key, 'trend-query/v1', canonicalTrendQuery(normalised));
}

function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

import { currentMonth } from '../../common/validation/partial-date';

/** The dimensions a researcher may group or filter by (an allowlist; never the organisation, never free text). */
export const TREND_DIMENSIONS = [
  'VIOLATION',
  'COUNTRY',
  'REGION',
  'PERPETRATOR',
  'LEGAL_MODEL',
  'WORK_SETTING',
  'REPORTED_TO_POLICE',
  'SAFEGUARDING',
] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

export const TREND_INTERVALS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** The rollup column behind each dimension, and the TrendCell field it fills. */
export const DIMENSION_COLUMN: Record<TrendDimension, { column: string; field: string }> = {
  VIOLATION: { column: 'violation', field: 'violation' },
  COUNTRY: { column: 'country_code', field: 'country' },
  REGION: { column: 'region_code', field: 'region' },
  PERPETRATOR: { column: 'perpetrator', field: 'perpetrator' },
  LEGAL_MODEL: { column: 'legal_model', field: 'legalModel' },
  WORK_SETTING: { column: 'work_setting', field: 'workSetting' },
  REPORTED_TO_POLICE: { column: 'reported_to_police', field: 'reportedToPolice' },
  SAFEGUARDING: { column: 'safeguarding', field: 'safeguarding' },
};

/** "2024-05" → "2024-05" | "2024-Q2" | "2024". */
export function periodOf(month: string, interval: TrendInterval): string {
  switch (interval) {
    case 'MONTH':
      return month;
    case 'QUARTER':
      return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
    case 'YEAR':
      return month.slice(0, 4);
  }
}

/** A month YYYY-MM as a count of months (year × 12 + month − 1), and back. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthAt(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every period from `from` to `to` inclusive (months YYYY-MM). */
export function periodsBetween(from: string, to: string, interval: TrendInterval): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) {
    const period = periodOf(monthAt(i), interval);
    if (out[out.length - 1] !== period) out.push(period);
  }
  return out;
}

/** Months of the time axis when the query gives no `from`: this many, ending at `to`. */
export const DEFAULT_MONTHS = 24;

/** The months the time axis spans: the query's bounds; without `to`, this month (or `from`, if later); without `from`, DEFAULT_MONTHS up to `to`. */
export function monthRangeOf(query: { from?: string | null; to?: string | null }, now: Date = new Date()): { from: string; to: string } {
  const thisMonth = currentMonth(now);
  const to = query.to ?? (query.from && query.from > thisMonth ? query.from : thisMonth);
  return { from: query.from ?? monthAt(monthIndex(to) + 1 - DEFAULT_MONTHS), to };
}

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date) and says whether
 * it lies in the future. Kept deliberately small: it validates a format, it
 * does not interpret free text (the de-identifier handles dates in text).
 */
export type PartialDate = { year: number; month: number | null; day: number | null };

export function parsePartialDate(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1900) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    const date = new Date(Date.UTC(year, month! - 1, day));
    if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** The earliest moment anywhere on Earth (UTC+14) decides "future", so no reporter is refused for their time zone. */
export function isInFuture(date: PartialDate, now: Date = new Date()): boolean {
  const latest = new Date(now.getTime() + 14 * 3600 * 1000);
  const y = latest.getUTCFullYear();
  const mo = latest.getUTCMonth() + 1;
  const d = latest.getUTCDate();
  if (date.year !== y) return date.year > y;
  if (date.month === null) return false;
  if (date.month !== mo) return date.month > mo;
  if (date.day === null) return false;
  return date.day > d;
}

export function toMonth(date: PartialDate): string | null {
  return date.month === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}`;
}

export function currentMonth(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

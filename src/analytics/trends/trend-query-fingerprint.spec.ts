import { randomBytes } from 'node:crypto';
import type { TrendQuery } from './dto/trend.types';
import { canonicalTrendQuery, normaliseTrendQuery, trendQueryFingerprint } from './trend-query-fingerprint';

const NOW = new Date('2026-11-15T12:00:00Z');
const KEY = randomBytes(32);
const fp = (q: TrendQuery, now = NOW): string => trendQueryFingerprint(KEY, normaliseTrendQuery(q, now)).toString('hex');

describe('normalised trend queries and their fingerprints', () => {
  it('treats groupBy and every filter as sets: reordering is the same query', () => {
    const a = {
      groupBy: ['VIOLATION', 'COUNTRY'],
      interval: 'MONTH',
      from: '2024-01',
      to: '2024-06',
      filter: { countries: ['SE', 'NO'], regions: ['NO-03', 'NO-11'], violations: ['POLICE_ABUSE', 'EXTORTION'] },
    } as TrendQuery;
    const b = {
      filter: { violations: ['EXTORTION', 'POLICE_ABUSE'], regions: ['NO-11', 'NO-03'], countries: ['NO', 'SE'] },
      to: '2024-06',
      from: '2024-01',
      interval: 'MONTH',
      groupBy: ['COUNTRY', 'VIOLATION'],
    } as TrendQuery;
    expect(fp(a)).toBe(fp(b));
    expect(normaliseTrendQuery(b, NOW)).toEqual({
      groupBy: ['COUNTRY', 'VIOLATION'],
      interval: 'MONTH',
      from: '2024-01',
      to: '2024-06',
      filter: { violations: ['EXTORTION', 'POLICE_ABUSE'], countries: ['NO', 'SE'], regions: ['NO-03', 'NO-11'] },
    });
    expect(canonicalTrendQuery(normaliseTrendQuery(a, NOW))).toBe(canonicalTrendQuery(normaliseTrendQuery(b, NOW)));
  });

  it('resolves an interval query\'s missing bounds to the months its time axis spans (the service\'s monthRangeOf)', () => {
    expect(fp({ groupBy: [], interval: 'MONTH' } as TrendQuery)).toBe(fp({ groupBy: [], interval: 'MONTH', from: '2024-12', to: '2026-11' } as TrendQuery));
    expect(fp({ groupBy: [], interval: 'YEAR', to: '2020-03' } as TrendQuery)).toBe(fp({ groupBy: [], interval: 'YEAR', from: '2018-04', to: '2020-03' } as TrendQuery));
    // Next month, "the last 24 months" is another window: another query.
    expect(fp({ groupBy: [], interval: 'MONTH' } as TrendQuery, new Date('2026-12-01T00:00:00Z'))).not.toBe(fp({ groupBy: [], interval: 'MONTH' } as TrendQuery));
  });

  it('keeps apart every window and filter the red-team\'s scan varies, and what the service may answer differently', () => {
    const slice = { countries: ['NO'], regions: ['NO-03'], violations: ['POLICE_ABUSE'] };
    const windows = new Set<string>();
    for (const from of ['2019-01', '2019-02', '2020-01']) {
      for (const to of ['2024-05', '2024-06']) windows.add(fp({ groupBy: [], from, to, filter: slice } as TrendQuery));
    }
    expect(windows.size).toBe(6);
    const distinct = [
      { groupBy: [] },
      { groupBy: [], from: '2024-01' }, // without an interval an absent bound stays absent (no limit on that side)
      { groupBy: [], to: '2024-01' },
      { groupBy: [], filter: { violations: [] } }, // an empty list is not an absent filter
      { groupBy: [], filter: { safeguarding: false } }, // nor is false an absent flag
      { groupBy: [], filter: { safeguarding: true } },
      { groupBy: [], interval: 'MONTH', from: '2024-01', to: '2024-06' },
      { groupBy: [], interval: 'QUARTER', from: '2024-01', to: '2024-06' },
      { groupBy: ['COUNTRY'] },
      { groupBy: [], filter: { countries: ['NO'] } },
      { groupBy: [], filter: { regions: ['NO'] } }, // the same value under another filter
    ] as TrendQuery[];
    expect(new Set(distinct.map((q) => fp(q))).size).toBe(distinct.length);
  });

  it('holds only codes and months, and the fingerprint depends on the key', () => {
    const q = { groupBy: ['REGION'], filter: { countries: ['NO'], workSettings: ['STREET'], safeguarding: true } } as TrendQuery;
    const text = canonicalTrendQuery(normaliseTrendQuery(q, NOW));
    expect(JSON.parse(text)).toEqual({ groupBy: ['REGION'], interval: null, from: null, to: null, filter: { countries: ['NO'], workSettings: ['STREET'], safeguarding: true } });
    const fingerprint = trendQueryFingerprint(KEY, normaliseTrendQuery(q, NOW));
    expect(fingerprint).toHaveLength(32);
    expect(trendQueryFingerprint(randomBytes(32), normaliseTrendQuery(q, NOW)).equals(fingerprint)).toBe(false);
  });
});

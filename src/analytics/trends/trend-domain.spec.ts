import type { TrendQuery } from './dto/trend.types';
import { DEFAULT_MONTHS, domainOf, monthRangeOf } from './trends.service';

describe('the grid of a trend answer', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const q = (groupBy: string[], filter?: Record<string, unknown>, interval?: string) => ({ groupBy, filter, interval }) as unknown as TrendQuery;

  it('spans the query’s months, or the last 24 up to this month, never the months of the data', () => {
    expect(DEFAULT_MONTHS).toBe(24);
    expect(monthRangeOf({}, now)).toEqual({ from: '2024-12', to: '2026-11' });
    expect(monthRangeOf({ to: '2020-03' }, now)).toEqual({ from: '2018-04', to: '2020-03' });
    expect(monthRangeOf({ from: '2025-06' }, now)).toEqual({ from: '2025-06', to: '2026-11' });
    expect(monthRangeOf({ from: '2019-01', to: '2019-12' }, now)).toEqual({ from: '2019-01', to: '2019-12' });
    expect(domainOf(q([], undefined, 'QUARTER'), monthRangeOf({}, now)).PERIOD).toEqual([
      '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4',
    ]);
  });

  it('takes the codes of the taxonomy, and countries and regions from the filter (else the service adds the published ones)', () => {
    expect(domainOf(q(['VIOLATION'], { violations: ['EXTORTION'] }), null)).toEqual({ VIOLATION: ['EXTORTION'] });
    expect(domainOf(q(['LEGAL_MODEL']), null).LEGAL_MODEL).toContain(null);
    expect(domainOf(q(['COUNTRY'], { countries: ['AR', 'NO'] }), null).COUNTRY).toEqual(['AR', 'NO']);
    expect(domainOf(q(['REGION'], { regions: ['AR-C'] }), null).REGION).toEqual(['AR-C']);
    expect(domainOf(q(['COUNTRY', 'REGION']), null)).toEqual({});
  });
});

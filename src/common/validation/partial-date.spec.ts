import { isInFuture, parsePartialDate, toMonth } from './partial-date';

describe('partial dates', () => {
  it.each([
    ['2019', { year: 2019, month: null, day: null }],
    ['2019-04', { year: 2019, month: 4, day: null }],
    ['2020-02-29', { year: 2020, month: 2, day: 29 }],
  ])('parses %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['2019-13', '2019-02-30', '2021-02-29', '19-04', '2019/04', '2019-4', '1850', '', '2019-04-01T10:00'])(
    'refuses %s',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it('keeps only the month', () => {
    expect(toMonth(parsePartialDate('2018-09-21')!)).toBe('2018-09');
    expect(toMonth(parsePartialDate('2018')!)).toBeNull();
  });

  it('knows the future, allowing for the earliest time zone', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(isInFuture(parsePartialDate('2026-11-23')!, now)).toBe(false); // already the 23rd in UTC+14
    expect(isInFuture(parsePartialDate('2026-11-24')!, now)).toBe(true);
    expect(isInFuture(parsePartialDate('2026-12')!, now)).toBe(true);
    expect(isInFuture(parsePartialDate('2027')!, now)).toBe(true);
    expect(isInFuture(parsePartialDate('2026')!, now)).toBe(false);
  });
});

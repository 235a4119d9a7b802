import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears } from './months.js';

/** lag (1930:173) 1 §: a day the target month lacks is that month's last day. Worked out by hand. */
describe('addYears', () => {
  it.each([
    ['2023-06-20', 1, '2024-06-20'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 2, '2026-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 76, '2100-02-28'],
    ['2025-02-28', -1, '2024-02-28'],
    ['2026-12-31', 2, '2028-12-31'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('refuses a result past year 9999, which would not sort as text', () => {
    expect(() => addYears('9999-06-01', 1)).toThrow(RangeError);
    expect(() => addYears('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-12-31', -6, '2026-06-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2028-08-31', -6, '2028-02-29'],
    ['2027-09-30', -12, '2026-09-30'],
    ['2026-06-20', -9, '2025-09-20'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-06-20', 0, '2026-06-20'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-11-30', 15, '2028-02-29'],
  ])('%s %+i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('held to luxon, whose plus() reads months and years as the law does', () => {
  const luxon = (date: string, duration: { months: number } | { years: number }) => {
    const result = DateTime.fromISO(date, { zone: 'utc' }).plus(duration).toISODate();
    return result !== null && /^\d{4}-\d{2}-\d{2}$/.test(result) ? result : 'refused';
  };
  const ours = (add: () => string) => {
    try {
      return add();
    } catch {
      return 'refused';
    }
  };
  // Month ends and leap days most of all: that is where adding months is decided.
  const date = fc
    .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)) })
    .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    .filter((text) => DateTime.fromISO(text, { zone: 'utc' }).isValid);

  it('adds months as luxon does, to any date and any number of months, or refuses as it does', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -2400, max: 2400 }), (start, months) => {
        expect(ours(() => addMonths(start, months))).toBe(luxon(start, { months }));
      }),
      { seed: 20261204, numRuns: 20_000 },
    );
  });

  it('adds years as luxon does', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -200, max: 200 }), (start, years) => {
        expect(ours(() => addYears(start, years))).toBe(luxon(start, { years }));
      }),
      { seed: 20261204, numRuns: 20_000 },
    );
  });
});

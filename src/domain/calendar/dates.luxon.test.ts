import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidIsoDate, weekdayOf, withMonthDay } from './dates.js';
import { addMonths, addYears } from './months.js';

/**
 * The integer day arithmetic of dates.ts is held to luxon's answers, and so is the month and year
 * arithmetic of months.ts (luxon's own, through our wrapper) against luxon used directly: the
 * wrapper must not lose the end-of-month rule of lag (1930:173).
 */
const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const iso = (dt: DateTime) => dt.toISODate() ?? '';

/** Dates 1900–2200, where agreements live, with month ends and leap days well represented. */
const dates = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day: d }) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const RUNS = { numRuns: 20_000, seed: 20261125 };

describe('dates.ts gives what luxon gives', () => {
  it('knows which dates exist', () => {
    fc.assert(fc.property(dates, (s) => isValidIsoDate(s) === day(s).isValid), RUNS);
  });

  it('adds years, months and days, and counts days and weekdays', () => {
    const valid = dates.filter((s) => day(s).isValid);
    fc.assert(
      fc.property(valid, valid, fc.integer({ min: -50, max: 50 }), fc.integer({ min: -600, max: 600 }), fc.integer({ min: -40_000, max: 40_000 }), (a, b, years, months, days) => {
        expect(addYears(a, years)).toBe(iso(day(a).plus({ years })));
        expect(addMonths(a, months)).toBe(iso(day(a).plus({ months })));
        expect(addDays(a, days)).toBe(iso(day(a).plus({ days })));
        expect(withMonthDay(day(a).year + years, a.slice(5))).toBe(iso(day(a).plus({ years })));
        expect(daysBetween(a, b)).toBe(Math.round(day(b).diff(day(a), 'days').days));
        expect(weekdayOf(a)).toBe(day(a).weekday);
      }),
      { ...RUNS, numRuns: 5_000 },
    );
  });
});

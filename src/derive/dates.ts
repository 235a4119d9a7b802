import { DateTime } from 'luxon';
import type { IsoDate } from '../model/documents.js';

/**
 * Calendar arithmetic for derived dates. Europe/Stockholm decides which calendar day "now" is
 * (format.md: dates are on the calendar of Europe/Stockholm); once we have a day, it has no time
 * of day, so the arithmetic runs on UTC midnights: a Stockholm midnight would make the days around
 * a daylight-saving change 23 or 25 hours long and could shift a date by one.
 */

const ZONE = 'Europe/Stockholm';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** Today's date in Sweden at the instant `now`: the CLI passes `new Date()`, tests a fixed instant. */
export function todayInStockholm(now: Date): IsoDate {
  return format(DateTime.fromJSDate(now, { zone: ZONE }));
}

/** `YYYY-MM-DD` naming a day that exists (no 2023-02-29, no 2023-13-01). */
export function isValidIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && DateTime.fromISO(s, { zone: 'utc' }).isValid;
}

/** The same day `years` later (or earlier); luxon turns 29 February into 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return format(parse(date).plus({ years }));
}

/** The same day `months` later (or earlier, when negative), clamped to the month's last day: 08-31 − 6 months = 02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return format(parse(date).plus({ months }));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(parse(date).plus({ days }));
}

/** Calendar days from `a` to `b`: 0 for the same day, negative when `b` is before `a`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(parse(b).diff(parse(a), 'days').days);
}

/**
 * The day `"MM-DD"` in `year`. A day past the end of that month (29 February in a common year, or
 * "04-31", which the schema's pattern lets through) becomes the month's last day, the same choice
 * format.md makes for anniversaries on 29 February.
 */
export function withMonthDay(year: number, monthDay: string): IsoDate {
  const match = MONTH_DAY.exec(monthDay);
  if (!match) throw new Error(`not a "MM-DD" day: ${monthDay}`);
  const month = Number(match[1]);
  const first = DateTime.utc(year, month, 1);
  if (!first.isValid) throw new Error(`not a "MM-DD" day: ${monthDay}`);
  return format(first.set({ day: Math.min(Number(match[2]), first.daysInMonth ?? 28) }));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekdayOf(date: IsoDate): number {
  return parse(date).weekday;
}

/** ISO dates sort as text, so comparing them needs no parsing. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parse(date: IsoDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid || !ISO_DATE.test(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return parsed;
}

function format(date: DateTime): IsoDate {
  // toISODate() is null only for an invalid DateTime, which parse() has already refused.
  return date.toISODate() ?? '';
}

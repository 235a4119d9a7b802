import type { IsoDate } from '../../model/documents.js';

/**
 * Day arithmetic on ISO dates, the calendar's hot path. Dates are days on the calendar of
 * Europe/Stockholm (format.md) with no time of day, so the arithmetic counts whole days in the
 * proleptic Gregorian calendar: a Stockholm midnight would make the days around a daylight-saving
 * change 23 or 25 hours long and could shift a date by one.
 *
 * Plain integers rather than luxon: a national repository asks for hundreds of thousands of days
 * (working days, holidays, days left), and a luxon object for each cost more than the rest of the
 * derivation. dates.luxon.test.ts holds every function here to luxon's answers. Months and years,
 * which follow lag (1930:173) and are asked for a few times per agreement, are luxon's own
 * (months.ts).
 */

/**
 * The years a date of the format may fall in (format.md leaves it open; the schema's `date`
 * says it): wide enough for any agreement's history and future, narrow enough that every date
 * derived from one (at most a few years later) stays a four-digit year that sorts as text.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 2023-02-29, no 2023-13-01), in any four-digit year. */
export function isValidIsoDate(s: string): boolean {
  return dateParts(s) !== undefined;
}

/** A real date inside the format's years, FIRST_YEAR–LAST_YEAR. */
export function isDateInRange(s: string): boolean {
  const parts = dateParts(s);
  return parts !== undefined && parts[0] >= FIRST_YEAR && parts[0] <= LAST_YEAR;
}

/** The year, month and day of a real date; undefined for anything else. */
export function dateParts(s: string): [number, number, number] | undefined {
  const match = ISO_DATE.exec(s);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : undefined;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(...parse(date)) + days);
}

/** Calendar days from `a` to `b`: 0 for the same day, negative when `b` is before `a`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(...parse(b)) - dayNumber(...parse(a));
}

/**
 * The day `"MM-DD"` in `year`. "02-29" in a common year is 28 February, as lag (1930:173) 1 §
 * reads a day the month lacks; the schema refuses every other day a month never has ("04-31").
 */
export function withMonthDay(year: number, monthDay: string): IsoDate {
  const match = MONTH_DAY.exec(monthDay);
  const [month, day] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || !Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    throw new RangeError(`not a "MM-DD" day: ${monthDay}`);
  }
  return format(year, month, Math.min(day, daysInMonth(year, month)));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekdayOf(date: IsoDate): number {
  // Day 0, 1970-01-01, was a Thursday.
  return floorMod(dayNumber(...parse(date)) + 3, 7) + 1;
}

/** Four-digit ISO dates sort as text, so comparing them needs no parsing. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

/** Whether a period of inclusive dates has a day in the calendar year. */
export function touchesYear(from: IsoDate, to: IsoDate, year: number): boolean {
  return from <= format(year, 12, 31) && to >= format(year, 1, 1);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(date: IsoDate): [number, number, number] {
  const parts = dateParts(date);
  if (parts === undefined) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return parts;
}

function floorMod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * Days since 1970-01-01 of a day, and back: Howard Hinnant's days_from_civil and civil_from_days,
 * in 400-year eras of 146 097 days (https://howardhinnant.github.io/date_algorithms.html).
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1);
}

/**
 * `YYYY-MM-DD`. A year outside 0–9999 has no such form (luxon writes "+010000-06-01", which
 * sorts before "9999"): reaching one is a bug, since the schema keeps dates to the format's years.
 */
export function format(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} is outside the calendar's four-digit years`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

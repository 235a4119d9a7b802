import type { IsoDate } from '../model/documents.js';

/**
 * Calendar arithmetic for derived dates. Europe/Stockholm decides which calendar day "now" is
 * (format.md: dates are on the calendar of Europe/Stockholm); once we have a day, it has no time
 * of day, so the arithmetic counts whole days in the proleptic Gregorian calendar: a Stockholm
 * midnight would make the days around a daylight-saving change 23 or 25 hours long and could shift
 * a date by one.
 *
 * Plain integer arithmetic rather than luxon, which these functions used before: a national
 * repository asks for hundreds of thousands of dates, and luxon made an object of each and cost
 * its load time on every run. The results are the same, down to the month-end clamping and the
 * `+`/`-` six-digit years outside 0–9999.
 */

const ZONE = 'Europe/Stockholm';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

let stockholmCalendar: Intl.DateTimeFormat | undefined;

/** Today's date in Sweden at the instant `now`: the CLI passes `new Date()`, tests a fixed instant. */
export function todayInStockholm(now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) return '';
  // The zone's rules come from the ICU data of Intl, as luxon's time zones do.
  stockholmCalendar ??= new Intl.DateTimeFormat('en-US', { timeZone: ZONE, era: 'short', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = stockholmCalendar.formatToParts(now);
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(field('year'));
  // Intl counts years before year 1 as 1 BC, 2 BC…; ISO has a year 0.
  return format(field('era') === 'BC' ? 1 - year : year, Number(field('month')), Number(field('day')));
}

/** `YYYY-MM-DD` naming a day that exists (no 2023-02-29, no 2023-13-01). */
export function isValidIsoDate(s: string): boolean {
  return dateParts(s) !== undefined;
}

/** The same day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = parse(date);
  return format(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/** The same day `months` later (or earlier, when negative), clamped to the month's last day: 08-31 − 6 months = 02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(...parse(date)) + days);
}

/** Calendar days from `a` to `b`: 0 for the same day, negative when `b` is before `a`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(...parse(b)) - dayNumber(...parse(a));
}

/**
 * The day `"MM-DD"` in `year`. A day past the end of that month (29 February in a common year, or
 * "04-31", which the schema's pattern lets through) becomes the month's last day, the same choice
 * format.md makes for anniversaries on 29 February.
 */
export function withMonthDay(year: number, monthDay: string): IsoDate {
  const match = MONTH_DAY.exec(monthDay);
  const month = Number(match?.[1]);
  if (!match || !Number.isInteger(year) || month < 1 || month > 12) throw new Error(`not a "MM-DD" day: ${monthDay}`);
  // Day 00 passes the pattern here; like luxon, it counts back to the previous month's last day.
  return fromDayNumber(dayNumber(year, month, 1) + Math.min(Number(match[2]), daysInMonth(year, month)) - 1);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekdayOf(date: IsoDate): number {
  // Day 0, 1970-01-01, was a Thursday.
  return floorMod(dayNumber(...parse(date)) + 3, 7) + 1;
}

/** ISO dates sort as text, so comparing them needs no parsing. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parse(date: IsoDate): [number, number, number] {
  const parts = dateParts(date);
  if (parts === undefined) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return parts;
}

function dateParts(s: string): [number, number, number] | undefined {
  const match = ISO_DATE.exec(s);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function floorMod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * Days since 1970-01-01 of a day (a day past the month's end runs on into the next), and back:
 * Howard Hinnant's days_from_civil and civil_from_days, in 400-year eras of 146 097 days
 * (https://howardhinnant.github.io/date_algorithms.html).
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

/** As luxon writes ISO dates: four digits, or a sign and six digits outside the years 0–9999. */
function format(year: number, month: number, day: number): IsoDate {
  const long = year < 0 || year > 9999;
  const digits = String(Math.abs(year)).padStart(long ? 6 : 4, '0');
  const sign = year < 0 ? '-' : long ? '+' : '';
  return `${sign}${digits}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

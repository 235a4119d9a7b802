import type { IsoDate } from '../../model/documents.js';
import { addDays, format, weekdayOf } from './dates.js';

/**
 * Swedish days off for the working-day rule of format.md ("Deadlines").
 *
 * - The public holidays of lag (1989:253) om allmänna helgdagar, as the law stood in each year:
 *   since 2005 (SFS 2004:1320) nationaldagen is a holiday and annandag pingst is not; before
 *   2005 it was the other way round.
 * - The days that lag (1930:173) om beräkning av lagstadgad tid treats like holidays:
 *   midsommarafton, julafton and nyårsafton. (It treats Saturday so too; working-days.ts adds the
 *   weekend.)
 *
 * Decision: our own small calculator rather than date-holidays at run time. date-holidays loads
 * the rules of every country when it starts, which a CLI run pays for each time, and its data is
 * under CC BY-SA / CC-BY-3.0, which the package would have to carry and attribute; the rules below
 * fit in a screen. holidays.test.ts checks every day 2000–2100 against date-holidays (a dev
 * dependency only), so the two cannot drift apart unnoticed.
 */

export type HolidayKind =
  /** An allmän helgdag under lag (1989:253). */
  | 'public'
  /** Midsommarafton, julafton, nyårsafton: not holidays, but time limits treat them as such. */
  | 'eve';

export interface Holiday {
  date: IsoDate;
  /** The Swedish name, as the laws write it. */
  name: string;
  kind: HolidayKind;
}

/** The year's holidays and eves in date order. */
export function holidaysOfYear(year: number): Holiday[] {
  return computeHolidays(year);
}

/** The year of the 2005 change of lag (1989:253): nationaldagen in, annandag pingst out. */
const NATIONAL_DAY_FROM = 2005;

function computeHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => format(year, month, day);
  const midsommardagen = saturdayFrom(on(6, 20));
  const holidays: Holiday[] = [
    { date: on(1, 1), name: 'nyårsdagen', kind: 'public' },
    { date: on(1, 6), name: 'trettondedag jul', kind: 'public' },
    { date: addDays(easter, -2), name: 'långfredagen', kind: 'public' },
    { date: easter, name: 'påskdagen', kind: 'public' },
    { date: addDays(easter, 1), name: 'annandag påsk', kind: 'public' },
    { date: on(5, 1), name: 'första maj', kind: 'public' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', kind: 'public' },
    { date: addDays(easter, 49), name: 'pingstdagen', kind: 'public' },
    year >= NATIONAL_DAY_FROM
      ? { date: on(6, 6), name: 'Sveriges nationaldag', kind: 'public' }
      : { date: addDays(easter, 50), name: 'annandag pingst', kind: 'public' },
    { date: addDays(midsommardagen, -1), name: 'midsommarafton', kind: 'eve' },
    { date: midsommardagen, name: 'midsommardagen', kind: 'public' },
    { date: saturdayFrom(on(10, 31)), name: 'alla helgons dag', kind: 'public' },
    { date: on(12, 24), name: 'julafton', kind: 'eve' },
    { date: on(12, 25), name: 'juldagen', kind: 'public' },
    { date: on(12, 26), name: 'annandag jul', kind: 'public' },
    { date: on(12, 31), name: 'nyårsafton', kind: 'eve' },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The Saturday among the seven days starting at `date` (midsommardagen, alla helgons dag). */
function saturdayFrom(date: IsoDate): IsoDate {
  return addDays(date, (6 - weekdayOf(date) + 7) % 7);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return format(year, month, day);
}


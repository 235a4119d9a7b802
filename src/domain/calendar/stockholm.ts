import { DateTime } from 'luxon';
import type { IsoDate } from '../../model/documents.js';
import { FIRST_YEAR, LAST_YEAR } from './dates.js';

/**
 * Where the calendar meets the world: which day it is in Sweden, and a date a user typed. luxon
 * knows the zone's rules (from the ICU data of Intl) and the month names; only the commands that
 * derive dates load this module.
 */

const ZONE = 'Europe/Stockholm';

/**
 * Today's date in Sweden at the instant `now`: at 00:30 on 1 July in Stockholm it is still 30 June
 * in UTC. The CLI passes `new Date()`, tests a fixed instant.
 */
export function todayInStockholm(now: Date): IsoDate {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate();
  if (today === null) throw new RangeError(`not an instant: ${String(now)}`);
  return today;
}

/** Why a typed date is not one: its form, a day its month lacks, or a year outside the format's. */
export type DateArgumentProblem =
  | { kind: 'form' }
  | { kind: 'no-such-day'; monthName: string; year: number; days: number }
  | { kind: 'out-of-range'; first: number; last: number };

/**
 * A date given on the command line (`--as-of`), strictly `YYYY-MM-DD`: luxon's ISO parser would
 * also take "2025-06" or "2025-W23-1", which a coordinator does not mean. For a day its month
 * lacks, luxon names the month in the language of the message (2025-02-29: "februari 2025 har 28
 * dagar").
 */
export function parseDateArgument(text: string, locale: 'sv' | 'en'): { date: IsoDate } | { problem: DateArgumentProblem } {
  const parsed = DateTime.fromFormat(text, 'yyyy-MM-dd', { zone: 'utc', locale });
  if (parsed.isValid && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return parsed.year < FIRST_YEAR || parsed.year > LAST_YEAR ? { problem: { kind: 'out-of-range', first: FIRST_YEAR, last: LAST_YEAR } } : { date: text };
  }
  const form = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/.exec(text);
  if (form === null) return { problem: { kind: 'form' } };
  const month = DateTime.fromObject({ year: Number(form[1]), month: Number(form[2]) }, { zone: 'utc', locale });
  return { problem: { kind: 'no-such-day', monthName: month.toFormat('LLLL'), year: month.year, days: month.daysInMonth ?? 31 } };
}

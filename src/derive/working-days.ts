import type { IsoDate } from '../model/documents.js';
import { addDays, weekdayOf } from './dates.js';
import { isSwedishHoliday } from './holidays.js';

/**
 * The rule of lag (1930:173) om beräkning av lagstadgad tid that format.md applies to deadlines:
 * a time limit that ends on a Saturday, Sunday, public holiday, midsommarafton, julafton or
 * nyårsafton ends on the next working day instead.
 */

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isSwedishHoliday(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = moved.get(date);
  if (day === undefined) {
    day = date;
    // Days off come at most four in a row (Easter; julafton on a Thursday), so this ends quickly.
    while (!isWorkingDay(day)) day = addDays(day, 1);
    moved.set(date, day);
  }
  return day;
}

// Deadlines cluster on a few dates (every agreement's follow-up is due on 31 March by default), so
// a national repository asks for the same day thousands of times.
const moved = new Map<IsoDate, IsoDate>();

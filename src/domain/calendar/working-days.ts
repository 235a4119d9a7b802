import type { IsoDate } from '../../model/documents.js';
import { addDays, weekdayOf, yearOf } from './dates.js';
import { holidaysOfYear } from './holidays.js';

/**
 * The rule of lag (1930:173) om beräkning av lagstadgad tid that format.md applies to deadlines:
 * a time limit that ends on a Saturday, Sunday, public holiday, midsommarafton, julafton or
 * nyårsafton ends on the next working day instead.
 */
export interface WorkingDays {
  isWorkingDay(date: IsoDate): boolean;
  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: IsoDate): IsoDate;
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * A working-day calendar for one run. Deadlines cluster on a few dates (every agreement's
 * follow-up is due on 31 March by default), so a national repository asks for the same day
 * thousands of times: each year's days off and each moved date are worked out once per run.
 */
export function workingDays(): WorkingDays {
  const daysOff = new Map<number, ReadonlySet<IsoDate>>();
  const moved = new Map<IsoDate, IsoDate>();
  const isHoliday = (date: IsoDate): boolean => {
    const year = yearOf(date);
    let days = daysOff.get(year);
    if (days === undefined) {
      days = new Set(holidaysOfYear(year).map((h) => h.date));
      daysOff.set(year, days);
    }
    return days.has(date);
  };
  const isWorkingDay = (date: IsoDate): boolean => !isWeekend(date) && !isHoliday(date);
  return {
    isWorkingDay,
    nextWorkingDay(date) {
      let day = moved.get(date);
      if (day === undefined) {
        day = date;
        // Days off come at most four in a row (Easter; julafton on a Thursday), so this ends quickly.
        while (!isWorkingDay(day)) day = addDays(day, 1);
        moved.set(date, day);
      }
      return day;
    },
  };
}

import { dateParts, daysInMonth, format } from './dates.js';
import type { IsoDate } from '../../model/documents.js';

/**
 * Months and years added to a date, as lag (1930:173) 1 § reads them: where the day does not
 * exist in the target month, the last day of that month is meant (31 August − 6 months = 28 or 29
 * February; 29 February + 2 years = 28 February). That is what luxon's `plus` does, and
 * months.test.ts holds this to it on every kind of date; but a national repository asks it
 * thousands of times (anniversaries, renewal starts, the law's two-year duties, the four-year
 * limit), and a luxon object each, with Intl set up for the first, cost `status` and `deadlines`
 * a tenth of their time and `validate` its time zone data: so the months are counted here.
 */

export function addMonths(date: IsoDate, months: number): IsoDate {
  return plus(date, { months });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return plus(date, { years });
}

function plus(date: IsoDate, duration: { months: number } | { years: number }): IsoDate {
  const parts = dateParts(date);
  const months = 'months' in duration ? duration.months : duration.years * 12;
  if (parts === undefined) throw new RangeError(`cannot add ${JSON.stringify(duration)} to ${date}`);
  const index = parts[0] * 12 + parts[1] - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) throw new RangeError(`cannot add ${JSON.stringify(duration)} to ${date}`);
  return format(year, month, Math.min(parts[2], daysInMonth(year, month)));
}

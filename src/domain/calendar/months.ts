import { DateTime } from 'luxon';
import type { IsoDate } from '../../model/documents.js';

/**
 * Months and years added to a date, as lag (1930:173) 1 § reads them: where the day does not
 * exist in the target month, the last day of that month is meant (31 August − 6 months = 28 or 29
 * February; 29 February + 2 years = 28 February). luxon's `plus` does exactly that, so this is
 * luxon's arithmetic rather than ours; it is asked a few times per agreement (renewal start,
 * anniversaries, the law's two-year duties, the four-year limit), never in a hot loop.
 *
 * UTC is only the calendar here: a date has no time of day, and in Europe/Stockholm a
 * daylight-saving change could not move a midnight to another day anyway, but UTC makes it plain.
 */

export function addMonths(date: IsoDate, months: number): IsoDate {
  return plus(date, { months });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return plus(date, { years });
}

function plus(date: IsoDate, duration: { months: number } | { years: number }): IsoDate {
  const start = DateTime.fromISO(date, { zone: 'utc' });
  const result = start.isValid ? start.plus(duration).toISODate() : null;
  // A result past year 9999 comes back as "+010000-…", which sorts before "9999": refuse it.
  if (result === null || !/^\d{4}-\d{2}-\d{2}$/.test(result)) throw new RangeError(`cannot add ${JSON.stringify(duration)} to ${date}`);
  return result;
}

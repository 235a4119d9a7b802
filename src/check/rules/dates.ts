import type { IsoDate } from '../../model/documents.js';

/**
 * Calendar arithmetic on ISO dates. Dates have no time of day, so UTC is used only as a calendar
 * and never meets the clock or a time zone.
 */

/** The same day `years` later; 29 February becomes 28 February in a common year, as format.md says. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = parts(date);
  const target = year + years;
  return format(target, month, month === 2 && day === 29 && !isLeapYear(target) ? 28 : day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const moved = new Date(0);
  moved.setUTCFullYear(year, month - 1, day + days);
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Rules see dates that passed the schema's `format: date`, so the fields are where ISO puts them. */
function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

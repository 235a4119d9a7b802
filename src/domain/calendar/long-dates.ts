import { DateTime } from 'luxon';
import type { IsoDate } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';

/**
 * Dates in words for the outputs people read: "31 mars 2025", "31 March 2025" (en-GB puts the day
 * first, as Swedish does). luxon formats through Intl; the date is read in UTC, where no
 * daylight-saving change can move it to a neighbouring day.
 */

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const WORDS = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** Throws RangeError on anything that is not a real `YYYY-MM-DD`: outputs hold checked dates only. */
export function formatLongDate(iso: IsoDate, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? DateTime.fromISO(iso, { zone: 'utc', locale: LOCALES[lang] }) : undefined;
  if (date === undefined || !date.isValid) throw new RangeError(`not a date: ${JSON.stringify(iso)}`);
  return date.toLocaleString(WORDS);
}

/**
 * {@link formatLongDate} for one run of one output: a national report writes the same few dates
 * thousands of times, so each is formatted once, and forgotten with the run.
 */
export function longDates(lang: Lang): (iso: IsoDate) => string {
  const known = new Map<IsoDate, string>();
  return (iso) => {
    let text = known.get(iso);
    if (text === undefined) {
      text = formatLongDate(iso, lang);
      known.set(iso, text);
    }
    return text;
  };
}

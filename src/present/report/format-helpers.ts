/**
 * Formatting for the report: dates and numbers in the output language, and escaping of user text
 * for Markdown. Pure functions; the template helpers in render.ts call them.
 */
import { isValidIsoDate } from '../../derive/dates.js';
import type { IsoDate } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';

/** Locales of the output languages: en-GB writes "31 March 2025", day before month as in Swedish. */
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** Formatted dates by language and date: a national report writes the same few dates thousands of times. */
const formattedDates = new Map<Lang, Map<IsoDate, string>>();

/**
 * "31 mars 2025" / "31 March 2025". The date is a calendar day without a time (format.md), so it
 * is read and written in UTC, where no daylight-saving change can move it to a neighbouring day.
 * Throws on anything that is not a real `YYYY-MM-DD`: the view model only holds checked dates.
 */
export function formatDate(iso: IsoDate, lang: Lang): string {
  let known = formattedDates.get(lang);
  if (known === undefined) {
    known = new Map();
    formattedDates.set(lang, known);
  }
  let text = known.get(iso);
  if (text === undefined) {
    text = formatNewDate(iso, lang);
    known.set(iso, text);
  }
  return text;
}

function formatNewDate(iso: IsoDate, lang: Lang): string {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a date: ${JSON.stringify(iso)}`);
  let format = dateFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return format.format(date);
}

/** "1 juli 2023 – 31 december 2026": an en dash with spaces, as Swedish typography writes ranges of dates. */
export function formatDateRange(from: IsoDate, to: IsoDate, lang: Lang): string {
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/**
 * "24,1" and "1 480" in Swedish, "24.1" and "1,480" in English. Intl puts a NO-BREAK SPACE
 * (U+00A0) between the digit groups in Swedish, and we keep it: Språkrådet recommends a space that
 * does not break, so "1 480" never splits over two lines in the HTML or the PDF, and Markdown
 * renders it as a space. Swedish also writes a minus as U+2212 ("−5"). Up to three decimals are
 * kept, since indicator values are written by hand with the precision their source gives.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

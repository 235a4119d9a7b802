/**
 * Formatting for the report: dates and numbers in the output language. Pure functions; the view
 * builders use one {@link ReportFormat} per report, the template helpers the plain functions.
 */
import { formatLongDate, longDates } from '../../domain/calendar/long-dates.js';
import type { IsoDate } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';

/** Locales of the output languages: en-GB writes "1,480" and "24.1". */
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The formats of one report, remembering what they wrote for as long as the report lives. */
export interface ReportFormat {
  /** "31 mars 2025" / "31 March 2025"; throws RangeError on anything but a real `YYYY-MM-DD`. */
  date(iso: IsoDate): string;
  dateRange(from: IsoDate, to: IsoDate): string;
  number(value: number): string;
}

export function reportFormat(lang: Lang): ReportFormat {
  const date = longDates(lang);
  const numbers = numberFormat(lang);
  return {
    date,
    dateRange: (from, to) => `${date(from)} – ${date(to)}`,
    number: (value) => formatWith(numbers, value),
  };
}

export function formatDate(iso: IsoDate, lang: Lang): string {
  return formatLongDate(iso, lang);
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
  return formatWith(numberFormat(lang), value);
}

function numberFormat(lang: Lang): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 });
}

function formatWith(format: Intl.NumberFormat, value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return format.format(value);
}

import type { Overview } from '../../derive/overview.js';
import type { Lang } from '../../model/lang.js';
import type { Paint } from '../formatters/formatter.js';

export interface OverviewFormatOptions {
  lang: Lang;
  paint: Paint;
  version: string;
}

/** One output format of `samverkan overview`: a pure function from the rows to text. */
export type OverviewFormatter = (overview: Overview, options: OverviewFormatOptions) => string;

/** The formats of `overview`, each loaded only when chosen. */
export const OVERVIEW_FORMATS = {
  pretty: async () => (await import('./overview-text.js')).overviewPretty,
  json: async () => (await import('./overview-json.js')).overviewJson,
  markdown: async () => (await import('./overview-text.js')).overviewMarkdown,
  html: async () => (await import('./overview-html.js')).overviewHtml,
  csv: async () => (await import('./overview-csv.js')).overviewCsv,
} satisfies Record<string, () => Promise<OverviewFormatter>>;

export type OverviewFormatName = keyof typeof OVERVIEW_FORMATS;

/** The names, for --help and commander's choices, without loading a formatter. */
export const OVERVIEW_FORMAT_NAMES = Object.keys(OVERVIEW_FORMATS) as OverviewFormatName[];

import type { Formatter } from './formatter.js';

/** Every output format of `validate`, each loaded only when chosen. */
const FORMATTERS = {
  pretty: async () => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return FORMATTERS[name]();
}

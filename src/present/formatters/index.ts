import type { Formatter } from './formatter.js';

/** Every output format of `validate`, each loaded only when chosen. */
const FORMATTERS = {
  pretty: async () => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  markdown: async () => (await import('./markdown.js')).markdown,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && Object.hasOwn(FORMATTERS, value);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return FORMATTERS[name]();
}

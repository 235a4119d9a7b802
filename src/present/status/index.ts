import type { StatusFormatter } from './status-view.js';

/** The formats of `status` and `deadlines`, each loaded only when chosen. */
export const STATUS_FORMATS = {
  pretty: async () => (await import('./status-formats.js')).statusPretty,
  json: async () => (await import('./status-formats.js')).statusJson,
  markdown: async () => (await import('./status-formats.js')).statusMarkdown,
} satisfies Record<string, () => Promise<StatusFormatter>>;

export const DEADLINE_FORMATS = {
  pretty: async () => (await import('./deadline-formats.js')).deadlinesPretty,
  json: async () => (await import('./deadline-formats.js')).deadlinesJson,
  markdown: async () => (await import('./deadline-formats.js')).deadlinesMarkdown,
  ics: async () => (await import('./deadline-formats.js')).deadlinesIcs,
} satisfies Record<string, () => Promise<StatusFormatter>>;

export type StatusFormatName = keyof typeof STATUS_FORMATS;
export type DeadlineFormatName = keyof typeof DEADLINE_FORMATS;

import type { Diagnostic, Position, Severity } from './diagnostic.js';
import { localize, type Lang, type Localized, type MessageData } from './lang.js';
import { shorten, visible } from './visible-text.js';

/** A message and how to fix it, in every language. */
export interface MessageSpec {
  message: Localized;
  hint?: Localized;
}

export type MessageTable<M extends string> = Record<M, MessageSpec>;

export interface DiagnosticInit {
  rule: string;
  messageId: string;
  spec: MessageSpec;
  data?: MessageData;
  severity?: Severity;
  file: string;
  start: Position;
  end?: Position;
  pointer?: string;
}

/** Renders a message table entry into a diagnostic in the chosen language. */
export function createDiagnostic(init: DiagnosticInit, lang: Lang): Diagnostic {
  const data = init.data && oneLine(init.data);
  const diagnostic: Diagnostic = {
    rule: init.rule,
    messageId: init.messageId,
    severity: init.severity ?? 'error',
    message: localize(init.spec.message, lang, data),
    file: init.file,
    start: init.start,
    end: init.end ?? init.start,
    pointer: init.pointer ?? '',
  };
  if (init.spec.hint) diagnostic.hint = localize(init.spec.hint, lang, data);
  return diagnostic;
}

/**
 * A message is one line of the user's data shown safely: each string (a value, a key, a file
 * name) is shortened and its control characters escaped; lists of our own names stay whole.
 */
function oneLine(data: MessageData): MessageData {
  const result: MessageData = {};
  for (const [key, value] of Object.entries(data)) {
    result[key] = typeof value === 'string' ? visible(shorten(value)) : Array.isArray(value) ? value.map((v: string) => visible(v)) : value;
  }
  return result;
}

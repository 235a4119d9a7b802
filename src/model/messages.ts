import type { Diagnostic, Position, Severity } from './diagnostic.js';
import { localize, type Lang, type Localized, type MessageData } from './lang.js';

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

/** A message is one line: line breaks and other control characters in values are shown escaped. */
function oneLine(data: MessageData): MessageData {
  const result: MessageData = {};
  for (const [key, value] of Object.entries(data)) {
    result[key] =
      typeof value === 'string'
        ? value.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))
        : value;
  }
  return result;
}

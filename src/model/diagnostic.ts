/** How serious a finding is. Errors fail `validate` (exit 1); warnings do not. */
export type Severity = 'error' | 'warning';

/** A 1-based position; `column` counts UTF-16 code units, as JavaScript strings do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One finding, whatever found it: the file reader, the YAML parser, a schema or a domain rule.
 * Positions are 1-based; `end` is exclusive, like yaml's node ranges.
 */
export interface Diagnostic {
  /** Stable id: `file/…`, `yaml/…`, `schema/<keyword>` or a domain rule's own id. */
  rule: string;
  /** Key into the reporting rule's message table; tests assert it instead of prose. */
  messageId: string;
  severity: Severity;
  /** What is wrong, one line, in the chosen language. */
  message: string;
  /** How to fix it, one sentence, in the chosen language. */
  hint?: string;
  /** Path relative to the repository root, with `/`. */
  file: string;
  start: Position;
  end: Position;
  /** RFC 6901 pointer into the document; `''` is the whole document or file. */
  pointer: string;
  /** Set when the finding is accepted: it is listed by json and sarif, but does not count. */
  suppressed?: Suppression;
}

/**
 * Why a finding is accepted: a `# samverkan-disable-…` comment with its reason, or an entry of
 * the baseline file given with `--baseline`.
 */
export type Suppression = { kind: 'comment'; reason: string } | { kind: 'baseline'; file: string };

/** The message and the hint as one line, as the JSON output and CI annotations carry it. */
export function fullMessage(d: Pick<Diagnostic, 'message' | 'hint'>): string {
  if (!d.hint) return d.message;
  return /[.?!]$/.test(d.message) ? `${d.message} ${d.hint}` : `${d.message}. ${d.hint}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit order, so sorting does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

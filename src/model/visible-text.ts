/**
 * Text from a repository (a file name, a value, a comment in a code frame) on its way to a
 * terminal, a CI log or a Markdown page: control characters shown as escapes, long values
 * shortened. Every message and every formatter goes through these two, so a file name with ESC in
 * it cannot recolour or rewrite a terminal, and a 1 MB id does not become a 1 MB line.
 */

/** C0 controls, DEL and C1 controls: what a terminal may act on instead of showing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** JSON's short escapes where it has them, `\u001b` for the rest, as the JSON output shows them. */
const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * `text` with every control character written as a visible escape (`\u001b`, `\n`). With
 * `keepLines`, tabs and line breaks stay: for whole documents (a report), not single lines.
 */
export function visible(text: string, keepLines = false): string {
  return text.replace(keepLines ? CONTROL_BUT_LINES : CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Longest value a message quotes whole; longer ones keep their start and end. Default of {@link shorten}. */
export const QUOTE_MAX = 80;

/**
 * `text` cut to at most `max` characters around an ellipsis, keeping the start (which usually
 * tells what it is) and the end (which tells where it differs), never splitting a surrogate pair.
 */
export function shorten(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  let head = Math.ceil((keep * 2) / 3);
  let tail = keep - head;
  if (isHighSurrogate(text.charCodeAt(head - 1))) head -= 1;
  if (isLowSurrogate(text.charCodeAt(text.length - tail))) tail -= 1;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

/** A user's value as a message quotes it: in double quotes, shortened, control characters escaped. */
export function quote(value: string): string {
  return `"${visible(shorten(value))}"`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

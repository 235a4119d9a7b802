/**
 * How ICS writes text (RFC 5545): escaped TEXT values, quoted parameter values, and content lines
 * folded at 75 octets of UTF-8. formatIcs (ics.ts) builds the calendar from them.
 */

export const CRLF = '\r\n';
/** What escapeText changes: a break, a control character, a backslash, a semicolon or a comma. */
const NEEDS_ESCAPE = /[\u0000-\u001F\u007F\\;,]/;
/** RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
const MAX_LINE_OCTETS = 75;

/** A parameter value (RFC 5545 3.2): quoted, since a name may hold `:`, `;` or `,`; `"` cannot be quoted and goes. */
export function quoteParameter(value: string): string {
  return `"${value.replace(/[\u0000-\u001F\u007F"]/g, '')}"`;
}

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes `\n`.
 * Other control characters are not allowed in TEXT at all and are dropped (a tab is allowed).
 * The colon needs no escape.
 */
export function escapeText(value: string): string {
  // Most titles have nothing to escape; three replacements each would copy them three times.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1), the
 * break always falling between two code points so that no multi-byte character is split. Each
 * continuation line starts with one space, which counts towards its 75 octets and which parsers
 * remove when they unfold.
 */
export function foldLine(line: string): string {
  if (fits(line)) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) as number;
    const size = utf8Octets(codePoint);
    if (octets + size > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(from));
  return parts.join(`${CRLF} `);
}

/**
 * Whether a line is at most 75 octets, counted from above (3 for every unit of a surrogate pair,
 * not 2): nearly every line is, and needs no folding.
 */
function fits(line: string): boolean {
  if (line.length > MAX_LINE_OCTETS) return false;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    octets += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return octets <= MAX_LINE_OCTETS;
}

/** Octets of one code point in UTF-8; a lone surrogate is encoded as U+FFFD, also 3 octets. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

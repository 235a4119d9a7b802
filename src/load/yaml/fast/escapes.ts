import { giveUp } from './give-up.js';

/**
 * The escapes of a double-quoted scalar (YAML 1.2 §5.7), exactly those yaml's resolver knows
 * (escapeCodes in yaml's src/compose/resolve-flow-scalar.ts); `\t` is absent because a tab never
 * reaches the fast path.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The text of a double-quoted scalar's content (already folded over its lines, so no escaped line
 * break is left in it) with its escapes decoded. An escape yaml would report gives up instead.
 */
export function unescapeDouble(raw: string): string {
  let backslash = raw.indexOf('\\');
  if (backslash === -1) return raw;
  // Joined once: one flat string, not a tree of pieces that lives as long as its document.
  const text: string[] = [];
  let from = 0;
  for (; backslash !== -1; backslash = raw.indexOf('\\', from)) {
    text.push(raw.slice(from, backslash));
    const code = raw[backslash + 1] ?? giveUp('escape');
    const length = HEX_LENGTH[code];
    if (length === undefined) {
      text.push(ESCAPES[code] ?? giveUp('escape'));
      from = backslash + 2;
      continue;
    }
    const hex = raw.slice(backslash + 2, backslash + 2 + length);
    const point = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : -1;
    if (point < 0 || point > 0x10ffff) giveUp('escape');
    text.push(String.fromCodePoint(point));
    from = backslash + 2 + length;
  }
  text.push(raw.slice(from));
  return text.join('');
}

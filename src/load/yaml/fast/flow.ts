import { resolveCoreScalar } from '../core-scalar.js';
import { unescapeDouble } from './escapes.js';
import { giveUp } from './give-up.js';
import { INDICATORS, shared, skipSpaces, trimSpaces, type Lines } from './lines.js';
import { closingQuote, type Scalar } from './scalars.js';

/** A flow sequence and where each of its items starts and ends (offsets into the text). */
export interface FlowSequence extends Scalar<unknown[]> {
  items: [number, number][];
}

/**
 * A flow sequence written on one line, of plain and quoted scalars, as lists of ids are written:
 * `[a, b]`, `[ 'a', "b" ]`, `[]`. Anything else in a flow collection (another collection, a
 * `key: value` pair, a comment inside, an empty or trailing entry, a line break) is left to the
 * exact parser, as is a plain scalar with a `:` in it (`a:b` may be a key in flow context).
 */
export function flowSequence(lines: Lines, i: number, at: number): FlowSequence {
  const line = lines.text[i] as string;
  const value: unknown[] = [];
  const items: [number, number][] = [];
  let k = skipSpaces(line, at + 1);
  if (line.charCodeAt(k) !== 93) {
    for (;;) {
      const start = k;
      const c = line.charCodeAt(k);
      if (c === 34 || c === 39) {
        const close = closingQuote(line, k + 1, c);
        if (close === -1) giveUp('flow-sequence');
        const raw = line.slice(k + 1, close);
        value.push(shared(c === 39 ? raw.replaceAll("''", "'") : unescapeDouble(raw)));
        items.push([lines.at(i, start), lines.at(i, close + 1)]);
        k = skipSpaces(line, close + 1);
      } else {
        const end = plainEnd(line, k);
        const text = shared(trimSpaces(line.slice(k, end)));
        value.push(resolveCoreScalar(text));
        items.push([lines.at(i, start), lines.at(i, start + text.length)]);
        k = end;
      }
      const separator = line.charCodeAt(k);
      if (separator === 93) break;
      if (separator !== 44) giveUp('flow-sequence');
      k = skipSpaces(line, k + 1);
    }
  }
  const rest = line.slice(k + 1);
  if (rest !== '' && !/^ +(?:#.*)?$/.test(rest)) giveUp('flow-sequence');
  return { value, next: i + 1, end: lines.at(i, k + 1), items };
}

/** Where a plain scalar in a flow sequence that starts at `at` ends: at its `,` or `]`. */
function plainEnd(line: string, at: number): number {
  const first = line[at];
  // `-1` and `-x` are text; `- x`, `-` and every other indicator start something else.
  if (first === undefined || (INDICATORS.has(first) && !(first === '-' && /[0-9A-Za-z.]/.test(line[at + 1] ?? '')))) {
    giveUp('flow-sequence');
  }
  for (let k = at; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 44 || c === 93) return k;
    // [ { } start or end a collection, `:` may make a pair, ` #` starts a comment.
    if (c === 91 || c === 123 || c === 125 || c === 58 || (c === 35 && line.charCodeAt(k - 1) === 32)) giveUp('flow-sequence');
  }
  return giveUp('flow-sequence');
}

import { resolveCoreScalar } from '../core-scalar.js';
import { giveUp, type GiveUpReason } from './give-up.js';
import { INDICATORS, codeAt, keyEnd, shared, skipSpaces, trimSpaces, type Lines } from './lines.js';
import { closingQuote, endOfValue, ended, unquote } from './scalars.js';

/** Where each entry of a flow collection is (offsets into the text): an item's value, or a pair's key start with its value. */
export type FlowEntries = { key: number; start: number; end: number }[];

/** Plain keys the core schema reads as something else than text, and keys refused as data. */
const ODD_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__', 'constructor', 'prototype']);

/**
 * A flow collection written on one line (its end in scalarEnd, its entries, in the order their
 * nodes come, pushed onto `entries`), of plain and quoted scalars, as lists of ids and short
 * records are written: `[a, b]`, `[ 'a', "b" ]`, `[]`, `{ indicator: ind-vald, year: 2023 }`. A
 * mapping's keys are plain names, as in block mappings. Anything else (a collection inside, a
 * comment inside, an empty or trailing entry, a line break, a pair in a list, a key without a
 * value) is left to the exact parser, as is a plain scalar with a `:` in it (a key in flow context).
 */
export function flowCollection(lines: Lines, i: number, at: number, entries: FlowEntries): unknown[] | Record<string, unknown> {
  const line = lines.text[i] as string;
  const mapping = line.charCodeAt(at) === 123;
  const reason: GiveUpReason = mapping ? 'flow-mapping' : 'flow-sequence';
  const close = mapping ? 125 : 93;
  const list: unknown[] = [];
  const record: Record<string, unknown> = {};
  let k = skipSpaces(line, at + 1);
  if (codeAt(line, k) !== close) {
    for (;;) {
      let key = -1;
      let name = '';
      if (mapping) {
        const colon = keyEnd(line, k);
        name = colon === -1 ? '' : line.slice(k, colon);
        if (colon === -1 || ODD_KEYS.has(name) || Object.hasOwn(record, name) || name.length > 200) giveUp(reason);
        key = lines.at(i, k);
        k = skipSpaces(line, colon + 1);
      }
      const start = k;
      let value: unknown;
      const c = codeAt(line, k);
      if (c === 34 || c === 39) {
        const quote = closingQuote(line, k + 1, c);
        if (quote === -1) giveUp(reason);
        value = unquote(line.slice(k + 1, quote), c);
        entries.push({ key, start: lines.at(i, start), end: lines.at(i, quote + 1) });
        k = skipSpaces(line, quote + 1);
      } else {
        const end = plainEnd(line, k, close, reason);
        const text = shared(trimSpaces(line.slice(k, end)));
        value = resolveCoreScalar(text);
        entries.push({ key, start: lines.at(i, start), end: lines.at(i, start + text.length) });
        k = end;
      }
      if (mapping) record[name] = value;
      else list.push(value);
      const separator = codeAt(line, k);
      if (separator === close) break;
      if (separator !== 44) giveUp(reason);
      k = skipSpaces(line, k + 1);
    }
  }
  endOfValue(line, k + 1, reason);
  return ended(mapping ? record : list.slice(), i + 1, lines.at(i, k + 1));
}

/** Where a plain scalar in a flow collection that starts at `at` ends: at its `,` or closing bracket. */
function plainEnd(line: string, at: number, close: number, reason: GiveUpReason): number {
  const first = line[at];
  // `-1` and `-x` are text; `- x`, `-` and every other indicator start something else.
  if (first === undefined || (INDICATORS.has(first) && !(first === '-' && /[0-9A-Za-z.]/.test(line[at + 1] ?? '')))) {
    giveUp(reason);
  }
  for (let k = at; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 44 || c === close) return k;
    // [ ] { } start or end a collection, `:` may make a pair, ` #` starts a comment.
    if (c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || (c === 35 && line.charCodeAt(k - 1) === 32)) giveUp(reason);
  }
  return giveUp(reason);
}

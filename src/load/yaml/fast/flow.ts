import { resolveCoreScalar } from '../core-scalar.js';
import { giveUp, type GiveUpReason } from './give-up.js';
import { codeAt, isEnd, isIndicator, keyEnd, shared, skipSpaces, trimmedEnd, type Lines } from './lines.js';
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
  const { source } = lines;
  const lineEnd = lines.endOf(i);
  const mapping = source.charCodeAt(at) === 123;
  const reason: GiveUpReason = mapping ? 'flow-mapping' : 'flow-sequence';
  const close = mapping ? 125 : 93;
  const list: unknown[] = [];
  const record: Record<string, unknown> = {};
  let k = skipSpaces(source, at + 1);
  if (codeAt(source, k) !== close) {
    for (;;) {
      let key = -1;
      let name = '';
      if (mapping) {
        const colon = keyEnd(source, k);
        name = colon === -1 ? '' : source.slice(k, colon);
        if (colon === -1 || ODD_KEYS.has(name) || Object.hasOwn(record, name) || name.length > 200) giveUp(reason);
        key = k;
        k = skipSpaces(source, colon + 1);
      }
      const start = k;
      let value: unknown;
      const c = codeAt(source, k);
      if (c === 34 || c === 39) {
        const quote = closingQuote(source, k + 1, lineEnd, c);
        if (quote === -1) giveUp(reason);
        value = unquote(source.slice(k + 1, quote), c);
        entries.push({ key, start, end: quote + 1 });
        k = skipSpaces(source, quote + 1);
      } else {
        k = plainEnd(source, k, lineEnd, close, reason);
        const end = trimmedEnd(source, start, k);
        value = resolveCoreScalar(shared(source.slice(start, end)));
        entries.push({ key, start, end });
      }
      if (mapping) record[name] = value;
      else list.push(value);
      const separator = codeAt(source, k);
      if (separator === close) break;
      if (separator !== 44) giveUp(reason);
      k = skipSpaces(source, k + 1);
    }
  }
  endOfValue(source, k + 1, reason);
  return ended(mapping ? record : list.slice(), i + 1, k + 1);
}

/** Where a plain scalar in a flow collection that starts at `at` ends: at its `,` or closing bracket. */
function plainEnd(source: string, at: number, lineEnd: number, close: number, reason: GiveUpReason): number {
  const first = codeAt(source, at);
  // `-1` and `-x` are text; `- x`, `-` and every other indicator start something else.
  if (isEnd(first) || (isIndicator(first) && !(first === 45 && isWordStart(codeAt(source, at + 1))))) giveUp(reason);
  for (let k = at; k < lineEnd; k++) {
    const c = source.charCodeAt(k);
    if (c === 44 || c === close) return k;
    // [ ] { } start or end a collection, `:` may make a pair, ` #` starts a comment.
    if (c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || (c === 35 && source.charCodeAt(k - 1) === 32)) giveUp(reason);
  }
  return giveUp(reason);
}

/** A digit, an ASCII letter or `.`: after `-`, the start of text such as `-1` or `-x`. */
function isWordStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

import fc from 'fast-check';

/**
 * Recipes for breaking a valid document the ways people and tools break them. A recipe is plain
 * data (positions are taken modulo what the document has), so a failing case prints and replays.
 * Everything works on bytes (as a latin1 string, one char per byte), so a cut or a typo can land
 * inside a multi-byte character and leave invalid UTF-8 behind.
 */
export type Mutation =
  | { op: 'set-byte'; at: number; byte: number }
  | { op: 'flip-bit'; at: number; bit: number }
  | { op: 'rename-key'; line: number; how: 'drop' | 'swap' | 'insert' | 'other'; at: number; char: string; key: number }
  | { op: 'swap-values'; a: number; b: number }
  | { op: 'cut-line'; line: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; line: number; gap: number }
  | { op: 'insert-line'; line: number; snippet: string; indent: 'same' | 'none' | 'deeper' }
  | { op: 'insert-inline'; at: number; snippet: string }
  | { op: 'indent'; line: number; change: 'less' | 'much-less' | 'more' | 'much-more' | 'tab' };

/** Bytes that mean something to YAML or to a UTF-8 decoder. */
const SPECIAL_BYTES = [
  0x00, 0xff, 0xfe, 0xc3, 0xe2, 0x80, 0xef, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d, 0x22, 0x27, 0x26, 0x2a, 0x21, 0x25, 0x23, 0x09,
  0x0d, 0x0a, 0x20, 0x2d, 0x3f, 0x7c, 0x3e, 0x2c, 0x40, 0x60, 0x5c,
];

/** Characters a typo inserts into a key (UTF-8 ones become several bytes). */
const TYPO_CHARS = ['a', 'e', 's', '_', '-', ' ', 'x', 'K', '0', '.', ':', 'ä', 'ö', '\t', '#'];

const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

/** Hostile or merely odd YAML, inserted as a line of its own or into the middle of one. */
export const SNIPPETS = [
  '<<: *x',
  '<<: {kind: agreement}',
  'base: &x {id: a}',
  '__proto__: 1',
  'constructor: {prototype: {}}',
  'prototype: x',
  'blob: !!binary aGVsbG8=',
  '!!binary',
  'kind: !custom agreement',
  '!<tag:example.com,2000:x> y',
  'self: &a [*a]',
  '&a [*a]',
  '*nowhere',
  'x: *nowhere',
  '[[[[',
  ']]]]',
  '{{{{',
  `deep: ${'['.repeat(70)}`,
  `deep: ${'['.repeat(2000)}${']'.repeat(2000)}`,
  `deep: ${'{a: '.repeat(80)}`,
  ALIAS_BOMB,
  '? [a, b]\n: c',
  '? {a: b}',
  '"bad\\nkey": 1',
  '"ta\\tb": 1',
  "'multi\n  line': 1",
  '"\\xZZ"',
  '"unterminated',
  "'unterminated",
  '@at',
  '`tick`',
  '%YAML 1.1',
  '%YAML 1.2\n---',
  '%TAG ! tag:example.com,2000:',
  '---',
  '...',
  '--- !!map',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> branch',
  '- item',
  '- - - x',
  ': value',
  '? ',
  'key:value',
  'key: [a, b',
  'key: {a: 1, a: 2}',
  'kind: config',
  'kind: agreement',
  'kind: null',
  'kind: [agreement]',
  'id: Ä Ö',
  'valid_from: 2023-02-30',
  'valid_from: 2023-06-20T10:00:00Z',
  'municipality_code: 0461',
  'held_on: ~',
  'notes: |',
  'notes: >-',
  'notes: |99',
  '\t\tx: 1',
  '\ufeffbom: inside',
  'line\u2028separator: 1',
  'nel\u0085: 1',
  'lone\rcr: 1',
  `${'k'.repeat(1100)}: long key`,
  'x: 0x1F',
  'x: .inf',
  'x: -.NaN',
  'x: 1e999',
  'x: 123456789012345678901234567890',
  '#',
  '# kommentar',
];

export interface MutationContext {
  /** Keys that occur in the valid documents, for a rename to a real but wrong field. */
  keys: readonly string[];
}

export function mutationArbitrary(): fc.Arbitrary<Mutation> {
  const anywhere = fc.noBias(fc.nat());
  const byte = fc.oneof(fc.constantFrom(...SPECIAL_BYTES), fc.nat({ max: 255 }));
  return fc.oneof(
    fc.record({ op: fc.constant('set-byte' as const), at: anywhere, byte }),
    fc.record({ op: fc.constant('flip-bit' as const), at: anywhere, bit: fc.nat({ max: 7 }) }),
    fc.record({
      op: fc.constant('rename-key' as const),
      line: anywhere,
      how: fc.constantFrom('drop' as const, 'swap' as const, 'insert' as const, 'other' as const),
      at: anywhere,
      char: fc.constantFrom(...TYPO_CHARS),
      key: anywhere,
    }),
    fc.record({ op: fc.constant('swap-values' as const), a: anywhere, b: anywhere }),
    fc.record({ op: fc.constant('cut-line' as const), line: anywhere }),
    fc.record({ op: fc.constant('truncate' as const), at: anywhere }),
    fc.record({ op: fc.constant('duplicate-line' as const), line: anywhere, gap: fc.nat({ max: 3 }) }),
    fc.record({
      op: fc.constant('insert-line' as const),
      line: anywhere,
      snippet: fc.constantFrom(...SNIPPETS),
      indent: fc.constantFrom('same' as const, 'none' as const, 'deeper' as const),
    }),
    fc.record({ op: fc.constant('insert-inline' as const), at: anywhere, snippet: fc.constantFrom(...SNIPPETS) }),
    fc.record({
      op: fc.constant('indent' as const),
      line: anywhere,
      change: fc.constantFrom('less' as const, 'much-less' as const, 'more' as const, 'much-more' as const, 'tab' as const),
    }),
  );
}

/** A document made from scratch out of YAML's punctuation and the format's words. */
export function generatedArbitrary(): fc.Arbitrary<Buffer> {
  const token = fc.constantFrom(
    'kind', 'agreement', 'annual_review', 'follow_up', 'config', 'id', 'parties', 'notes', 'gnesta-2023',
    ':', ': ', ' ', '  ', '- ', '\n', '\r\n', '\t', '[', ']', '{', '}', ',', '"', "'", '#', '&a', '*a', '!', '!!str',
    '|', '>', '?', '%', '@', '`', '---', '...', '<<', '2023-06-20', '0461', 'null', '~', 'å', 'ä', '\ufeff', '\\',
  );
  return fc.array(token, { maxLength: 60 }).map((tokens) => Buffer.from(tokens.join(''), 'utf8'));
}

export function applyMutations(input: Buffer, mutations: readonly Mutation[], context: MutationContext): Buffer {
  let text = input.toString('latin1');
  for (const mutation of mutations) text = applyOne(text, mutation, context);
  return Buffer.from(text, 'latin1');
}

/** A line-broken latin1 string: each entry keeps its own `\n`. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** UTF-8 bytes of a snippet, as the latin1 chars the mutations work on. */
function bytes(snippet: string): string {
  return Buffer.from(snippet, 'utf8').toString('latin1');
}

const KEY_LINE = /^([ \t]*(?:- +)*)([A-Za-z_][\w-]*)(?=:(?:[ \t\r\n]|$))/;
const VALUE_LINE = /^([ \t]*(?:- +)*[A-Za-z_][\w-]*:[ \t]+)([^\r\n]*)/;

function applyOne(text: string, m: Mutation, context: MutationContext): string {
  const lines = splitLines(text);
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
  switch (m.op) {
    case 'set-byte': {
      if (text.length === 0) return String.fromCharCode(m.byte);
      const i = m.at % text.length;
      return text.slice(0, i) + String.fromCharCode(m.byte) + text.slice(i + 1);
    }
    case 'flip-bit': {
      if (text.length === 0) return text;
      const i = m.at % text.length;
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << m.bit)) + text.slice(i + 1);
    }
    case 'rename-key': {
      const withKeys = lines.map((line, i) => [line, i] as const).filter(([line]) => KEY_LINE.test(line));
      const chosen = pick(withKeys, m.line);
      if (!chosen) return text;
      const [line, index] = chosen;
      const [, prefix = '', key = ''] = KEY_LINE.exec(line) ?? [];
      const renamed = renameKey(key, m, context);
      lines[index] = prefix + renamed + line.slice(prefix.length + key.length);
      return lines.join('');
    }
    case 'swap-values': {
      const withValues = lines.map((line, i) => [line, i] as const).filter(([line]) => VALUE_LINE.test(line));
      const a = pick(withValues, m.a);
      const b = pick(withValues, m.b);
      if (!a || !b || a[1] === b[1]) return text;
      const [, aHead = '', aValue = ''] = VALUE_LINE.exec(a[0]) ?? [];
      const [, bHead = '', bValue = ''] = VALUE_LINE.exec(b[0]) ?? [];
      lines[a[1]] = aHead + bValue + a[0].slice(aHead.length + aValue.length);
      lines[b[1]] = bHead + aValue + b[0].slice(bHead.length + bValue.length);
      return lines.join('');
    }
    case 'cut-line': {
      if (lines.length === 0) return text;
      lines.splice(m.line % lines.length, 1);
      return lines.join('');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicate-line': {
      if (lines.length === 0) return text;
      const i = m.line % lines.length;
      const line = lines[i] as string;
      lines.splice(Math.min(lines.length, i + 1 + m.gap), 0, line.endsWith('\n') ? line : `${line}\n`);
      return lines.join('');
    }
    case 'insert-line': {
      const i = m.line % (lines.length + 1);
      const neighbour = lines[i] ?? lines[i - 1] ?? '';
      const own = /^[ \t]*/.exec(neighbour)?.[0] ?? '';
      const indent = m.indent === 'none' ? '' : m.indent === 'same' ? own : `${own}  `;
      const inserted = bytes(m.snippet)
        .split('\n')
        .map((l) => indent + l)
        .join('\n');
      if (i === lines.length && lines.length > 0 && !(lines[i - 1] as string).endsWith('\n')) lines[i - 1] += '\n';
      lines.splice(i, 0, `${inserted}\n`);
      return lines.join('');
    }
    case 'insert-inline': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + bytes(m.snippet) + text.slice(i);
    }
    case 'indent': {
      if (lines.length === 0) return text;
      const i = m.line % lines.length;
      const line = lines[i] as string;
      const lead = /^ */.exec(line)?.[0].length ?? 0;
      const changed =
        m.change === 'less'
          ? line.slice(Math.min(lead, 1))
          : m.change === 'much-less'
            ? line.slice(Math.min(lead, 4))
            : m.change === 'more'
              ? ` ${line}`
              : m.change === 'much-more'
                ? `    ${line}`
                : `\t${line.slice(Math.min(lead, 2))}`;
      lines[i] = changed;
      return lines.join('');
    }
  }
}

function renameKey(key: string, m: Extract<Mutation, { op: 'rename-key' }>, context: MutationContext): string {
  const n = key.length;
  switch (m.how) {
    case 'drop': {
      const i = m.at % n;
      return key.slice(0, i) + key.slice(i + 1);
    }
    case 'swap': {
      if (n < 2) return key;
      const i = m.at % (n - 1);
      return key.slice(0, i) + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2);
    }
    case 'insert': {
      const i = m.at % (n + 1);
      return key.slice(0, i) + bytes(m.char) + key.slice(i);
    }
    case 'other':
      return context.keys[m.key % Math.max(1, context.keys.length)] ?? key;
  }
}

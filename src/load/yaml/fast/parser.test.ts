import { describe, expect, it } from 'vitest';
import { dataDifference } from '../../../../test/helpers/same-data.js';
import { SourceFile } from '../../source.js';
import { parseYaml } from '../index.js';
import { parseFast } from './parser.js';

/** The documents' data the fast path gives, or undefined where it gives up. */
function parseFastYaml(text: string): unknown[] | undefined {
  const fast = parseFast(text);
  return typeof fast === 'string' ? undefined : fast.documents;
}

const lines = (...l: string[]) => l.join('\n') + '\n';
const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';

/** The documents' data by the exact path, which must see nothing wrong in a text the fast path takes. */
function exactData(text: string): unknown[] {
  const file = parseYaml(new SourceFile('x.yaml', text), 'sv', { exact: true });
  expect(file.diagnostics).toEqual([]);
  expect(file.documents.every((d) => d.wellFormed)).toBe(true);
  return file.documents.map((d) => d.data);
}

/** The fast path takes the text and gives the expected data, and so does the exact path. */
function expectData(text: string, expected: unknown[]): void {
  const fast = parseFastYaml(text);
  expect(fast, 'the fast path gave up').toBeDefined();
  expect(dataDifference(fast, expected), 'fast path ≠ expected').toBeUndefined();
  expect(dataDifference(exactData(text), expected), 'exact path ≠ expected').toBeUndefined();
}

describe('parseFastYaml: what it takes gives the data of the exact path', () => {
  it.each<[string, string, unknown[]]>([
    ['a block mapping', lines('a: 1', 'b: x'), [{ a: 1, b: 'x' }]],
    ['nested mappings, key order kept', lines('z:', '  y:', '    x: 1', '  b: 2', 'a: 3'), [{ z: { y: { x: 1 }, b: 2 }, a: 3 }]],
    ['keys with - and _, and words that are text', lines('a-b: 1', '_c_d: 2', 'inf: 3', 'yes: 4'), [{ 'a-b': 1, _c_d: 2, inf: 3, yes: 4 }]],
    ['a block list', lines('- a', '- b'), [['a', 'b']]],
    ['a list indented under its key', lines('a:', '  - x', '  - y', 'b: 1'), [{ a: ['x', 'y'], b: 1 }]],
    ['a list at its key’s column', lines('a:', '- x', '- y', 'b: 1'), [{ a: ['x', 'y'], b: 1 }]],
    ['compact `- key: v` mappings', lines('a:', '  - k: v', '    l: w', '  - k: u'), [{ a: [{ k: 'v', l: 'w' }, { k: 'u' }] }]],
    ['a list at its key’s column inside a compact mapping', lines('- a:', '  - x', '  b: 1', '- c'), [[{ a: ['x'], b: 1 }, 'c']]],
    ['lists of lists and empty items', lines('-', '  - x', '-', '- y'), [[['x'], null, 'y']]],
    ['a dash followed by more spaces', lines('-   a: 1', '    b: 2'), [[{ a: 1, b: 2 }]]],
    ['empty values are null', lines('a:', 'b: # c', 'c:'), [{ a: null, b: null, c: null }]],
    [
      'a plain scalar folded over lines',
      lines('a: one', '  two', '', '  three', '', '', '   four'),
      [{ a: 'one two\nthree\n\nfour' }],
    ],
    ['a plain scalar below its key', lines('a:', '  one', '  two'), [{ a: 'one two' }]],
    ['a plain scalar continued in a list', lines('- one', '  two', '- three'), [['one two', 'three']]],
    ['a folded number is text', lines('a: 1', '  2'), [{ a: '1 2' }]],
    [
      'trailing comments and comment lines',
      lines('# head', 'a: b # c', 'b: x#y', '  # inside', 'c: 1   # d', '# tail'),
      [{ a: 'b', b: 'x#y', c: 1 }],
    ],
    ['trailing spaces', lines('a: b   ', 'c:   ', 'd: e f  '), [{ a: 'b', c: null, d: 'e f' }]],
    [
      'colons, brackets and backslashes inside plain text',
      lines('a: b:c', 'd: e [f] {g}, h', 'i: C:\\dir', 'j: -x'),
      [{ a: 'b:c', d: 'e [f] {g}, h', i: 'C:\\dir', j: '-x' }],
    ],
    ['Unicode text and spaces YAML does not trim', lines('a: Öst å ä ö', 'b: x\u00a0', 'c: 😀'), [{ a: 'Öst å ä ö', b: 'x\u00a0', c: '😀' }]],
    ['single-quoted scalars with quotes', lines("a: 'it''s'", "b: ''", "c: ''''", "d: 'x' # c"), [{ a: "it's", b: '', c: "'", d: 'x' }]],
    ['a single-quoted scalar over lines', lines("a: 'one", '  two  ', '', "  ''three'''"), [{ a: "one two\n'three'" }]],
    ['double-quoted scalars', lines('a: "x # y"', 'b: ""', "c: \"it's\""), [{ a: 'x # y', b: '', c: "it's" }]],
    ['a double-quoted scalar over lines', lines('a: "one', '', '   ', '  two', '  three "'), [{ a: 'one\n\ntwo three ' }]],
    ['a quoted scalar below its key', lines('a:', "  'x'", 'b: 1'), [{ a: 'x', b: 1 }]],
    ['a comment right of its key before a scalar below it', lines('a:', '  k:', '   #x', '    text', '  l: 1'), [{ a: { k: 'text', l: 1 } }]],
    ['a comment at the margin before a mapping or list below a key', lines('k:', '#x', '  a: 1', 'l:', '', '#', '- x'), [{ k: { a: 1 }, l: ['x'] }]],
    ['a literal block scalar (clip)', lines('a: |', '  x', '    y', '', '  z', '', 'b: 1'), [{ a: 'x\n  y\n\nz\n', b: 1 }]],
    ['a literal block scalar (strip)', lines('a: |-', '  x', '', 'b: 1'), [{ a: 'x', b: 1 }]],
    ['a literal block scalar (keep)', lines('a: |+', '  x', '', '', 'b: 1'), [{ a: 'x\n\n\n', b: 1 }]],
    ['a folded block scalar', lines('a: >', '', '  x', '  y', '', '  z'), [{ a: '\nx y\nz\n' }]],
    ['a folded block scalar (strip, keep)', lines('a: >-', '  x', '  y', 'b: >+', '  z', ''), [{ a: 'x y', b: 'z\n\n' }]],
    ['a block scalar with a comment on its header', lines('a: | # c', '  x', '# after', 'b: 1'), [{ a: 'x\n', b: 1 }]],
    ['block scalars in a list', lines('- |', ' x', '- >-', '  y'), [['x\n', 'y']]],
    ['a clipped block scalar at the end without a final break', 'a: |\n  x', [{ a: 'x\n' }]],
    ['a kept block scalar at the end without a final break', 'a: |+\n  x', [{ a: 'x\n' }]],
    ['a stripped block scalar at the end without a final break', 'a: >-\n  x\n  y', [{ a: 'x y' }]],
    ['kept trailing lines at the end of the file', 'a: |+\n  x\n\n\n', [{ a: 'x\n\n\n' }]],
    ['a document start marker', lines('---', 'a: 1'), [{ a: 1 }]],
    ['a marker with a comment and comments before it', lines('# c', '', '--- # d', 'a: 1'), [{ a: 1 }]],
    [
      'several documents',
      lines('a: 1', '---', '- b', '---', 'c: |', '  x', '---', 'a: 2'),
      [{ a: 1 }, ['b'], { c: 'x\n' }, { a: 2 }],
    ],
    [
      'CRLF line breaks',
      'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: "p\r\n  q"\r\nd: r\r\n  s\r\n',
      [{ a: 1, b: 'x\ny\n', c: 'p q', d: 'r s' }],
    ],
    ['no final line break', 'a: 1\nb: x', [{ a: 1, b: 'x' }]],
    ['a flow sequence of plain scalars', lines('a: [x, 1, true, null, -1, .5, a b]'), [{ a: ['x', 1, true, null, -1, 0.5, 'a b'] }]],
    ['spaced and empty flow sequences', lines('a: [ gnesta-kommun, lpo-gnesta ]', 'b: []', 'c: [ ]'), [{ a: ['gnesta-kommun', 'lpo-gnesta'], b: [], c: [] }]],
    ['quoted items in a flow sequence', lines(`a: ['x, y', "a \\"b\\"", 'it''s', "2023-06-20"]`), [{ a: ['x, y', 'a "b"', "it's", '2023-06-20'] }]],
    ['flow sequences as items, below a key, before a comment', lines('- [a, b]  # c', '- k:', '    [1]', '  l: 2'), [[['a', 'b'], { k: [1], l: 2 }]]],
    [
      'escapes in double quotes',
      lines('a: "x\\ny\\t\\"q\\" \\\\ \\u00e5 \\x41 \\U0001F600 \\/ \\_ \\0"'),
      [{ a: 'x\ny\t"q" \\ å A 😀 / \u00a0 \0' }],
    ],
    ['an escaped quote before a comment sign', lines('a: "x\\" #" # c'), [{ a: 'x" #' }]],
    ['flow mappings of scalars', lines('- { indicator: ind-vald, year: 2023, value: 812.3 }', '- {a: "x, y", b: \'z\'}', '- {}'), [[{ indicator: 'ind-vald', year: 2023, value: 812.3 }, { a: 'x, y', b: 'z' }, {}]]],
    ['escapes in a double-quoted scalar over lines', lines('a: "x\\"', '  y \\u00e5"'), [{ a: 'x" y å' }]],
  ])('%s', (_name, text, expected) => expectData(text, expected));

  it.each<[string, unknown]>([
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'],
    ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
    ['yes', 'yes'], ['tRUE', 'tRUE'],
    ['0461', 461], ['0o17', 15], ['0x1F', 31], ['-0', -0], ['+12', 12], ['0o8', '0o8'], ['1_000', '1_000'],
    ['0X1F', '0X1F'], ['123456789012345678901234567890', 123456789012345678901234567890],
    ['1.5', 1.5], ['1e3', 1000], ['.5', 0.5], ['1.', 1], ['-1.5E-2', -0.015], ['1e', '1e'], ['+.5', 0.5],
    ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity], ['.iNf', '.iNf'],
    ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN], ['-.nan', '-.nan'],
    ['2024-02-30', '2024-02-30'], ['2023-06-20', '2023-06-20'], ['12:30', '12:30'], ['2023-06-20T10:00:00Z', '2023-06-20T10:00:00Z'],
  ])('reads the plain scalar %s as the core schema does', (scalar, value) => expectData(`a: ${scalar}\n`, [{ a: value }]));

  it('takes nesting up to its own limit, below the exact path’s', () => {
    const text = nested(40);
    expect(parseFastYaml(text)).toBeDefined();
    expect(dataDifference(parseFastYaml(text), exactData(text))).toBeUndefined();
  });
});

describe('parseFastYaml: gives up on anything outside its subset', () => {
  it.each<[string, string]>([
    ['an anchor', lines('a: &x 1')],
    ['an alias', lines('a: 1', 'b: *x')],
    ['an anchor on a block', lines('a: &x', '  b: 1')],
    ['a tag', lines('a: !!str 1')],
    ['a custom tag', lines('a: !custom x')],
    ['a flow document', lines('[a, b]')],
    ['a flow mapping over lines', lines('a: {b: 1,', '  c: 2}')],
    ['a flow mapping in a flow sequence', lines('a: [{b: 1}]')],
    ['a quoted key in a flow mapping', lines('a: {"b": 1}')],
    ['a key without a space after its colon in a flow mapping', lines('a: {b:1}')],
    ['a duplicate key in a flow mapping', lines('a: {b: 1, b: 2}')],
    ['a `true` key in a flow mapping', lines('a: {true: 1}')],
    ['a key without a value in a flow mapping', lines('a: {b: , c: 1}')],
    ['a flow sequence in a flow mapping', lines('a: {b: [1]}')],
    ['a flow sequence over lines', lines('a: [1,', '  2]')],
    ['a flow sequence in a flow sequence', lines('a: [[1], 2]')],
    ['a flow pair', lines('a: [b: 1]')],
    ['a colon in plain text in a flow sequence', lines('a: [b:c]')],
    ['an empty entry in a flow sequence', lines('a: [b, , c]')],
    ['a trailing comma in a flow sequence', lines('a: [b, ]')],
    ['a comment inside a flow sequence', lines('a: [b #c', ']')],
    ['a dash item in a flow sequence', lines('a: [- b]')],
    ['text after a flow sequence', lines('a: [b] c')],
    ['a quoted key in a flow sequence', lines('a: ["b": c]')],
    ['an unknown escape', lines('a: "x\\q"')],
    ['a short hexadecimal escape', lines('a: "\\x4"')],
    ['an escape past Unicode', lines('a: "\\U00110000"')],
    ['an escaped line break', lines('a: "x\\', '  y"')],
    ['an escaped space at the end of a line', lines('a: "x\\ ', '  y"')],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['a tab after a key', 'a:\t1\n'],
    ['a tab in text', 'a: x\ty\n'],
    ['a %YAML directive', lines('%YAML 1.2', '---', 'a: 1')],
    ['a document end marker', lines('a: 1', '...')],
    ['an empty file', ''],
    ['a file of comments', lines('# a', '# b')],
    ['a lone start marker', lines('---')],
    ['an empty document at the end', lines('a: 1', '---')],
    ['an empty document in the middle', lines('a: 1', '---', '---', 'b: 1')],
    ['content on the start marker line', lines('--- a: 1')],
    ['a top-level scalar', lines('just text')],
    ['a duplicate key', lines('a: 1', 'a: 2')],
    ['a duplicate key in a nested mapping', lines('a:', '  b: 1', '  b: 2')],
    ['__proto__', lines('__proto__: 1')],
    ['constructor', lines('a:', '  constructor: 1')],
    ['prototype', lines('prototype: x')],
    ['a double-quoted key', lines('"a": 1')],
    ['a single-quoted key', lines("'a': 1")],
    ['a numeric key', lines('123: a')],
    ['a `true` key', lines('true: 1')],
    ['a `null` key', lines('null: 1')],
    ['a key with spaces', lines('a b: 1')],
    ['a key with a space before its colon', lines('a : 1')],
    ['a non-ASCII key', lines('år: 2024')],
    ['a complex key', lines('? a', ': b')],
    ['a merge key', lines('<<: x')],
    ['a less indented key', lines('a:', '  b: 1', ' c: 2')],
    ['a more indented key', lines('a: 1', ' b: 2')],
    ['a more indented key after a nested mapping', lines('a:', '  b: 1', '    c: 2')],
    ['a list item less indented than its list', lines('a:', '  - x', ' - y')],
    ['a list item below a mapping at its column', lines('a: 1', '- x')],
    ['a misaligned compact mapping', lines('- a: 1', ' b: 2')],
    ['a nested list on one line', lines('- - x')],
    ['a mapping where a scalar is', lines('a: b: c')],
    ['a scalar that ends with a colon', lines('a: b:')],
    ['a scalar continued by a key', lines('a: b', '  c: d')],
    ['a scalar continued after a comment', lines('a: b # c', '  d')],
    ['a scalar continued by a list item', lines('a: b', '  - c')],
    // yaml's lexer would take these comments for the scalar's indentation and run it on to `l: 1`.
    ['a `#x` comment at its key’s column before a scalar below it', lines('k:', '#x', '  text', 'l: 1')],
    ['a comment at the margin after an empty line before a scalar below a key', lines('k:', '', '# x', '  text', 'l: 1')],
    ['a `#x` comment before a scalar below a dash', lines('-', '#x', '  text', '- y')],
    ['text after a closing quote', lines('a: "x" y')],
    ['a comment right after a closing quote', lines('a: "x"#c')],
    ['an unterminated quote', lines('a: "x')],
    ['a quoted scalar continued at its key’s column', lines('a: "x', 'y"')],
    ['a block scalar indentation indicator', lines('a: |2', '   x')],
    ['a block scalar indicator with chomping', lines('a: >-1', '  x')],
    ['a whitespace-only line in a block scalar', lines('a: |', '  x', '  ', '  y')],
    ['whitespace-only lines after a block scalar', lines('a: |', '  x', '   ')],
    ['an empty block scalar', lines('a: |', 'b: 1')],
    ['a folded block scalar with a more indented line', lines('a: >', '  x', '    y')],
    ['a block scalar with text on its header', lines('a: | x')],
    ['a block scalar below its key', lines('a:', '  |', '  x')],
    ['a directive-like or reserved start of text', lines('a: @x')],
    ['a backquote', lines('a: `x`')],
    ['a lone dash as a value', lines('a: -')],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a carriage return ending the text', 'a: 1\n\r'],
    ['a carriage return before a CRLF', 'a: 1\r\r\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a control character', 'a: x\u0007\n'],
    ['a very long key', `${'k'.repeat(201)}: 1\n`],
    ['nesting deeper than its limit', nested(41)],
  ])('%s', (_name, text) => {
    expect(parseFastYaml(text)).toBeUndefined();
  });
});

describe('parseFast: says why it left a text to yaml (npm run bench counts it)', () => {
  it.each<[string, string, string]>([
    ['a flow sequence over lines', lines('a: [1,', '  2]'), 'flow-sequence'],
    ['a flow mapping over lines', lines('- {b: 1,', '  c: 2}'), 'flow-mapping'],
    ['an unknown escape', lines('a: "x\\q"'), 'escape'],
    ['an anchor', lines('a: &x 1'), 'anchor-tag-alias'],
    ['a duplicate key', lines('a: 1', 'a: 2'), 'key'],
    ['a tab', 'a:\t1\n', 'characters'],
    ['a carriage return that is not part of a CRLF', 'a: 1\rb: 2\r\n', 'line-ends'],
  ])('%s', (_name, text, reason) => {
    expect(parseFast(text)).toBe(reason);
  });
});

describe('parseFast: lines that may be exception comments', () => {
  const marked = (text: string) => {
    const fast = parseFast(text);
    if (typeof fast === 'string') throw new Error(`gave up: ${fast}`);
    return fast.exceptionLines;
  };

  it('notes a comment line with the mark, at the margin or indented', () => {
    expect(marked(lines('# samverkan-disable-file agreement/purpose -- skäl', 'a: 1'))).toBe(true);
    expect(marked(lines('a:', '  # samverkan-disable-next-line x/y -- skäl', '  b: 1'))).toBe(true);
  });

  it('notes a line of a block scalar that reads as one, as the check reads every line', () => {
    expect(marked(lines('a: |', '  # samverkan-disable-next-line x/y -- skäl', 'b: 1'))).toBe(true);
    // A no-break space is a space to the check's pattern, not to YAML.
    expect(marked(lines('a: |', '  \u00a0# samverkan-disable-file', 'b: 1'))).toBe(true);
  });

  it('passes over the mark in a value or a trailing comment, and files without it', () => {
    expect(marked(lines('a: samverkan-disable', 'b: 1 # samverkan-disable-file'))).toBe(false);
    expect(marked(lines('# a comment', 'a: 1'))).toBe(false);
    // The mark is searched for once from the first comment line: found in a value, then on a
    // later comment line, each on the line it is on.
    expect(marked(lines('# a comment', 'a: samverkan-disable', 'b: 1'))).toBe(false);
    expect(marked(lines('# a comment', 'a: samverkan-disable', '# samverkan-disable-file x/y -- skäl', 'b: 1'))).toBe(true);
  });
});

describe('parseFast: a scan stays on its line', () => {
  // Texts where a search that ran on past the line would find what it looks for further down: the
  // data shows each line was read as itself. (A search per line to the end of the file would also
  // make these quadratic.)
  const many = 20_000;

  it('finds each plain scalar’s comment on its own line, with one far below', () => {
    const text = lines(...Array.from({ length: many }, (_, i) => `k${i}: v${i}`), 'last: x # a comment');
    const data = parseFastYaml(text)?.[0] as Record<string, string>;
    expect(data.k0).toBe('v0');
    expect(data[`k${many - 1}`]).toBe(`v${many - 1}`);
    expect(data.last).toBe('x');
  });

  it('closes each quoted scalar on its own line, and folds one over many lines', () => {
    const quoted = lines(...Array.from({ length: many }, (_, i) => `k${i}: 'v${i}'`), 'last: "x \\\\ y"');
    expect((parseFastYaml(quoted)?.[0] as Record<string, string>).last).toBe('x \\ y');
    const folded = lines(`a: 'one`, ...Array.from({ length: many }, () => '  more'), `  end'`);
    expect((parseFastYaml(folded)?.[0] as Record<string, string>).a).toBe(`one ${'more '.repeat(many)}end`);
  });

  it('reads CRLF lines as lines', () => {
    expectData('a: x # c\r\nb: "y"\r\nc:\r\n  - [1, 2]\r\n', [{ a: 'x', b: 'y', c: [[1, 2]] }]);
  });
});

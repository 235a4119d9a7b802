import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { startOfKeys } from './fast-starts.js';
import { locate } from './locate.js';
import { SourceFile } from './source.js';

/** startOfKeys must land where locate lands on yaml's tree; the property test covers the rest. */
const cases: [string, string, number, string][] = [
  ['the root', 'a: 1\n', 0, ''],
  ['a nested key', 'a:\n  x: 1\n  y: 2\n', 0, '/a/y'],
  ['a key only a sibling has: the mapping', 'a:\n  x: 1\nb:\n  y: 2\n', 0, '/a/y'],
  ['past a scalar: the scalar', 'a: text\n', 0, '/a/b'],
  ['an empty value, with a comment', 'a:   # c\nb: 1\n', 0, '/a'],
  ['an empty value at the end', 'a: 1\nb:', 0, '/b'],
  ['a list at the key column: the list', 'a:\n- x\nb: 1\n', 0, '/a/x'],
  ['a scalar on its own line', 'a:\n  text\n  more\n', 0, '/a'],
  ['a block scalar', 'a: |\n  b: not a key\nb: 2\n', 0, '/b'],
  ['the second document', '# c\n---\na: 1\n---\nb:\n  c: 3\n', 1, '/b/c'],
  ['a key of the other document: the root', '---\na: 1\n---\nb: 2\n', 1, '/a'],
  ['CRLF lines', 'a:\r\n  x: 1\r\n  y:\r\nb: 2\r\n', 0, '/a/y'],
];

describe('startOfKeys', () => {
  it.each(cases)('%s', (_name, text, document, pointer) => {
    const tree = parseAllDocuments(text)[document];
    if (!tree || Array.isArray(tree)) throw new Error('no document');
    const keys = pointer === '' ? [] : pointer.slice(1).split('/');
    const source = new SourceFile('x.yaml', text);
    expect(startOfKeys({ text, offsets: source.lineOffsets }, document, keys)).toBe(locate(tree, pointer)[0]);
  });
});

import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateInTree as locate } from './locate-tree.js';

const lines = (...l: string[]) => l.join('\n') + '\n';

/** Parses `text` and returns the located slice of the text and the range. */
function at(text: string, pointer: string, on?: 'key' | 'value') {
  const range = locate(parseDocument(text), pointer, on);
  return { range, slice: text.slice(range[0], range[1]) };
}

/** The [start, end) offsets of the n-th (0-based) occurrence of `needle`. */
function find(text: string, needle: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`${needle} not found`);
  }
  return [i, i + needle.length];
}

const agreement = lines(
  'kind: agreement',
  'id: gnesta-2023',
  'parties:',
  '  - name: Gnesta kommun',
  '    type: municipality',
  '  - name: Polisen',
  '    type: police',
);

describe('locate', () => {
  it('points at the value of a field, or at its key with on: "key"', () => {
    expect(at(agreement, '/id').range).toEqual(find(agreement, 'gnesta-2023'));
    expect(at(agreement, '/id', 'value').slice).toBe('gnesta-2023');
    expect(at(agreement, '/id', 'key').range).toEqual(find(agreement, 'id'));
  });

  it('walks into list items', () => {
    expect(at(agreement, '/parties/1/name').range).toEqual(find(agreement, 'Polisen'));
    expect(at(agreement, '/parties/0/type').range).toEqual(find(agreement, 'municipality'));
    expect(at(agreement, '/parties/1/type', 'key').range).toEqual(find(agreement, 'type', 1));
  });

  it('gives a list item without a key of its own its first line with on: "key"', () => {
    const [start] = find(agreement, 'name: Polisen');
    expect(at(agreement, '/parties/1', 'key').range).toEqual([start, start + 'name'.length]);
  });

  it('gives the whole list item as its value', () => {
    const { range, slice } = at(agreement, '/parties/1');
    expect(range[0]).toBe(find(agreement, 'name: Polisen')[0]);
    expect(slice).toContain('type: police');
    expect(slice).not.toContain('Gnesta');
  });

  it("gives the document's first key for the root with on: 'key'", () => {
    expect(at(agreement, '', 'key').range).toEqual([0, 'kind'.length]);
    const list = lines('- a', '- b');
    expect(at(list, '', 'key').range).toEqual([0, 3]);
  });

  it('gives the whole document for the root value', () => {
    const { range } = at(agreement, '');
    expect(range[0]).toBe(0);
    expect(agreement.slice(range[0], range[1]).trimEnd()).toBe(agreement.trimEnd());
  });

  it('falls back to the deepest node that exists for a missing field', () => {
    const { range, slice } = at(agreement, '/parties/1/email');
    expect(range[0]).toBe(find(agreement, 'name: Polisen')[0]);
    expect(slice).toContain('type: police');
    // A missing field of a list item, on its key: the item's first line.
    const [start] = find(agreement, 'name: Polisen');
    expect(at(agreement, '/parties/1/email', 'key').range).toEqual([start, start + 'name'.length]);
  });

  it('falls back to the list for an index past its end, and to the root for a missing top field', () => {
    expect(at(agreement, '/parties/7/name').range[0]).toBe(find(agreement, '- name: Gnesta')[0]);
    expect(at(agreement, '/parties/x').range[0]).toBe(find(agreement, '- name: Gnesta')[0]);
    expect(at(agreement, '/missing').range[0]).toBe(0);
  });

  it('stops at a scalar when the pointer goes past it', () => {
    expect(at(agreement, '/id/deeper').range).toEqual(find(agreement, 'gnesta-2023'));
  });

  it('decodes ~1 and ~0 in segments', () => {
    const text = lines('a/b: one', 'c~d: two', '"~1": three');
    expect(at(text, '/a~1b').slice).toBe('one');
    expect(at(text, '/c~0d').slice).toBe('two');
    expect(at(text, '/c~0d', 'key').slice).toBe('c~d');
    expect(at(text, '/~01').slice).toBe('three');
  });

  it('points at a quoted key with its quotes', () => {
    const text = lines('"quoted key": 1', "'single': 2");
    expect(at(text, '/quoted key', 'key').slice).toBe('"quoted key"');
    expect(at(text, '/quoted key').slice).toBe('1');
    expect(at(text, '/single', 'key').slice).toBe("'single'");
  });

  it('finds a field through an alias, at the anchored node', () => {
    const text = lines('base: &b', '  x: 1', '  y: 2', 'use: *b');
    expect(at(text, '/use/y').range).toEqual(find(text, '2'));
    expect(at(text, '/use/y', 'key').range).toEqual(find(text, 'y'));
    expect(at(text, '/use').slice).toBe('*b');
  });

  it('gives an empty value a valid range on its own line', () => {
    const text = lines('key:', 'next: 1');
    const { range } = at(text, '/key');
    expect(range[1]).toBeGreaterThanOrEqual(range[0]);
    expect(range[0]).toBeGreaterThanOrEqual('key'.length);
    expect(range[1]).toBeLessThanOrEqual('key:'.length);
    expect(at(text, '/key', 'key').range).toEqual([0, 3]);
  });

  it('matches keys that are numbers, and an empty key', () => {
    const text = lines('2023: year', '"": empty');
    expect(at(text, '/2023').slice).toBe('year');
    expect(at(text, '/').slice).toBe('empty');
  });

  it('works in flow collections', () => {
    const text = lines('tags: [a, {b: c}]');
    expect(at(text, '/tags/1/b').range).toEqual(find(text, 'c'));
    expect(at(text, '/tags/0').range).toEqual(find(text, 'a', 1));
  });
});

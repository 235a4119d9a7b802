import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { LoadedFile } from '../loaded-document.js';
import { parseYaml } from './index.js';
import { SourceFile } from '../source.js';

const parse = (text: string, path = 'docs/a.yaml'): LoadedFile => parseYaml(new SourceFile(path, text), 'sv');
const lines = (...l: string[]) => l.join('\n') + '\n';
const rules = (file: LoadedFile) => file.diagnostics.map((d) => d.rule);
const only = (file: LoadedFile, rule: string): Diagnostic[] => file.diagnostics.filter((d) => d.rule === rule);
const where = (d: Diagnostic | undefined) => d && { line: d.start.line, column: d.start.column, pointer: d.pointer };
const dataOf = (file: LoadedFile, index = 0): unknown => file.documents[index]?.data;

describe('parseYaml: documents', () => {
  it('splits documents at --- and skips a trailing empty document', () => {
    const file = parse(lines('kind: agreement', 'id: a', '---', 'kind: follow_up', 'id: b', '---'));
    expect(file.diagnostics).toEqual([]);
    expect(file.documents.map((d) => d.index)).toEqual([0, 1]);
    expect(file.documents.map((d) => d.data)).toEqual([
      { kind: 'agreement', id: 'a' },
      { kind: 'follow_up', id: 'b' },
    ]);
    expect(file.documents.every((d) => d.wellFormed && d.file === 'docs/a.yaml')).toBe(true);
    expect(file.path).toBe('docs/a.yaml');
  });

  it('finds no document and nothing wrong in a file of comments', () => {
    const file = parse(lines('# Överenskommelser', '# läggs här'));
    expect(file.documents).toEqual([]);
    expect(file.diagnostics).toEqual([]);
    expect(parse('').documents).toEqual([]);
    expect(parse('').diagnostics).toEqual([]);
  });

  it('reports a file that is only a directive as yaml/no-document', () => {
    const file = parse('%YAML 1.2\n');
    expect(file.documents).toEqual([]);
    expect(rules(file)).toEqual(['yaml/no-document']);
    expect(file.diagnostics[0]?.start).toEqual({ line: 1, column: 1 });
  });
});

describe('parseYaml: always the YAML 1.2 core schema', () => {
  const text = lines('a: yes', 'b: 0461', 'c: 2023-06-20', 'd: ~', 'e: no', 'f: 0o17', 'g: 1_000', 'h: 0x1F', 'i: .inf');
  const expected = { a: 'yes', b: 461, c: '2023-06-20', d: null, e: 'no', f: 15, g: '1_000', h: 31, i: Infinity };

  it('resolves plain scalars by the core schema', () => {
    const file = parse(text);
    expect(dataOf(file)).toEqual(expected);
  });

  it('ignores a %YAML 1.1 directive', () => {
    const file = parse(`%YAML 1.1\n---\n${text}`);
    expect(dataOf(file)).toEqual(expected);
    expect(file.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('parseYaml: refused constructs', () => {
  it('refuses the merge key at the << key and leaves it out of the data', () => {
    const file = parse(lines('base: &base', '  a: 1', 'child:', '  <<: *base', '  b: 2'));
    const [merge] = only(file, 'yaml/merge-key');
    expect(where(merge)).toEqual({ line: 4, column: 3, pointer: '/child/<<' });
    expect(merge?.end).toEqual({ line: 4, column: 5 });
    expect(dataOf(file)).toEqual({ base: { a: 1 }, child: { b: 2 } });
  });

  it('accepts a quoted "<<" as an ordinary key', () => {
    const file = parse(lines('"<<": x'));
    expect(file.diagnostics).toEqual([]);
    expect(dataOf(file)).toEqual({ '<<': 'x' });
  });

  it('refuses __proto__, constructor and prototype keys without polluting Object.prototype', () => {
    const file = parse(lines('__proto__: {polluted: true}', 'constructor: x', 'nested:', '  prototype: 1', '  ok: 2'));
    expect(only(file, 'yaml/forbidden-key').map(where)).toEqual([
      { line: 1, column: 1, pointer: '/__proto__' },
      { line: 2, column: 1, pointer: '/constructor' },
      { line: 4, column: 3, pointer: '/nested/prototype' },
    ]);
    const data = dataOf(file) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['nested']);
    expect(Object.hasOwn(data, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(data['nested']).toEqual({ ok: 2 });
    expect((({}) as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a custom tag at the tag itself', () => {
    const file = parse(lines('a: 1', 'b: !custom x'));
    const [tag] = only(file, 'yaml/tag');
    expect(tag?.messageId).toBe('tag');
    expect(where(tag)).toEqual({ line: 2, column: 4, pointer: '/b' });
    expect(tag?.end).toEqual({ line: 2, column: 11 });
  });

  it('refuses a non-core !! tag at the tag itself', () => {
    const file = parse(lines('a: 1', 'b: !!set {x}', 'c: !!timestamp 2024-01-01'));
    expect(only(file, 'yaml/tag').map((d) => [d.start.line, d.pointer])).toEqual([
      [2, '/b'],
      [3, '/c'],
    ]);
  });

  it('puts a !! tag at its first !', () => {
    const [tag] = only(parse('b: !!binary aGk=\n'), 'yaml/tag');
    expect(where(tag)).toEqual({ line: 1, column: 4, pointer: '/b' });
    expect(tag?.end).toEqual({ line: 1, column: 12 });
  });

  it('accepts core tags: !!str 123 is the string "123"', () => {
    const file = parse(lines('a: !!str 123', 'b: !!int "7"', 'c: !!str'));
    expect(file.diagnostics).toEqual([]);
    expect(dataOf(file)).toEqual({ a: '123', b: 7, c: '' });
  });

  it('reports a duplicate key at the second key, with its pointer', () => {
    const file = parse(lines('key: 1', 'other: 2', 'key: 3'));
    expect(rules(file)).toEqual(['yaml/duplicate-key']);
    expect(where(file.diagnostics[0])).toEqual({ line: 3, column: 1, pointer: '/key' });
    expect(file.documents[0]?.wellFormed).toBe(true);
  });

  it('reports a duplicate key at the second key also after an empty value', () => {
    const file = parse(lines('a: 0', 'key:', 'key: 2'));
    expect(rules(file)).toEqual(['yaml/duplicate-key']);
    expect(where(file.diagnostics[0])).toEqual({ line: 3, column: 1, pointer: '/key' });
  });

  it('reports a nested duplicate key with the full pointer', () => {
    const file = parse(lines('parties:', '  - name: A', '    name: B'));
    expect(rules(file)).toEqual(['yaml/duplicate-key']);
    expect(where(file.diagnostics[0])).toEqual({ line: 3, column: 5, pointer: '/parties/0/name' });
  });
});

const bomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const prev = 'abcdefghi'[i] as string;
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`;
  }),
  'kind: annual_review',
  'id: bomb',
];

describe('parseYaml: aliases', () => {

  it('stops an alias bomb with yaml/alias-limit and keeps the other keys', () => {
    const file = parse(lines(...bomb));
    const limits = only(file, 'yaml/alias-limit');
    expect(limits).toHaveLength(1);
    const d = limits[0] as Diagnostic;
    expect(d.start.line).toBeGreaterThanOrEqual(2);
    expect(d.start.line).toBeLessThanOrEqual(9);
    expect(bomb[d.start.line - 1]?.[d.start.column - 1]).toBe('*');
    expect(file.documents).toHaveLength(1);
    expect(file.documents[0]?.wellFormed).toBe(false);
    expect(dataOf(file)).toMatchObject({ kind: 'annual_review', id: 'bomb' });
  });

  it('expands a small alias normally', () => {
    const file = parse(lines('a: &x [1, 2]', 'b: *x'));
    expect(file.diagnostics).toEqual([]);
    expect(dataOf(file)).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('survives an alias inside its own anchor', () => {
    let file: LoadedFile | undefined;
    expect(() => (file = parse('a: &x [*x]\n'))).not.toThrow();
    const found = (file?.diagnostics ?? []).filter((d) => d.rule === 'yaml/alias-cycle' || d.rule === 'yaml/syntax');
    expect(found.length).toBeGreaterThan(0);
    expect(file?.documents.every((d) => !d.wellFormed)).toBe(true);
  });
});

describe('parseYaml: syntax errors', () => {
  it('reports an unterminated quote as yaml/syntax and marks the document not well-formed', () => {
    const file = parse(lines('kind: agreement', 'title: "Trygghet', 'id: a'));
    expect(rules(file)).toContain('yaml/syntax');
    expect(file.documents[0]?.wellFormed).toBe(false);
  });

  it('gives the same positions for CRLF as for LF', () => {
    const text = lines('kind: agreement', 'id: a', 'title: x: y', 'notes: ok');
    const lf = parse(text).diagnostics;
    const crlf = parse(text.replace(/\n/g, '\r\n')).diagnostics;
    expect(lf.length).toBeGreaterThan(0);
    expect(lf[0]?.start.line).toBe(3);
    expect(crlf.map((d) => [d.rule, d.start, d.end])).toEqual(lf.map((d) => [d.rule, d.start, d.end]));
  });

  it('refuses 1 000 nested brackets as yaml/too-deep, file after file', () => {
    const text = '['.repeat(1000);
    for (const path of ['deep1.yaml', 'deep2.yaml']) {
      const file = parse(text, path);
      expect(rules(file)).toEqual(['yaml/too-deep']);
      expect(file.diagnostics[0]?.file).toBe(path);
      expect(file.diagnostics[0]?.start.line).toBe(1);
      expect(file.documents).toEqual([]);
    }
  });
});

describe('parseYaml: silence', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints nothing, whatever the input', () => {
    const spies = [
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
      vi.spyOn(console, 'info'),
      vi.spyOn(console, 'debug'),
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(process, 'emitWarning'),
    ];
    const inputs = [
      '%YAML 1.1\n---\na: yes\n',
      '%FOO bar\n---\na: 1\n',
      'a: !custom x\nb: !!binary aGk=\n',
      'key: 1\nkey: 2\n',
      'a: "unterminated\n',
      'a:\n\t- b\n',
      'a: &x [*x]\n',
      'a: *missing\n',
      '{[a]: 1}\n',
      '['.repeat(1000),
      lines(...bomb),
    ];
    for (const input of inputs) parse(input);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

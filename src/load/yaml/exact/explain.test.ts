import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../source.js';
import type { Document } from 'yaml';
import { parseYaml } from '../index.js';
import { explainErrors } from './explain.js';
import { yamlLib } from './yaml-lib.js';

const parse = (text: string) => parseYaml(new SourceFile('a.yaml', text), 'sv');
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const found = (text: string) => parse(text).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.rule} ${d.messageId}`);

describe('explainErrors: one finding per mistake', () => {
  it('names each of several mistakes at its cause, and nothing that followed from them', () => {
    const text = lines('kind: a', 'title: Plan: trygghet', 'id:x', 'list:', '\t- a', '---', 'b: 1', ' c: 2');
    expect(found(text)).toEqual([
      '2:12 yaml/syntax colon-in-text',
      '3:3 yaml/syntax missing-space',
      '5:1 yaml/syntax tab-indent',
      '8:2 yaml/syntax indent-too-far',
    ]);
  });

  it('still reports what the causes do not explain, where it is in the file', () => {
    expect(found(lines('a:', '\tb: 1', 'c: 1', 'c: 2'))).toEqual(['2:1 yaml/syntax tab-indent', '4:1 yaml/duplicate-key duplicate-key']);
    expect(found(lines('a:', '\tb: 1', 'c: "\\q"'))).toEqual(['2:1 yaml/syntax tab-indent', '3:5 yaml/syntax bad_dq_escape']);
  });

  it('places a mistake on a line that putting another right moved at its column as written', () => {
    // The list item moves one column right, and the item's next line with it.
    expect(found(lines('a:', '  - x: 1', ' - y: 2', '   z: Plan: trygghet'))).toEqual([
      '3:2 yaml/syntax indent-too-little',
      '4:11 yaml/syntax colon-in-text',
    ]);
  });

  it('keeps the data yaml read and leaves the other documents of the file alone', () => {
    const file = parse(lines('kind: a', '\tid: x', '---', 'kind: b', 'id: y'));
    expect(file.documents.map((d) => [d.wellFormed, d.data])).toEqual([
      [false, expect.anything()],
      [true, { kind: 'b', id: 'y' }],
    ]);
  });

  it('parses the file again only within its budget, and reports the rest as yaml does', () => {
    const text = Array.from({ length: 6 }, (_, k) => `k${k}:\n  a: 1\n\tb: 1\n`).join('');
    const source = new SourceFile('a.yaml', text);
    const parse = (t: string) => yamlLib().parseAllDocuments(t, { schema: 'core', uniqueKeys: true }) as Document.Parsed[];
    const causes = (budget: number) => explainErrors(source, parse(text), parse, budget)?.causes.map((c) => c.line + 1);
    expect(causes(text.length * 10)).toEqual([3, 6, 9, 12, 15, 18]);
    expect(causes(text.length * 2)).toEqual([3, 6]);
    expect(causes(text.length - 1)).toBeUndefined();
    const explained = explainErrors(source, parse(text), parse, text.length * 2);
    expect(explained?.trees.flatMap((d) => d.errors.map((e) => e.code))).toContain('TAB_AS_INDENT');
  });
});

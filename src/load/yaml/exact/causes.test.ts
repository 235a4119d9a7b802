import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../source.js';
import { parseYaml } from '../index.js';

const parse = (text: string, lang: 'sv' | 'en' = 'sv') => parseYaml(new SourceFile('a.yaml', text), lang);
const lines = (...l: string[]) => `${l.join('\n')}\n`;
/** `line:column-endColumn messageId`, 1-based, for every finding. */
const found = (text: string) => parse(text).diagnostics.map((d) => `${d.start.line}:${d.start.column}-${d.end.column} ${d.messageId}`);

/** Each mistake, where yaml's parser first reported it, and where it really is. */
const CASES: [name: string, text: string, finding: string][] = [
  ['a tab before a key (yaml: the tab, then four follow-ons)', lines('parties:', '  - id: a', '\t  type: b', '  - id: c'), '3:1-2 tab-indent'],
  ['a tab after spaces (yaml: bad indentation)', lines('parties:', '  - id: a', '  \t type: b'), '3:3-4 tab-indent'],
  ['a tab in a block scalar', lines('purpose: |', '\ttext', 'b: 2'), '2:1-2 tab-indent'],
  ['a colon and a space in text', lines('kind: a', 'title: Plan: trygghet', 'id: x'), '2:12-13 colon-in-text'],
  ['a colon ending text in a list item', lines('list:', '  - text: Vandring:', '    id: v'), '2:19-20 colon-in-text'],
  ['no space after a key (yaml: a key over two lines)', lines('kind:agreement', 'id: x'), '1:5-6 missing-space'],
  ['no space after the last key (yaml: a key without value)', lines('kind: a', 'id:x'), '2:3-4 missing-space'],
  ['no space after a key in a list item', lines('p:', '  - id:a', '    type: b'), '2:7-8 missing-space'],
  ['a key indented too far (yaml: the line above)', lines('p:', '  - id: a', '    type: b', '     name: c'), '4:6-10 indent-too-far'],
  ['a top-level key indented one space', lines('kind: a', ' id: x', 'title: t'), '2:2-4 indent-too-far'],
  ['a key indented too little in a list item', lines('p:', '  - id: a', '   type: b', '    name: c'), '3:4-8 indent-too-little'],
  ['a key indented too little in a mapping', lines('review:', '    due: x', '   other: y', 'z: 1'), '3:4-9 indent-too-little'],
  ['a list item indented too little', lines('a:', '  b:', '    - x', '   - y'), '4:4-7 indent-too-little'],
  ['an unclosed double quote (yaml: the end of the file)', lines('kind: a', 'title: "Plan', 'id: x'), '2:8-9 unclosed-quote'],
  ['an unclosed single quote', lines('kind: a', "title: 'Plan", 'id: x'), '2:8-9 unclosed-quote'],
  ['an unclosed quote in a list item', lines('p:', '  - name: "Polisen', '    type: police', '    code: "0380"'), '2:11-12 unclosed-quote'],
  ['an unclosed flow list (yaml: bad indentation below)', lines('p:', '  - responsible: [a, b', '    due: x'), '2:18-19 unclosed-bracket'],
];

describe('yaml errors named at their cause', () => {
  it.each(CASES)('%s', (_name, text, finding) => {
    expect(found(text)).toEqual([finding]);
    expect(parse(text).documents.every((d) => !d.wellFormed)).toBe(true);
  });

  it('says how to fix it, with the line put right, in Swedish and English', () => {
    const text = lines('kind: a', 'title: Plan: trygghet', 'id:x');
    expect(parse(text).diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ['Kolon följt av mellanslag i texten "Plan: trygghet": YAML läser det som ett nytt fält', 'Sätt texten inom citattecken: title: "Plan: trygghet"'],
      ['Mellanslag saknas efter kolon i "id:x"', 'Utan mellanslag läser YAML hela raden som text, inte som fält och värde. Skriv: id: x'],
    ]);
    expect(parse(text, 'en').diagnostics.map((d) => d.hint)).toEqual([
      'Put the text in quotes: title: "Plan: trygghet"',
      'Without a space YAML reads the whole line as text, not as a field and a value. Write: id: x',
    ]);
    const indent = parse(lines('kind: a', ' id: x'), 'en').diagnostics[0];
    expect([indent?.message, indent?.hint]).toEqual([
      '"id" is indented too far: it starts in column 2, the lines on its level in column 1',
      'Move "id" to column 1.',
    ]);
  });

  it('keeps the same positions with CRLF line ends', () => {
    for (const [, text, finding] of CASES) expect(found(text.replace(/\n/g, '\r\n'))).toEqual([finding]);
  });

  it('leaves a mistake it does not know to yaml’s own words', () => {
    expect(found(lines('a: b', 'c: "\\q"'))).toEqual(['2:5-6 bad_dq_escape']);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository, loadKommuner } from '../../../scripts/bench/generate.mjs';
import { PROJECT } from '../../../test/helpers/run-cli.js';
import { SourceFile } from '../source.js';
import { parseFast } from './fast/parser.js';
import { parseYaml } from './index.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
/** `line:column-endColumn pointer` of each finding, the same by the fast and the exact path. */
function found(text: string, lang: 'sv' | 'en' = 'sv'): string[] {
  const [fast, exact] = [false, true].map((e) => parseYaml(new SourceFile('a.yaml', text), lang, { exact: e }).diagnostics);
  expect(fast).toEqual(exact);
  return (fast ?? []).map((d) => `${d.start.line}:${d.start.column}-${d.end.column} ${d.pointer}`);
}

describe('yaml/comment-in-value', () => {
  it('warns at text YAML drops as a comment: a # after one space, before a letter or digit', () => {
    expect(found(lines('case_number: KS #2023/0999', 'title: Trygghet #1'))).toEqual(['1:17-27 /case_number', '2:17-19 /title']);
    expect(found(lines('focus_areas:', '  - id: a', '    measures:', '      - Åtgärd #3 i centrum'))).toEqual(['4:16-28 /focus_areas/0/measures/0']);
    // A plain value over two lines, which a comment ends on the second.
    expect(found(lines('purpose: Samverkan om', '  trygghet #2', 'id: x'))).toEqual(['2:12-14 /purpose']);
    expect(found(lines('id: a', '---', 'id: b', 'notes: se #4'))).toEqual(['4:11-13 /notes']);
  });

  it('stays quiet on comments written as comments, and on text YAML keeps', () => {
    const quiet = lines(
      'valid_to: 2027-05-31  # fem år',
      'responsible:',
      '  - kommunen # ansvarig',
      '  - polisen #',
      'title: "Trygghet #1"',
      "case_number: 'KS #2023/0999'",
      'purpose: |',
      '  Text #1 i ett block',
      'language: C#',
      'notes: x # - se bilaga',
      'empty: #1',
    );
    expect(found(quiet)).toEqual([]);
  });

  it('says what is lost and how to keep it, in Swedish and English', () => {
    const [sv] = parseYaml(new SourceFile('a.yaml', 'case_number: KS #2023/0999\n'), 'sv').diagnostics;
    expect(sv).toMatchObject({
      rule: 'yaml/comment-in-value',
      severity: 'warning',
      message: 'YAML läser "#2023/0999" som en kommentar, så värdet blir bara "KS"',
      hint: 'Sätt hela värdet inom citattecken: "KS #2023/0999". Är det en kommentar, skriv ett mellanslag efter #.',
    });
    const [en] = parseYaml(new SourceFile('a.yaml', 'title: Trygghet #1\r\n'), 'en').diagnostics;
    expect([en?.message, en?.hint]).toEqual([
      'YAML reads "#1" as a comment, so the value is only "Trygghet"',
      'Put the whole value in quotes: "Trygghet #1". If it is a comment, write a space after the #.',
    ]);
  });

  it('leaves a document with a syntax error at that finding', () => {
    expect(parseYaml(new SourceFile('a.yaml', lines('title: Trygghet #1', '\tid: x')), 'sv').diagnostics.map((d) => d.rule)).toEqual(['yaml/syntax']);
  });

  describe('finds nothing in what people write', () => {
    const temp = mkdtempSync(join(tmpdir(), 'samverkan-comment-in-value-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    const yamlFiles = (root: string): string[] =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.parentPath.includes('.github'))
        .map((e) => join(e.parentPath, e.name));
    const check = (files: string[]) => {
      let comments = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const fast = parseFast(text);
        if (typeof fast !== 'string') comments += fast.comments.length;
        const findings = parseYaml(new SourceFile(file, text), 'sv').diagnostics.filter((d) => d.rule === 'yaml/comment-in-value');
        expect(findings, file).toEqual([]);
      }
      return comments;
    };

    it('in every file of examples/', () => {
      const files = yamlFiles(join(PROJECT, 'examples'));
      expect(files.length).toBeGreaterThan(40);
      check(files);
    });

    it('in the bench generator’s repository, whose values have comments beside them', () => {
      generateRepository(temp, { kommuner: loadKommuner().slice(0, 12) });
      expect(check(yamlFiles(temp))).toBeGreaterThan(10);
    });
  });
});

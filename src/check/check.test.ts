import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementYaml, followUpYaml } from '../../test/helpers/documents.js';
import { loadText } from '../../test/helpers/load-text.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedFile } from '../load/loaded-document.js';
import { loadRepository, type LoadedRepository } from '../load/load-repository.js';
import { applySeverities, checkRepository, type CheckResult } from './check.js';

const REVIEW = ['kind: annual_review', 'id: review-1', 'agreement: gnesta-2023', 'held_on: 2024-06-11', 'outcome: unchanged'];
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

const repository = (files: LoadedFile[], diagnostics: Diagnostic[] = []): LoadedRepository => ({ root: '/repo', files, diagnostics, roots: [] });
/** Only the schema check: no domain rules, so the findings are the loader's and the schema's. */
const run = (repo: LoadedRepository): CheckResult => checkRepository(repo, { lang: 'sv', rules: [] });
const rulesOf = (result: CheckResult) => result.diagnostics.map((d) => d.rule);

const diagnostic = (rule: string, severity: Diagnostic['severity'] = 'error', file = 'a.yaml'): Diagnostic => ({
  rule,
  messageId: rule.split('/')[1] ?? rule,
  severity,
  message: rule,
  file,
  start: { line: 1, column: 1 },
  end: { line: 1, column: 2 },
  pointer: '',
});

describe('checkRepository', () => {
  it('schema-checks a well-formed document and records its kind', () => {
    const result = run(repository([loadText(text(...REVIEW), 'ok.yaml'), loadText(text(...REVIEW.slice(0, 4), 'outcome: klar'), 'bad.yaml')]));
    expect(result.documents.map((d) => [d.document.file, d.kind, d.valid])).toEqual([
      ['ok.yaml', 'annual_review', true],
      ['bad.yaml', 'annual_review', false],
    ]);
    expect(result.diagnostics.map((d) => [d.file, d.rule, d.pointer])).toEqual([['bad.yaml', 'schema/enum', '/outcome']]);
  });

  it('does not schema-check a document with a syntax error', () => {
    // Both the kind and the notes would be schema errors if the document were checked.
    const file = loadText(text('kind: agrement', 'extra: 1', 'notes: "unterminated'), 'broken.yaml');
    expect(file.documents[0]?.wellFormed).toBe(false);
    const result = run(repository([file]));
    expect(result.documents.map((d) => [d.kind, d.valid])).toEqual([[undefined, false]]);
    expect(rulesOf(result)).toContain('yaml/syntax');
    expect(rulesOf(result).filter((r) => r.startsWith('schema/'))).toEqual([]);
  });

  it('marks a document invalid when the loader found an error in it, though the schema passes; not its neighbours', () => {
    const file = loadText(text(...REVIEW, '---', ...REVIEW.slice(0, 4), 'outcome: revised', 'outcome: revised'), 'dup.yaml');
    expect(file.documents.map((d) => d.wellFormed)).toEqual([true, true]);
    const result = run(repository([file]));
    expect(rulesOf(result)).toEqual(['yaml/duplicate-key']);
    expect(result.documents.map((d) => [d.kind, d.valid])).toEqual([
      ['annual_review', true],
      ['annual_review', false],
    ]);
  });

  it('keeps a document valid when its file has only warnings', () => {
    const file: LoadedFile = { ...loadText(text(...REVIEW), 'w.yaml'), diagnostics: [diagnostic('yaml/warning', 'warning', 'w.yaml')] };
    const result = run(repository([file]));
    expect(result.documents.map((d) => d.valid)).toEqual([true]);
    expect(rulesOf(result)).toEqual(['yaml/warning']);
  });

  it('keeps the findings of unreadable files and of the repository', () => {
    const unreadable: LoadedFile = { path: 'bin.yaml', documents: [], diagnostics: [diagnostic('file/binary', 'error', 'bin.yaml')] };
    const result = run(repository([unreadable], [diagnostic('file/outside-root', 'warning', 'link.yaml')]));
    expect(result.documents).toEqual([]);
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['link.yaml', 'file/outside-root'],
      ['bin.yaml', 'file/binary'],
    ]);
  });

  describe('on a folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'samverkan-check-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('checks what loadRepository found', async () => {
      writeFileSync(join(root, 'a.yaml'), text(...REVIEW));
      writeFileSync(join(root, 'b.yaml'), text(REVIEW[0]!, 'id: Review 2', ...REVIEW.slice(2)));
      const result = run(await loadRepository(root, { lang: 'en' }));
      expect(result.documents.map((d) => [d.document.file, d.valid])).toEqual([
        ['a.yaml', true],
        ['b.yaml', false],
      ]);
      expect(result.diagnostics.map((d) => [d.file, d.rule, d.pointer, d.start.line, d.start.column])).toEqual([
        ['b.yaml', 'schema/pattern', '/id', 2, 5],
      ]);
    });
  });
});

describe('checkRepository: every finding in one run', () => {
  const where = (result: CheckResult) => [...result.diagnostics].sort(compareDiagnostics).map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.rule}`);
  const agreement = () => loadText(agreementYaml(), 'a.yaml');

  it('runs every rule whose inputs are valid on a document with schema errors, and skips the others for it alone', () => {
    const measures = ['measures:', '  - measure: at-okand', '    status: klar'].join('\n');
    const broken = loadText(followUpYaml({ reported_on: 'reported_on: 2025-02-30', measures }), 'f.yaml');
    const other = loadText(followUpYaml({ id: 'id: other', measures: ['measures:', '  - measure: at-okand', '    status: done'].join('\n') }), 'g.yaml');
    const result = checkRepository(repository([agreement(), broken, other]), { lang: 'sv' });
    // reference/measure reads the measure id, which is valid; follow-up/measure-coverage needs
    // reported_on, which is not, so it is skipped for f.yaml, and still runs on g.yaml.
    expect(where(result)).toEqual([
      'f.yaml:5:14 schema/format',
      'f.yaml:7:14 reference/measure',
      'f.yaml:8:13 schema/enum',
      'g.yaml:7:3 follow-up/measure-coverage',
      'g.yaml:7:14 reference/measure',
    ]);
    expect(result.documents.map((d) => [d.document.file, d.valid, d.derivable])).toEqual([
      ['a.yaml', true, true],
      ['f.yaml', false, false],
      ['g.yaml', true, false],
    ]);
  });

  it('checks the other documents of a file with a syntax error as usual', () => {
    const text = `${followUpYaml({ id: 'id: bad', measures: 'measures: [at-vandring' })}---\n${followUpYaml({ year: 'year: 2031' })}`;
    const file = loadText(text, 'f.yaml');
    expect(file.documents.map((d) => d.wellFormed)).toEqual([false, true]);
    const result = checkRepository(repository([agreement(), file]), { lang: 'sv' });
    expect(where(result)).toEqual(['f.yaml:6:11 yaml/syntax', 'f.yaml:14:7 follow-up/year-in-validity']);
    expect(result.documents.map((d) => d.derivable)).toEqual([true, false, false]);
  });

  it('says nothing at the references to a document whose kind is invalid: its own finding says it once', () => {
    const bad = loadText(agreementYaml({ kind: 'kind: överenskommelse' }), 'a.yaml');
    const result = checkRepository(repository([bad, loadText(followUpYaml(), 'f.yaml')]), { lang: 'sv' });
    expect(where(result)).toEqual(['a.yaml:1:7 schema/enum']);
  });

  it('finds a document with schema errors by its valid id, and nothing through an invalid one', () => {
    const broken = loadText(agreementYaml({ parties: 'parties: []' }), 'a.yaml');
    const badId = loadText(agreementYaml({ id: 'id: Gnesta 2027', valid_from: 'valid_from: 2027-06-01', valid_to: 'valid_to: 2029-12-31', purpose: 'purpose: Ökad trygghet i Gnesta.' }), 'b.yaml');
    const measures = ['measures:', '  - measure: at-okand', '    status: done'].join('\n');
    const followUps = [loadText(followUpYaml({ measures }), 'f.yaml'), loadText(followUpYaml({ id: 'id: g', agreement: 'agreement: Gnesta 2027', measures }), 'g.yaml')];
    const result = checkRepository(repository([broken, badId, ...followUps]), { lang: 'sv' });
    expect(where(result)).toEqual([
      'a.yaml:4:10 schema/minItems',
      'b.yaml:2:5 schema/pattern',
      'f.yaml:7:3 follow-up/measure-coverage',
      'f.yaml:7:14 reference/measure',
      'g.yaml:3:12 schema/pattern',
    ]);
  });
});

describe('applySeverities', () => {
  const findings = [diagnostic('schema/additionalProperties'), diagnostic('schema/enum'), diagnostic('yaml/warning', 'warning')];

  it('returns the findings unchanged without settings', () => {
    expect(applySeverities(findings, undefined)).toEqual(findings);
    expect(applySeverities(findings, {})).toEqual(findings);
  });

  it('drops the findings of a rule that is off', () => {
    expect(applySeverities(findings, { 'schema/enum': 'off' }).map((d) => d.rule)).toEqual(['schema/additionalProperties', 'yaml/warning']);
  });

  it('changes the severity of a rule set to warning or error', () => {
    const result = applySeverities(findings, { 'schema/additionalProperties': 'warning', 'yaml/warning': 'error' });
    expect(result.map((d) => [d.rule, d.severity])).toEqual([
      ['schema/additionalProperties', 'warning'],
      ['schema/enum', 'error'],
      ['yaml/warning', 'error'],
    ]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('leaves findings alone for unknown rule ids and inherited names', () => {
    expect(applySeverities(findings, { 'nope/nothing': 'off' })).toEqual(findings);
    const withToString = [diagnostic('toString'), diagnostic('constructor')];
    expect(applySeverities(withToString, {})).toEqual(withToString);
  });
});

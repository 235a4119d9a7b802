import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { SourceFile } from '../../load/source.js';
import { NO_PAINT, type FormatInput, type Paint } from './formatter.js';
import { pretty } from './pretty.js';

const SOURCES = new Map([
  ['a.yaml', new SourceFile('a.yaml', ['kind: annual_review', 'id: review-1', 'held_on: 2023-02-29', 'outcome: unchangd', ''].join('\n'))],
  ['b.yaml', new SourceFile('b.yaml', ['kind: config', 'languag: en', ''].join('\n'))],
]);

function finding(file: string, line: number, column: number, endColumn: number, severity: Severity, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: 'schema/format',
    messageId: 'invalid-date',
    severity,
    message: 'Datumet finns inte',
    hint: 'Skriv ett riktigt datum.',
    file,
    start: { line, column },
    end: { line, column: endColumn },
    pointer: '/held_on',
    ...extra,
  };
}

const DATE = finding('a.yaml', 3, 10, 20, 'error');
const OUTCOME = finding('a.yaml', 4, 10, 18, 'warning', { rule: 'schema/enum', message: 'Okänt värde', hint: undefined });
const FIELD = finding('b.yaml', 2, 1, 8, 'warning', { rule: 'schema/additionalProperties', message: 'Okänt fält', hint: 'Ta bort fältet.' });

const input = (diagnostics: Diagnostic[], files = ['a.yaml', 'b.yaml', 'c.yaml'], documents = 4): FormatInput => ({
  diagnostics,
  files,
  documents,
  source: (file) => SOURCES.get(file),
  rules: [],
});

const format = (diagnostics: Diagnostic[], lang: Lang = 'sv', paint: Paint = NO_PAINT) =>
  pretty.format(input(diagnostics), { lang, paint, version: 'test' });

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

describe('pretty: a clean run', () => {
  it('prints only the clean line', () => {
    expect(format([])).toBe('✔ Inga problem: 3 filer och 4 dokument kontrollerade.\n');
    expect(format([], 'en')).toBe('✔ No problems: 3 files and 4 documents checked.\n');
  });
});

describe('pretty: findings', () => {
  it('prints a header, the entry, the hint, the code frame and the summary', () => {
    expect(format([DATE])).toBe(
      [
        'a.yaml',
        '  a.yaml:3:10  fel  Datumet finns inte  schema/format',
        '    Skriv ett riktigt datum.',
        '      1 | kind: annual_review',
        '      2 | id: review-1',
        '    > 3 | held_on: 2023-02-29',
        '        |          ^^^^^^^^^^',
        '',
        '✖ 1 fel i 1 av 3 filer (4 dokument kontrollerade).',
        '',
      ].join('\n'),
    );
  });

  it('groups entries under one header per file, in order of first appearance', () => {
    const lines = format([DATE, FIELD, OUTCOME]).split('\n');
    expect(lines.filter((l) => !l.startsWith(' ') && l.endsWith('.yaml'))).toEqual(['a.yaml', 'b.yaml']);
    const entries = lines.filter((l) => /^ {2}\S+\.yaml:\d+:\d+ {2}/.test(l)).map((l) => l.trim().split(/ {2}/)[0]);
    expect(entries).toEqual(['a.yaml:3:10', 'a.yaml:4:10', 'b.yaml:2:1']);
    expect(lines.indexOf('b.yaml')).toBeGreaterThan(lines.findIndex((l) => l.includes('a.yaml:4:10')));
  });

  it('says varning for a warning and leaves out a missing hint', () => {
    const lines = format([OUTCOME]).split('\n');
    expect(lines[1]).toBe('  a.yaml:4:10  varning  Okänt värde  schema/enum');
    expect(lines[2]).toBe('      2 | id: review-1');
    expect(lines.slice(4, 6)).toEqual(['    > 4 | outcome: unchangd', '        |          ^^^^^^^^']);
  });

  it('leaves out the code frame when the source cannot be read', () => {
    const out = pretty.format(
      { ...input([finding('c.yaml', 1, 1, 2, 'error')]), source: () => undefined },
      { lang: 'sv', paint: NO_PAINT, version: 'test' },
    );
    expect(out.split('\n').slice(0, 4)).toEqual(['c.yaml', '  c.yaml:1:1  fel  Datumet finns inte  schema/format', '    Skriv ett riktigt datum.', '']);
    expect(out).not.toContain('|');
  });

  it('says error and warning in English', () => {
    const out = format([DATE, OUTCOME], 'en');
    expect(out).toContain('  a.yaml:3:10  error  Datumet finns inte  schema/format\n');
    expect(out).toContain('  a.yaml:4:10  warning  Okänt värde  schema/enum\n');
  });
});

describe('pretty: summary', () => {
  it('counts errors, warnings and the files they are in', () => {
    expect(lastLine(format([DATE, OUTCOME, OUTCOME]))).toBe('✖ 1 fel och 2 varningar i 1 av 3 filer (4 dokument kontrollerade).');
    expect(lastLine(format([DATE, FIELD]))).toBe('✖ 1 fel och 1 varning i 2 av 3 filer (4 dokument kontrollerade).');
    expect(lastLine(format([OUTCOME, FIELD]))).toBe('✖ 2 varningar i 2 av 3 filer (4 dokument kontrollerade).');
  });

  it('uses English plural forms', () => {
    expect(lastLine(format([DATE, OUTCOME], 'en'))).toBe('✖ 1 error and 1 warning in 1 of 3 files (4 documents checked).');
    expect(lastLine(format([DATE, DATE, OUTCOME, FIELD], 'en'))).toBe('✖ 2 errors and 2 warnings in 2 of 3 files (4 documents checked).');
  });

  it('ends with exactly one line break', () => {
    const out = format([DATE, FIELD]);
    expect(out.endsWith('.\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });
});

describe('pretty: colour', () => {
  const mark = (name: string) => (t: string) => `<${name}>${t}</${name}>`;
  const paint: Paint = {
    red: mark('red'),
    yellow: mark('yellow'),
    green: mark('green'),
    cyan: mark('cyan'),
    dim: mark('dim'),
    bold: mark('bold'),
    underline: mark('underline'),
  };

  it('paints errors red and warnings yellow', () => {
    const out = format([DATE, OUTCOME], 'sv', paint);
    expect(out).toContain('  a.yaml:3:10  <red>fel</red>  Datumet finns inte  <dim>schema/format</dim>\n');
    expect(out).toContain('  a.yaml:4:10  <yellow>varning</yellow>  Okänt värde  <dim>schema/enum</dim>\n');
    expect(out).toContain('<underline><bold>a.yaml</bold></underline>\n');
    expect(out).toContain('    <cyan>Skriv ett riktigt datum.</cyan>\n');
  });

  it('paints the summary red with errors, yellow with only warnings and green when clean', () => {
    expect(lastLine(format([DATE], 'sv', paint))).toMatch(/^<red><bold>✖ 1 fel .*<\/bold><\/red>$/);
    expect(lastLine(format([OUTCOME], 'sv', paint))).toMatch(/^<yellow><bold>✖ 1 varning .*<\/bold><\/yellow>$/);
    expect(format([], 'sv', paint)).toBe('<green>✔ Inga problem: 3 filer och 4 dokument kontrollerade.</green>\n');
  });
});

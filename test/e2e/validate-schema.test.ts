import { describe, expect, it } from 'vitest';
import { STACK_TRACE, copyFixture, parseJsonOutput, runCli, where } from '../helpers/run-cli.js';

describe('samverkan validate: schema problems, end to end', () => {
  it('passes a valid repository with exit 0 and says so', () => {
    const root = copyFixture('valid');
    const json = runCli(['validate', '--root', root, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(parseJsonOutput(json.stdout)).toEqual({
      version: 1,
      diagnostics: [],
      summary: { files: 1, documents: 1, errors: 0, warnings: 0 },
    });
    const pretty = runCli(['validate', '--root', root]);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toBe('✔ Inga problem: 1 filer och 1 dokument kontrollerade.\n');
  });

  it('reports every schema problem class at its exact file:line:col', () => {
    const root = copyFixture('schema-problems');
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics.map(where)).toEqual([
      // unknown field, at the key: a misspelling of the missing "title", so one finding, not a
      // second one that "title" is missing
      'agreements/gnesta-2023.yaml:4:1 schema/additionalProperties',
      // impossible date: at the value
      'agreements/gnesta-2023.yaml:24:11 schema/format',
      'follow-ups/gnesta-2023-2024.yaml:2:1 schema/required',
      // bad enum value
      'follow-ups/gnesta-2023-2024.yaml:8:13 schema/enum',
      // unknown kind, then a missing kind in the second document of the same file
      'reviews/gnesta-2023-2024.yaml:2:7 schema/enum',
      'reviews/gnesta-2023-2024.yaml:8:1 schema/required',
      // wrong types: a number where text belongs, text where a number belongs
      'situation-reports/gnesta-2024.yaml:4:20 schema/type',
      'situation-reports/gnesta-2024.yaml:5:7 schema/type',
    ]);
    expect(report.summary).toEqual({ files: 4, documents: 5, errors: 8, warnings: 0 });
    const byRule = (rule: string, file: string) => report.diagnostics.find((d) => d.rule === rule && d.file.startsWith(file));
    expect(byRule('schema/additionalProperties', 'agreements')).toMatchObject({
      pointer: '/titel',
      end_line: 4,
      end_column: 6,
      message: 'Okänt fält "titel" – menade du "title"? Rätta namnet till title (Rubrik): fältet är obligatoriskt och saknas annars.',
    });
    expect(byRule('schema/required', 'follow-ups')?.message).toMatch(/^Fältet "year" \(.+\) saknas i dokumentet\. Lägg till year:/);
    expect(byRule('schema/enum', 'follow-ups')?.message).toContain('"klar"');
    expect(byRule('schema/enum', 'reviews')?.message).toContain('menade du "annual_review" (aktualitetsprövning)?');
    expect(byRule('schema/type', 'situation-reports')).toMatchObject({
      pointer: '/municipality_code',
      message: expect.stringContaining('"0461"'),
    });
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });

  it('speaks English with --lang en', () => {
    const root = copyFixture('schema-problems');
    const report = parseJsonOutput(runCli(['validate', '--root', root, '--format', 'json', '--lang', 'en']).stdout);
    const unknown = report.diagnostics.find((d) => d.rule === 'schema/additionalProperties');
    expect(unknown?.message).toBe('Unknown field "titel" – did you mean "title"? Change the name to title: the field is required and is otherwise missing.');
  });

  it('shows a code frame with a caret and a summary in pretty output', () => {
    const root = copyFixture('schema-problems');
    const result = runCli(['validate', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      [
        '  agreements/gnesta-2023.yaml:4:1  fel  Okänt fält "titel" – menade du "title"?  schema/additionalProperties',
        '    Rätta namnet till title (Rubrik): fältet är obligatoriskt och saknas annars.',
      ].join('\n'),
    );
    expect(result.stdout).toContain('    > 4 | titel: Samverkansöverenskommelse Gnesta 2023–2027\n        | ^^^^^\n');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 8 fel i 4 av 4 filer (5 dokument kontrollerade).');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours pretty output unless NO_COLOR or --no-color', () => {
    const root = copyFixture('schema-problems');
    const forced = runCli(['validate', '--root', root], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    const flag = runCli(['validate', '--root', root, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain('\u001b[');
  });

  it('--quiet leaves out warnings but keeps errors', () => {
    const root = copyFixture('schema-problems');
    const result = runCli(['validate', '--root', root, '--format', 'json', '--quiet']);
    expect(parseJsonOutput(result.stdout).diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(result.code).toBe(1);
  });
});

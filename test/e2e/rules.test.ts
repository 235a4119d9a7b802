import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/run-cli.js';

interface Listed {
  id: string;
  severity: string;
  effective: string;
  description: string;
}

describe('samverkan rules', () => {
  it('lists every rule with its documentation, in Swedish by default', () => {
    const result = runCli(['rules']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^schema\/additionalProperties {2}fel {2}Inga okända fält\.$/m);
    expect(result.stdout).toMatch(/^reference\/agreement {2}fel {2}/m);
    expect(result.stdout).toContain('    Varför: ');
  });

  it('shows the severity the repository gives each rule, as JSON', () => {
    const root = copyFixture('config-en');
    const result = runCli(['rules', '--root', root, '--format', 'json']);
    expect(result.code).toBe(0);
    const { version, rules } = JSON.parse(result.stdout) as { version: number; rules: Listed[] };
    expect(version).toBe(1);
    expect(rules.find((r) => r.id === 'schema/enum')).toMatchObject({ severity: 'error', effective: 'warning' });
    // samverkan.yaml says language: en.
    expect(rules.find((r) => r.id === 'schema/required')?.description).toBe('Required fields are present (kind too).');
  });

  it('renders a Markdown table', () => {
    const result = runCli(['rules', '--format', 'markdown', '--lang', 'en']);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual(['# Rules', '', '| Rule | Severity | What |', '| --- | --- | --- |']);
  });
});

describe('samverkan rules RULE and samverkan explain RULE', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  it('explain one rule: what, its severity here, why, a wrong and a right example, where to read more', () => {
    const result = runCli(['rules', 'period/order', '--lang', 'en']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'period/order',
        'A period does not end before it starts.',
        '',
        'Severity in this repository: error (the default)',
        'Why: States and deadlines are computed from the periods; a reversed period gives an agreement that is never in force.',
        '',
        'Wrong:',
        '    valid_from: 2023-06-20',
        '    valid_to: 2019-05-31',
        'Right:',
        '    valid_from: 2023-06-20',
        '    valid_to: 2027-05-31',
        '',
        'More: https://www.npmjs.com/package/samverkan#dom%C3%A4nregler',
        '',
      ].join('\n'),
    });
    expect(runCli(['explain', 'period/order', '--lang', 'en'])).toEqual(result);
  });

  it('gives the severity samverkan.yaml sets, in Swedish by default, for built-in rules too', () => {
    const root = copyFixture('config-en');
    temps.push(root);
    const explained = runCli(['explain', 'schema/enum', '--root', root, '--lang', 'sv']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('\nAllvar i det här arkivet: varning (satt i samverkan.yaml; standard: fel)\n');
    expect(explained.stdout).toContain('\nFel:\n');
    const json = JSON.parse(runCli(['rules', 'schema/enum', '--root', root, '--format', 'json']).stdout) as { version: number; rule: Listed & { configured: boolean } };
    expect(json).toMatchObject({ version: 1, rule: { id: 'schema/enum', severity: 'error', effective: 'warning', configured: true } });
  });

  it('writes Markdown, to a file with --output', () => {
    const root = copyFixture('valid');
    temps.push(root);
    const out = `${root}/regel.md`;
    expect(runCli(['explain', 'suppression/invalid', '--format', 'markdown', '-o', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^## `suppression\/invalid`\n\nEtt undantag i en kommentar namnger regler som finns/);
  });

  it('an unknown rule is a usage error with a did-you-mean', () => {
    const result = runCli(['explain', 'reference/mesure']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'samverkan: Okänd regel "reference/mesure" – menade du "reference/measure"? samverkan rules listar alla regler. Se samverkan --help.\n',
    });
    expect(runCli(['explain']).code).toBe(2);
  });
});

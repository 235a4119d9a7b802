import { describe, expect, it } from 'vitest';
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

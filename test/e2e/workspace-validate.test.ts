import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/present/formatters/index.js';
import { git } from '../helpers/git-repo.js';
import { STACK_TRACE, copyFixture, parseJsonOutput, runCli, tempRepo, where, type JsonReport } from '../helpers/run-cli.js';

/*
 * The workspace fixture: three kommuner's repositories, each with its own samverkan.yaml — Gnesta
 * in Swedish with utkast/ excluded, Trosa in English with its GitLab file excluded, Ljungby with
 * working days off — and a samverkan-workspace.yaml listing them.
 */

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function workspace(): string {
  const base = copyFixture('workspace');
  made.push(base);
  return base;
}

/** The fixture with mistakes in two roots: Trosa's exclude does not reach Ljungby, and Trosa's references stay in Trosa. */
function brokenWorkspace(): string {
  const base = workspace();
  cpSync(join(base, 'trosa', '.gitlab-ci.yml'), join(base, 'ljungby', '.gitlab-ci.yml'));
  writeFileSync(
    join(base, 'trosa', 'reviews', 'lagesbild.yaml'),
    'kind: annual_review\nid: granskning-2025\nagreement: ljungby-2020\nheld_on: 2025-01-20\noutcome: unchanged\n',
  );
  return base;
}

describe('validate over a workspace', () => {
  it('checks every root with its own configuration: the workspace file in the current folder', () => {
    const result = runCli(['validate'], { cwd: workspace() });
    expect(result).toEqual({ code: 0, stdout: '✔ Inga problem: 3 arkiv, 19 filer och 19 dokument kontrollerade.\n', stderr: '' });
  });

  it('gives the same findings, with the same paths, for the file, repeated --root and a monorepo', () => {
    const base = brokenWorkspace();
    const viaFile = parseJsonOutput<JsonReport>(runCli(['validate', '--format', 'json'], { cwd: base }).stdout);
    const viaRoots = parseJsonOutput<JsonReport>(runCli(['validate', '--format', 'json', '--root', 'gnesta', '--root', 'trosa', '--root', 'ljungby'], { cwd: base }).stdout);
    const named = parseJsonOutput<JsonReport>(runCli(['validate', '--format', 'json', '--workspace', join(base, 'samverkan-workspace.yaml')]).stdout);
    expect(viaFile.diagnostics.map(where)).toEqual([
      'ljungby/.gitlab-ci.yml:1:1 schema/required',
      'trosa/reviews/lagesbild.yaml:3:12 reference/agreement',
    ]);
    expect(viaRoots).toEqual(viaFile);
    expect(named).toEqual(viaFile);
    // A monorepo: one root whose folders each hold a samverkan.yaml; the outer root reads none of their files.
    renameSync(join(base, 'samverkan-workspace.yaml'), join(base, 'README.txt'));
    const monorepo = runCli(['validate', '--format', 'json', '--root', base]);
    expect(monorepo.code).toBe(1);
    expect(parseJsonOutput<JsonReport>(monorepo.stdout)).toEqual(viaFile);
  });

  it('groups the findings by root, each in its root language, the run in Swedish; exit 1 over all', () => {
    const result = runCli(['validate'], { cwd: brokenWorkspace() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = result.stdout.split('\n');
    expect(out.filter((line) => line.startsWith('▸'))).toEqual(['▸ Arkiv ljungby: 1 fel', '▸ Arkiv trosa: 1 fel']);
    expect(result.stdout).toContain('ljungby/.gitlab-ci.yml:1:1  fel  Fältet "kind" saknas');
    expect(result.stdout).toContain('trosa/reviews/lagesbild.yaml:3:12  error  The agreement "ljungby-2020" is not in the repository');
    expect(out.at(-2)).toBe('✖ 2 fel i 2 av 21 filer i 2 av 3 arkiv (21 dokument kontrollerade).');
    const english = runCli(['validate', '--lang', 'en'], { cwd: brokenWorkspace() });
    expect(english.stdout).toContain('ljungby/.gitlab-ci.yml:1:1  error  The field "kind" is missing');
    expect(english.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors in 2 of 21 files in 2 of 3 repositories (21 documents checked).');
  });

  it.each(FORMAT_NAMES)('keeps working as --format %s, with paths relative to the workspace', (format) => {
    const base = brokenWorkspace();
    const result = runCli(['validate', '--format', format], { cwd: base });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('ljungby/.gitlab-ci.yml');
    expect(result.stdout).toContain('trosa/reviews/lagesbild.yaml');
    expect(result.stdout).not.toContain(base);
  });

  it('one baseline for the whole workspace, keyed by workspace paths', () => {
    const base = brokenWorkspace();
    const update = runCli(['validate', '--baseline', 'baslinje.json', '--update-baseline'], { cwd: base });
    expect(update.stderr).toBe('samverkan: Baslinjen baslinje.json har 2 fynd.\n');
    const written = readFileSync(join(base, 'baslinje.json'), 'utf8');
    expect(written).toContain('"file": "ljungby/.gitlab-ci.yml"');
    expect(written).toContain('"file": "trosa/reviews/lagesbild.yaml"');
    // Neither root's entry is taken for an unused one of the other.
    const result = runCli(['validate', '--baseline', 'baslinje.json', '--format', 'json'], { cwd: base });
    expect(result.code).toBe(0);
    const accepted = parseJsonOutput<JsonReport>(result.stdout).diagnostics as (JsonReport['diagnostics'][number] & { suppressed?: unknown })[];
    expect(accepted.map((d) => [where(d), d.suppressed !== undefined])).toEqual([
      ['ljungby/.gitlab-ci.yml:1:1 schema/required', true],
      ['trosa/reviews/lagesbild.yaml:3:12 reference/agreement', true],
    ]);
    rmSync(join(base, 'trosa', 'reviews', 'lagesbild.yaml'));
    const fixed = parseJsonOutput<JsonReport>(runCli(['validate', '--baseline', 'baslinje.json', '--format', 'json'], { cwd: base }).stdout);
    expect(fixed.diagnostics.filter((d) => !('suppressed' in d)).map(where)).toEqual(['baslinje.json:5:1 baseline/unused']);
  });

  it('never writes --output over the workspace file', () => {
    const base = workspace();
    const before = readFileSync(join(base, 'samverkan-workspace.yaml'), 'utf8');
    const result = runCli(['validate', '--output', 'samverkan-workspace.yaml'], { cwd: base });
    expect(result.code).toBe(2);
    expect(readFileSync(join(base, 'samverkan-workspace.yaml'), 'utf8')).toBe(before);
  });
});

describe('validate --changed over a workspace, with real git', () => {
  it('asks each root its own git and names the files by their workspace paths', () => {
    const base = workspace();
    // A finding committed in Gnesta, which --changed leaves out.
    writeFileSync(join(base, 'gnesta', 'reviews', 'fel.yaml'), 'kind: annual_review\nid: fel\nagreement: samverkan-2023\nheld_on: 2025-02-01\noutcome: oförändrad\n');
    for (const root of ['gnesta', 'trosa', 'ljungby']) {
      git(join(base, root), 'init', '--quiet', '-b', 'main');
      git(join(base, root), 'add', '.');
      git(join(base, root), 'commit', '--quiet', '-m', 'Start');
    }
    // Nothing changed: the committed finding neither shows nor counts.
    expect(runCli(['validate', '--changed'], { cwd: base })).toEqual({ code: 0, stdout: '✔ Inga problem: 3 arkiv, 0 filer och 0 dokument kontrollerade. Bara filer som ändrats sedan main (--changed).\n', stderr: '' });
    // Two new files, not yet committed: Trosa's review of Ljungby's agreement and Ljungby's CI file.
    cpSync(join(base, 'trosa', '.gitlab-ci.yml'), join(base, 'ljungby', '.gitlab-ci.yml'));
    writeFileSync(join(base, 'trosa', 'reviews', 'lagesbild.yaml'), 'kind: annual_review\nid: granskning-2025\nagreement: ljungby-2020\nheld_on: 2025-01-20\noutcome: unchanged\n');
    const all = parseJsonOutput<JsonReport>(runCli(['validate', '--format', 'json'], { cwd: base }).stdout);
    expect(all.diagnostics.map(where)).toContain('gnesta/reviews/fel.yaml:5:10 schema/enum');
    const changed = runCli(['validate', '--changed', '--format', 'json'], { cwd: base });
    expect(changed.code).toBe(1);
    const report = parseJsonOutput<JsonReport>(changed.stdout);
    expect(report.diagnostics.map(where)).toEqual(['ljungby/.gitlab-ci.yml:1:1 schema/required', 'trosa/reviews/lagesbild.yaml:3:12 reference/agreement']);
    expect(report.summary).toEqual({ files: 2, documents: 2, errors: 2, warnings: 0 });
    expect(runCli(['validate', '--changed'], { cwd: base }).stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 fel i 2 av 2 filer i 2 av 3 arkiv (2 dokument kontrollerade). Bara filer som ändrats sedan main (--changed).',
    );
  });
});

describe('a workspace that cannot be used', () => {
  it('a mistake in the workspace file is a configuration error at its line (exit 2)', () => {
    const base = workspace();
    writeFileSync(join(base, 'samverkan-workspace.yaml'), 'kind: workspace\nroots:\n  - gnesta\n  - trossa\n');
    const result = runCli(['validate'], { cwd: base });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'samverkan: samverkan-workspace.yaml:4:5: Mappen "trossa" finns inte – menade du "trosa"? Skriv mappen relativt till arbetsytans fil (samverkan-workspace.yaml), eller ta bort raden.\n' });
  });

  it('a mistake in one root\'s samverkan.yaml stops the run, named by its path in the workspace', () => {
    const base = workspace();
    writeFileSync(join(base, 'ljungby', 'samverkan.yaml'), 'kind: config\ndeadlines:\n  working_day: false\n');
    const result = runCli(['validate'], { cwd: base });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^samverkan: ljungby\/samverkan\.yaml:3:3: .*"working_day".*"working_days"/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('--root with --workspace is a usage error; so is a missing workspace file', () => {
    const base = workspace();
    expect(runCli(['validate', '--root', 'gnesta', '--workspace', 'samverkan-workspace.yaml'], { cwd: base })).toMatchObject({ code: 2, stdout: '' });
    const missing = runCli(['validate', '--workspace', join(base, 'nej.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^samverkan: Arbetsytans fil finns inte: .*nej\.yaml\. Ange filen samverkan-workspace\.yaml med --workspace/);
  });

  it('a root given with --root that holds nothing at all is still an error', () => {
    const base = workspace();
    const empty = tempRepo('empty');
    made.push(empty);
    const result = runCli(['validate', '--root', 'gnesta', '--root', empty], { cwd: base });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^samverkan: Inga \.yaml- eller \.yml-filer hittades i /);
  });
});

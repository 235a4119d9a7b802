import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRepo, git } from '../helpers/git-repo.js';
import { STACK_TRACE, copyFixture, parseJsonOutput, runCli, tempRepo, where } from '../helpers/run-cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function write(root: string, file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

const REVIEW = 'kind: annual_review\nid: uppsala-provning-2025\nagreement: uppsala-2024\nheld_on: 2025-03-03\noutcome: oförändrad\n';
const REPORT = 'kind: situation_report\nid: uppsala-lagesbild-2024\nmunicipality_code: "0380"\nyear: 2024\nadopted_on: 2024-13-01\n';

/** Exit 2, one line on stderr, nothing on stdout. */
function expectExit2(args: string[], stderr: string): void {
  const result = runCli(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`${stderr}\n`);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('validate --changed, with real git', () => {
  // The six-mistakes repository on main; a branch fixes the Swedish status of the follow-up and
  // commits; then a new review lies untracked and a new situation report is staged.
  const root = fixtureRepo('six-mistakes');
  temps.push(root);
  git(root, 'checkout', '--quiet', '-b', 'uppfoljning');
  const followUp = join(root, 'follow-ups/uppsala-2024-2024.yaml');
  writeFileSync(followUp, readFileSync(followUp, 'utf8').replace('status: klar', 'status: done'));
  git(root, 'commit', '--quiet', '-am', 'Status på engelska');
  write(root, 'reviews/uppsala-2025.yaml', REVIEW);
  write(root, 'situation-reports/uppsala-2024.yaml', REPORT);
  git(root, 'add', 'situation-reports/uppsala-2024.yaml');

  it('shows only the findings of files changed since the branch left main: committed, staged and untracked', () => {
    const result = runCli(['validate', '--root', root, '--changed', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseJsonOutput(result.stdout);
    // The measure reference is checked against the agreement, which did not change: cross-file
    // rules read the whole repository.
    expect(report.diagnostics.map(where)).toEqual([
      'follow-ups/uppsala-2024-2024.yaml:8:14 reference/measure',
      'reviews/uppsala-2025.yaml:5:10 schema/enum',
      'situation-reports/uppsala-2024.yaml:5:13 schema/format',
    ]);
    expect(report.summary).toEqual({ files: 3, documents: 3, errors: 3, warnings: 0 });
  });

  it('takes --base: HEAD leaves out what is committed', () => {
    const report = parseJsonOutput(runCli(['validate', '--root', root, '--changed', '--base', 'HEAD', '--format', 'json']).stdout);
    expect(report.diagnostics.map(where)).toEqual(['reviews/uppsala-2025.yaml:5:10 schema/enum', 'situation-reports/uppsala-2024.yaml:5:13 schema/format']);
    // The formats people read say which base the files changed since.
    const pretty = runCli(['validate', '--root', root, '--changed', '--base', 'HEAD', '--lang', 'en']);
    expect(pretty.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors in 2 of 2 files (2 documents checked). Only files changed since HEAD (--changed).');
  });

  it('says that nothing changed, and checks nothing, when nothing did', () => {
    const clean = fixtureRepo('valid');
    temps.push(clean);
    const result = runCli(['validate', '--root', clean, '--changed']);
    expect(result).toEqual({ code: 0, stdout: '✔ Inga problem: 0 filer och 0 dokument kontrollerade. Bara filer som ändrats sedan main (--changed).\n', stderr: '' });
  });

  it('exits 0 when the errors are all in files that did not change, and counts none of them', () => {
    const unchanged = fixtureRepo('six-mistakes');
    temps.push(unchanged);
    expect(runCli(['validate', '--root', unchanged]).code).toBe(1);
    const result = runCli(['validate', '--root', unchanged, '--changed', '--max-warnings', '0', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(parseJsonOutput(result.stdout)).toEqual({ version: 1, diagnostics: [], summary: { files: 0, documents: 0, errors: 0, warnings: 0 } });
  });

  it('refuses a base git does not know, a root outside git, and --base without --changed: exit 2', () => {
    expectExit2(['validate', '--root', root, '--changed', '--base', 'nosuch'], 'samverkan: git känner inte till "nosuch" (--base). Ange en gren, tagg eller commit som finns, till exempel --base origin/main. Se samverkan --help.');
    expectExit2(['validate', '--root', root, '--changed', '--base', '--output=x', '--lang', 'en'], 'samverkan: git does not know "--output=x" (--base). Give a branch, tag or commit that exists, for example --base origin/main. See samverkan --help.');
    const outside = copyFixture('valid');
    temps.push(outside);
    expectExit2(['validate', '--root', outside, '--changed'], `samverkan: --changed behöver ett git-arkiv, men ${outside} ligger inte i något. Kör utan --changed för att kontrollera alla filer.`);
    expectExit2(['validate', '--root', root, '--base', 'main'], 'samverkan: --base gäller bara med --changed. Se samverkan --help.');
    expectExit2(
      ['validate', '--root', root, '--changed', '--baseline', 'b.json', '--update-baseline'],
      'samverkan: --update-baseline skriver hela arkivets fynd; kör det utan --changed. Se samverkan --help.',
    );
  });

  it('starts from origin/HEAD in a clone, and names paths from a root below the top of the repository', () => {
    const top = tempRepo('clone');
    temps.push(top);
    const clone = join(top, 'kommun');
    git(top, 'clone', '--quiet', '--branch', 'main', root, clone);
    // The default branch of the remote, as a clone of GitHub or GitLab has it.
    git(clone, 'remote', 'set-head', 'origin', 'main');
    git(clone, 'checkout', '--quiet', '-b', 'provning');
    // No local main: only origin/HEAD can say where the branch started.
    git(clone, 'branch', '--quiet', '-D', 'main');
    write(clone, 'reviews/uppsala-2025.yaml', REVIEW);
    git(clone, 'add', '.');
    git(clone, 'commit', '--quiet', '-m', 'Prövning');
    expect(git(clone, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD').trim()).toBe('origin/main');
    const report = parseJsonOutput(runCli(['validate', '--root', clone, '--changed', '--format', 'json']).stdout);
    expect(report.diagnostics.map(where)).toEqual(['reviews/uppsala-2025.yaml:5:10 schema/enum']);
    // The same repository checked from the folder above it, as a root of its own.
    const outer = tempRepo('outer');
    temps.push(outer);
    git(outer, 'init', '--quiet', '-b', 'main');
    write(outer, 'kommun/reviews/r.yaml', REVIEW);
    write(outer, 'kommun/agreements/a.yaml', readFileSync(join(root, 'agreements/uppsala-2024.yaml'), 'utf8'));
    const sub = parseJsonOutput(runCli(['validate', '--root', join(outer, 'kommun'), '--changed', '--format', 'json']).stdout);
    expect([...new Set(sub.diagnostics.map((d) => d.file))]).toEqual(['agreements/a.yaml', 'reviews/r.yaml']);
  });
});

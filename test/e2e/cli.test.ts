import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { STACK_TRACE, copyFixture, parseJsonOutput, runCli, tempRepo, where } from '../helpers/run-cli.js';

/** One line on stderr, nothing on stdout, exit 2: the contract for usage errors. */
function expectUsageError(args: string[], message: RegExp) {
  const result = runCli(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('usage errors exit 2 with one line', () => {
  it('unknown command, with a suggestion', () => {
    expectUsageError(['validat'], /^samverkan: okänt kommando 'validat' \(menade du validate\?\)\. Se samverkan --help\.$/);
  });
  it('unknown option, with a suggestion', () => {
    expectUsageError(['validate', '--fromat', 'json'], /^samverkan: okänd flagga '--fromat' \(menade du --format\?\)/);
  });
  it('bad --format', () => {
    expectUsageError(['validate', '--format', 'xml'], /ogiltigt värde: 'xml' för --format; tillåtna är pretty, json, github, junit, sarif, gitlab, markdown/);
  });
  it('--root without a folder', () => {
    expectUsageError(['validate', '--root'], /^samverkan: flaggan '--root' saknar värde/);
  });
  it('a root that does not exist', () => {
    expectUsageError(['validate', '--root', '/no/such/folder'], /^samverkan: Mappen finns inte: \/no\/such\/folder\. Ange/);
  });
  it('in English with --lang en', () => {
    expectUsageError(['validate', '--format', 'xml', '--lang', 'en'], /^samverkan: invalid value: 'xml' for --format; allowed are pretty, json, github, junit, sarif, gitlab, markdown\. See samverkan --help\.$/);
  });
  it('no command at all shows the help on stderr', () => {
    const result = runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Användning: samverkan [flaggor] [kommando]');
  });
});

describe('help and version exit 0', () => {
  it('--help in Swedish', () => {
    const result = runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Flaggor:');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '--format <format> utdataformat; github när GITHUB_ACTIONS=true, gitlab när GITLAB_CI=true, annars pretty (val: pretty, json, github, junit, sarif, gitlab, markdown)',
    );
  });
  it('--version prints the package version', () => {
    const result = runCli(['--version']);
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('samverkan.yaml', () => {
  it('sets the language, excludes folders and changes severities', () => {
    const root = copyFixture('config-en');
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics.some((d) => d.file.startsWith('reviews/'))).toBe(false);
    const enumFinding = report.diagnostics.find((d) => d.rule === 'schema/enum');
    expect(enumFinding).toMatchObject({ severity: 'warning', file: 'follow-ups/gnesta-2023-2024.yaml' });
    expect(enumFinding?.message).toMatch(/^"status" has a value that is not allowed: "klar"/);
    expect(report.summary).toMatchObject({ files: 4, warnings: 1 });
    // --lang wins over the configuration.
    const sv = parseJsonOutput(runCli(['validate', '--root', root, '--format', 'json', '--lang', 'sv']).stdout);
    expect(sv.diagnostics.find((d) => d.rule === 'schema/enum')?.message).toMatch(/^"status" har ett värde/);
  });

  it('a broken configuration is a configuration error: exit 2, one line with its position', () => {
    const root = copyFixture('bad-config');
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^samverkan: samverkan\.yaml:2:1: Okänt fält "langauge" – menade du "language"\?/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--output', () => {
  it('writes the report to a file atomically and prints nothing', () => {
    const root = copyFixture('schema-problems');
    const out = join(tempRepo('out'), 'report.json');
    writeFileSync(out, 'old content');
    const result = runCli(['validate', '--root', root, '--format', 'json', '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(parseJsonOutput(readFileSync(out, 'utf8')).diagnostics.map(where)).toContain('agreements/gnesta-2023.yaml:4:1 schema/additionalProperties');
    expect(readdirSync(join(out, '..'))).toEqual(['report.json']);
  });

  it('an output folder that does not exist is an I/O error (exit 2); --debug adds the stack', () => {
    const root = copyFixture('valid');
    const args = ['validate', '--root', root, '--output', '/no/such/dir/out.txt'];
    const plain = runCli(args);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^samverkan: Kan inte skriva \/no\/such\/dir\/out\.txt \(ENOENT\)\. Kontrollera/);
    expect(plain.stderr).not.toMatch(STACK_TRACE);
    const debug = runCli([...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_TRACE);
    expect(existsSync('/no/such/dir')).toBe(false);
  });
});

describe('internal errors', () => {
  const io = (writes: string[]): Io => ({
    stdout: () => {
      throw new Error('stdout closed');
    },
    stderr: (text) => writes.push(text),
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    stdoutIsTTY: false,
  });

  it('are one line and exit 2, with the stack only under --debug', async () => {
    const root = copyFixture('valid');
    const quiet: string[] = [];
    expect(await run(['validate', '--root', root], io(quiet))).toBe(2);
    expect(quiet.join('')).toMatch(/^samverkan: internt fel: stdout closed\. Kör igen med --debug och rapportera felet\.\n$/);
    const loud: string[] = [];
    expect(await run(['validate', '--root', root, '--debug'], io(loud))).toBe(2);
    expect(loud.join('')).toMatch(STACK_TRACE);
  });
});

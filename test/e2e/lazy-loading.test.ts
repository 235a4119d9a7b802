import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, PROJECT } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'samverkan-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEAVY = ['ajv', 'ajv-formats', 'handlebars', 'luxon', 'yaml', 'playwright-core'] as const;

/** The packages of node_modules a real run of the CLI loads, in name order. */
function packagesLoaded(args: readonly string[], name: string, exitCode = 0): string[] {
  const log = join(work, `${name}.log`);
  const result = spawnSync(
    process.execPath,
    ['--import', join(PROJECT, 'test', 'helpers', 'module-log', 'register.mjs'), BIN, ...args],
    { cwd: PROJECT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', SAMVERKAN_MODULE_LOG: log }, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(exitCode);
  const text = readFileSync(log, 'utf8');
  // The log must hold the CLI's own modules, or the hooks recorded nothing and the test proves nothing.
  expect(text).toMatch(/dist\/cli\/main\.js/);
  return [...new Set([...text.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1] as string))].sort();
}

describe('a command loads only what it needs', () => {
  it.each([
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['validate --help', ['validate', '--help']],
    ['report --help', ['report', '--help']],
  ])('%s loads none of ajv, handlebars, luxon, yaml', (name, args) => {
    const loaded = packagesLoaded(args, name.replace(/\W+/g, '-'));
    expect(loaded).toEqual(['commander']);
  });

  it('validate of a healthy repository needs neither yaml (the fast path reads it) nor handlebars or a browser', () => {
    const loaded = packagesLoaded(['validate', '--root', 'examples'], 'validate');
    expect(loaded).toContain('ajv');
    // luxon adds the years of agreement/max-length, as it adds every month and year (lag 1930:173).
    expect(loaded).toContain('luxon');
    for (const name of ['yaml', 'handlebars', 'playwright-core']) expect(loaded).not.toContain(name);
  });

  it('status loads luxon for today in Stockholm, and no template engine', () => {
    const loaded = packagesLoaded(['status', '--root', 'examples'], 'status');
    expect(loaded).toContain('luxon');
    for (const name of ['yaml', 'handlebars', 'playwright-core']) expect(loaded).not.toContain(name);
  });

  it('validate of a schema mistake needs no yaml either: the fast path recorded where every value is', () => {
    const loaded = packagesLoaded(['validate', '--root', join(PROJECT, 'test', 'fixtures', 'schema-problems')], 'schema', 1);
    expect(loaded).not.toContain('yaml');
  });

  it('validate of a file the fast path leaves to yaml (a tab in it) loads yaml', () => {
    const loaded = packagesLoaded(['validate', '--root', join(PROJECT, 'test', 'fixtures', 'six-mistakes')], 'broken', 1);
    expect(loaded).toContain('yaml');
  });

  it('report loads handlebars, so the checks above would see it', () => {
    const loaded = packagesLoaded(['report', '--root', 'examples', '--year', '2024', '--as-of', '2025-01-15'], 'report');
    expect(loaded).toContain('handlebars');
    expect(loaded).not.toContain('playwright-core');
  });

  it('the heavy packages are the ones the checks above name', () => {
    // A package renamed or replaced must be named here too, or the checks above silently pass.
    const manifest = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
    const installed = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
    for (const name of HEAVY) expect(installed).toContain(name);
  });
});

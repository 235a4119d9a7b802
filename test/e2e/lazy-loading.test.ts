import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, PROJECT } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'samverkan-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The packages the bundle keeps in files of their own, read only when a command needs them. */
const LAZY = ['yaml', 'handlebars'] as const;

interface Loaded {
  /** Every JavaScript file the run loaded, relative to the project. */
  files: string[];
  /** The bundle's files (`cli`, `yaml`, `handlebars`), besides the loader that runs them. */
  bundle: string[];
  /** Packages loaded from node_modules. */
  packages: string[];
}

/** What a real run of the CLI loads. */
function loaded(args: readonly string[], name: string, exitCode = 0): Loaded {
  const log = join(work, `${name}.log`);
  const result = spawnSync(
    process.execPath,
    ['--import', join(PROJECT, 'test', 'helpers', 'module-log', 'register.mjs'), BIN, ...args],
    { cwd: PROJECT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', SAMVERKAN_MODULE_LOG: log }, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(exitCode);
  const lines = readFileSync(log, 'utf8').split('\n').map((line) => line.replace(/^file:\/\//, ''));
  const files = [...new Set(lines.filter((line) => line.startsWith(PROJECT) && /\.[cm]?js$|\/samverkan$/.test(line)))]
    .map((line) => line.slice(PROJECT.length + 1))
    .filter((file) => !file.startsWith('test/'));
  // The log must hold the CLI's bundle, or the hooks recorded nothing and the test proves nothing.
  expect(files).toContain('dist/bundle/cli.cjs');
  return {
    files,
    bundle: files.flatMap((file) => /^dist\/bundle\/(?!loader\.)(.+)\.cjs$/.exec(file)?.[1] ?? []).sort(),
    packages: [...new Set(files.flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? []))].sort(),
  };
}

describe('a command loads only what it needs', () => {
  it.each([
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['validate --help', ['validate', '--help']],
    ['report --help', ['report', '--help']],
  ])('%s loads the bundle and nothing else', (name, args) => {
    const run = loaded(args, name.replace(/\W+/g, '-'));
    expect(run.bundle).toEqual(['cli']);
    expect(run.packages).toEqual([]);
  });

  it('validate of a healthy repository loads a handful of files: neither yaml (the fast path reads it), handlebars nor a browser', () => {
    const run = loaded(['validate', '--root', 'examples'], 'validate');
    expect([...run.files].sort()).toEqual(['bin/samverkan', 'dist/bundle/cli.cjs', 'dist/bundle/loader.cjs']);
    expect(run.packages).toEqual([]);
  });

  it('status and deadlines load no template engine and no yaml', () => {
    for (const command of ['status', 'deadlines']) {
      const run = loaded([command, '--root', 'examples'], command);
      expect(run.bundle).toEqual(['cli']);
      expect(run.packages).toEqual([]);
    }
  });

  it('validate of a schema mistake needs no yaml either: the fast path recorded where every value is', () => {
    const run = loaded(['validate', '--root', join(PROJECT, 'test', 'fixtures', 'schema-problems')], 'schema', 1);
    expect(run.bundle).toEqual(['cli']);
  });

  it('validate of a file the fast path leaves to yaml (a tab in it) loads yaml, as one file', () => {
    const run = loaded(['validate', '--root', join(PROJECT, 'test', 'fixtures', 'six-mistakes')], 'broken', 1);
    expect(run.bundle).toEqual(['cli', 'yaml']);
    expect(run.packages).toEqual([]);
  });

  it('report loads handlebars, so the checks above would see it, and no browser for Markdown', () => {
    const run = loaded(['report', '--root', 'examples', '--year', '2024', '--as-of', '2025-01-15'], 'report');
    expect(run.bundle).toEqual(['cli', 'handlebars']);
    // The browser, pdf-lib, docx and the SVG reader wait for --format pdf, docx and a logo.svg.
    expect(run.packages).toEqual([]);
  });

  it('the lazily loaded packages are the ones the checks above name, and the bundle keeps them apart', () => {
    // A package renamed or replaced must be named here too, or the checks above silently pass.
    const manifest = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { dependencies: object };
    const external = ['playwright-core', '@cantoo/pdf-lib', 'docx', 'fast-xml-parser'];
    for (const name of [...LAZY, ...external]) expect(Object.keys(manifest.dependencies)).toContain(name);
    const bundle = readFileSync(join(PROJECT, 'dist', 'bundle', 'cli.cjs'), 'utf8');
    for (const name of [...LAZY, ...external]) expect(bundle).toContain(`require("${name}")`);
  });
});

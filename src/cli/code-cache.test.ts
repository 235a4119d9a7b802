import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolder, cacheVariant } from './code-cache.js';

/** The compiled loader (npm test builds first): the bundle runs in processes of its own, as in bin/samverkan. */
const LOADER = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli', 'code-cache.js')).href;
const crc32 = (zlib as unknown as { crc32: (data: Uint8Array) => number }).crc32;
const work = mkdtempSync(join(tmpdir(), 'samverkan-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HASH = 'a'.repeat(64);
/** A small bundle as scripts/bundle.mjs writes them: a build line, CommonJS, a chunk it requires. */
function bundle(build = HASH): string {
  const dir = mkdtempSync(join(work, 'bundle-'));
  writeFileSync(
    join(dir, 'cli.cjs'),
    `// samverkan build ${build}\n"use strict";\nconst yaml = require("yaml");\nfunction answer() { return 40 + yaml.two(); }\nmodule.exports = { answer, file: __filename };\n`,
  );
  writeFileSync(join(dir, 'yaml.cjs'), `// samverkan build ${'b'.repeat(64)}\nexports.two = () => 2;\n`);
  return join(dir, 'cli.cjs');
}

/**
 * Runs a bundle in a process of its own, as bin/samverkan does (the cache is written at exit), and
 * returns what it printed: the answer, or the error.
 */
function run(file: string, folder: string | undefined): string {
  const options = folder === undefined ? '{ env: {}, folder: undefined }' : `{ env: {}, folder: ${JSON.stringify(folder)} }`;
  const script = `const { requireBundled } = await import(${JSON.stringify(LOADER)}); console.log(requireBundled(${JSON.stringify(file)}, ${options}).answer());`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.cache'));

describe('requireBundled with its code cache', () => {
  it('runs without a cache folder, and writes a cache of each file it loaded when it has one', () => {
    const file = bundle();
    expect(run(file, undefined)).toBe('42');
    const folder = join(work, 'fresh');
    expect(run(file, folder)).toBe('42');
    expect(cacheFiles(folder).sort()).toEqual([`cli.cjs-other-${process.version}-${process.arch}.cache`, `yaml.cjs-other-${process.version}-${process.arch}.cache`]);
    const cache = join(folder, cacheFiles(folder)[0]!);
    expect(readFileSync(cache, 'latin1').startsWith(`samverkan code cache 1\n${HASH}\n`)).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
  });

  it('uses a valid cache as it is, and replaces one of another build', () => {
    const file = bundle();
    const folder = join(work, 'reuse');
    run(file, folder);
    const cache = join(folder, `cli.cjs-other-${process.version}-${process.arch}.cache`);
    const first = lstatSync(cache);
    expect(run(file, folder)).toBe('42');
    expect(lstatSync(cache).ino).toBe(first.ino);
    expect(run(bundle('c'.repeat(64)), folder)).toBe('42');
    expect(lstatSync(cache).ino).not.toBe(first.ino);
  });

  it.each<[string, (cache: string) => void]>([
    ['truncated', (cache) => writeFileSync(cache, readFileSync(cache).subarray(0, 100))],
    ['with a byte changed', (cache) => {
      const bytes = readFileSync(cache);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
      writeFileSync(cache, bytes);
    }],
    ['garbage with a right header and checksum', (cache) => {
      const garbage = Buffer.alloc(4096, 0x41);
      const crc = crc32(garbage).toString(16).padStart(8, '0');
      writeFileSync(cache, Buffer.concat([Buffer.from(`samverkan code cache 1\n${HASH}\n${crc}\n`), garbage]));
    }],
    ['empty', (cache) => writeFileSync(cache, '')],
    ['a folder', (cache) => {
      rmSync(cache);
      mkdirSync(cache);
    }],
    ['writable by others', (cache) => chmodSync(cache, 0o666)],
  ])('runs right with a cache that is %s, and mends it where it can', (_name, spoil) => {
    const file = bundle();
    const folder = mkdtempSync(join(work, 'spoilt-'));
    run(file, folder);
    const cache = join(folder, `cli.cjs-other-${process.version}-${process.arch}.cache`);
    spoil(cache);
    expect(run(file, folder)).toBe('42');
    if (lstatSync(cache).isFile()) {
      expect(statSync(cache).mode & 0o777).toBe(0o600);
      expect(readFileSync(cache).length).toBeGreaterThan(100);
    }
  });

  it('never follows a link in place of the cache, and leaves its target alone', () => {
    const file = bundle();
    const folder = mkdtempSync(join(work, 'link-'));
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(folder, `cli.cjs-other-${process.version}-${process.arch}.cache`));
    expect(run(file, folder)).toBe('42');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('neither reads nor writes in a folder others may write, and runs all the same', () => {
    const file = bundle();
    const folder = mkdtempSync(join(work, 'shared-'));
    chmodSync(folder, 0o777);
    expect(run(file, folder)).toBe('42');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('runs when the cache folder cannot be made', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    expect(run(bundle(), join(blocker, 'cache'))).toBe('42');
  });
});

describe('cacheFolder', () => {
  it('follows the platform: XDG_CACHE_HOME when absolute, ~/.cache, Library/Caches, LOCALAPPDATA', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(join('/x/cache', 'samverkan'));
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux')).toMatch(/[\\/]\.cache[\\/]samverkan$/);
    expect(cacheFolder({}, 'darwin')).toMatch(/[\\/]Library[\\/]Caches[\\/]samverkan$/);
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\x\\AppData\\Local', 'samverkan', 'Cache'));
    expect(cacheFolder({}, 'win32')).toBeUndefined();
  });
});

describe('cacheVariant', () => {
  it('gives the commands people repeat a cache each, and everything else one', () => {
    expect(cacheVariant(['validate', '--root', 'x'])).toBe('validate');
    expect(cacheVariant(['--root', 'x', 'deadlines', '--format', 'ics'])).toBe('deadlines');
    expect(cacheVariant(['--version'])).toBe('other');
    expect(cacheVariant(['validat'])).toBe('other');
  });
});

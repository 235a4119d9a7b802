import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../errors.js';
import { writeOutput } from './write-atomic.js';

let dir: string;
let printed: { stdout: string; stderr: string };
const io = () => ({ cwd: dir, stdout: (t: string) => void (printed.stdout += t), stderr: (t: string) => void (printed.stderr += t) });
const write = (path: string, content: string | Uint8Array, inputs: string[] = []) => writeOutput(io(), path, content, { lang: 'en', inputs });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-write-'));
  printed = { stdout: '', stderr: '' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('creates a new file and replaces an old one, keeping its permissions and leaving no temp file', async () => {
    await write('out.json', 'one');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('one');
    chmodSync(join(dir, 'out.json'), 0o640);
    await write('out.json', new TextEncoder().encode('two'));
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('two');
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes a name as long as the file system allows, with a short temp name beside it', async () => {
    const name = `${'a'.repeat(250)}.json`;
    await write(name, 'x');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('says a name is too long, and leaves nothing behind', async () => {
    const error = await write(`${'a'.repeat(300)}.json`, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('ENAMETOOLONG');
    expect((error as InputError).hint).toContain('too long');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('follows a link to the file it points at, and the link stays a link', async () => {
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'report.html'), 'old');
    symlinkSync(join('site', 'report.html'), join(dir, 'report.html'));
    symlinkSync('missing.html', join(dir, 'new.html'));
    await write('report.html', 'new');
    await write('new.html', 'created');
    expect(lstatSync(join(dir, 'report.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'site', 'report.html'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'new.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'missing.html'), 'utf8')).toBe('created');
  });

  // The system's own /dev/null and /dev/stdout are reached through links made here: were the
  // rules broken, only the links would be replaced, never the machine's devices.
  it('writes a device directly through a link, and the link and /dev/null stay', async () => {
    symlinkSync('/dev/null', join(dir, 'null'));
    await write('null', 'x');
    expect(lstatSync(join(dir, 'null')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO for the program reading it, and the FIFO stays', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const reader = spawn('cat', [join(dir, 'pipe')]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((done) => reader.on('close', done));
    await write('pipe', 'through the pipe');
    await closed;
    expect(read).toBe('through the pipe');
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('prints to stdout or stderr for a link to the descriptor, as /dev/stdout is, and its /proc names', async () => {
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    await write('stdout', 'out ');
    await write('/proc/self/fd/1', 'again');
    await write('/dev/fd/2', 'err');
    expect(printed).toEqual({ stdout: 'out again', stderr: 'err' });
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });

  it('refuses a file it read, by its name, a link or a hard link, and writes nothing', async () => {
    const input = join(dir, 'agreement.yaml');
    writeFileSync(input, 'kind: agreement\n');
    symlinkSync('agreement.yaml', join(dir, 'link.json'));
    linkSync(input, join(dir, 'hard.json'));
    for (const path of ['agreement.yaml', 'link.json', 'hard.json', input]) {
      const error = await write(path, 'x', [join(dir, 'missing.yaml'), input]).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toContain('(agreement.yaml)');
    }
    expect(readFileSync(input, 'utf8')).toBe('kind: agreement\n');
    expect(readdirSync(dir).sort()).toEqual(['agreement.yaml', 'hard.json', 'link.json']);
  });

  it('says a folder, a missing folder or a link loop cannot be written', async () => {
    symlinkSync('loop', join(dir, 'loop'));
    for (const [path, code] of [['.', 'EISDIR'], ['missing/out.json', 'ENOENT'], ['loop', 'ELOOP']] as const) {
      const error = await write(path, 'x').catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InputError);
      expect((error as InputError).message).toContain(`(${code})`);
    }
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { BIN, FIXTURES, PROJECT, STACK_TRACE, type CliResult } from './run-cli.js';

/**
 * The hostile suite's machinery: every case builds its inputs in a workspace of its own, runs the
 * real CLI once, and must then keep the promises every command makes, whatever the input:
 * the contract's exit code, no stack trace, no raw control character on stdout or stderr, every
 * input byte-identical, no file left behind but the declared outputs, and no network connection
 * (a loopback listener that the inputs point at sees none).
 */
export interface HostileCase {
  /** Unique; the test's name. */
  name: string;
  /** Where the case comes from: an issue and its item, e.g. `14.7`. */
  source: string;
  /** Builds the inputs in the workspace and returns the command line (run in `ws.dir`). */
  setup(ws: Workspace): string[];
  /** The exit code the contract asks for. */
  code: 0 | 1 | 2;
  /** Files (relative to `ws.dir`) the command may create or change; nothing else may change. */
  outputs?: readonly string[];
  /** What stdout and stderr must match; stderr must be empty when not given. */
  stdout?: RegExp;
  stderr?: RegExp;
  /** Further checks on the result. */
  check?(result: CliResult, ws: Workspace): void | Promise<void>;
  /** Runs while the command runs (a FIFO's reader); awaited after it, then checked. */
  during?(ws: Workspace): Promise<unknown>;
  /**
   * Runs the command as a user whom file modes bind: as root (who may read anything), the user
   * nobody; as anyone else, that user.
   */
  unprivileged?: boolean;
  /** Skipped, visibly, where Chromium is missing. */
  needsChromium?: boolean;
  /** Seconds before the command is killed (it then fails on its exit code). Default 20. */
  timeout?: number;
}

export interface Workspace {
  /** The case's folder; the command runs here. */
  dir: string;
  /** `repo/`, the repository root the case fills. */
  root: string;
  /** `outside/`, a folder beside the root that the repository must never read or write. */
  outside: string;
  /** The port of the loopback listener, for inputs that try to reach the network. */
  port: number;
  /** Writes a file relative to `dir`, creating its folders. */
  write(path: string, content: string | Buffer): void;
  /** A symbolic link at `path` (relative to `dir`) to `target` (as given). */
  link(path: string, target: string): void;
  /** Copies a fixture repository from test/fixtures (or `examples`) into `repo/`. */
  copyFixture(name: string): void;
}

/** Control characters that a terminal acts on: C0 except tab and line breaks, DEL and C1. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function workspace(dir: string, port: number): Workspace {
  const root = join(dir, 'repo');
  const outside = join(dir, 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  return {
    dir,
    root,
    outside,
    port,
    write,
    link: (path, target) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    },
    copyFixture: (name) => cpSync(name === 'examples' ? join(PROJECT, 'examples') : join(FIXTURES, name), root, { recursive: true }),
  };
}

/**
 * Every entry below `dir` as the command must leave it: file content by hash, links by target,
 * FIFOs and devices by kind (never opened: reading a FIFO would wait for a writer). Names are read
 * as bytes, so that one that is not UTF-8 is still found; what cannot be reached (a path too long,
 * a folder nobody may list) is recorded as such.
 */
export function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: Buffer, prefix: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(folder, { encoding: 'buffer' });
    } catch (error) {
      entries.set(`${prefix}*`, `not listed: ${(error as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names) {
      const path = Buffer.concat([folder, Buffer.from('/'), name]);
      const key = `${prefix}${Buffer.from(name.toString()).equals(name) ? name.toString() : `${name.toString('latin1')} (not UTF-8)`}`;
      let info: Stats;
      try {
        info = lstatSync(path);
      } catch (error) {
        entries.set(key, `not reached: ${(error as NodeJS.ErrnoException).code}`);
        continue;
      }
      if (info.isSymbolicLink()) entries.set(key, `link -> ${readlinkSync(path, 'buffer').toString('latin1')}`);
      else if (info.isDirectory()) {
        entries.set(key, 'folder');
        walk(path, `${key}/`);
      } else if (info.isFile()) entries.set(key, `file ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
      else entries.set(key, info.isFIFO() ? 'fifo' : 'special');
    }
  };
  walk(Buffer.from(dir), '');
  return entries;
}

/**
 * Removes a case's workspace, also where Node's rmSync cannot: a path longer than the system takes
 * or a name that is not UTF-8 (rm walks by file descriptor and bytes).
 */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    execFileSync('rm', ['-rf', '--', dir]);
  }
}

/** What changed between two snapshots: entries added, removed or altered, outputs left out. */
export function changes(before: Map<string, string>, after: Map<string, string>, outputs: readonly string[]): string[] {
  const found: string[] = [];
  for (const [path, was] of before) if (!outputs.includes(path) && after.get(path) !== was) found.push(`changed or removed: ${path}`);
  for (const path of after.keys()) if (!before.has(path) && !outputs.includes(path)) found.push(`left behind: ${path}`);
  return found;
}

/** A loopback listener that counts every connection made to it. */
export async function listener(): Promise<{ server: Server; port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, connections: () => connections };
}

/** Spawns bin/samverkan without blocking, so the listener can take connections meanwhile. */
export function runCliAsync(args: readonly string[], cwd: string, timeoutSeconds: number, user?: { uid: number; gid: number }): Promise<CliResult & { timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      ...user,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

/** Who runs an `unprivileged` case: nobody where the tests run as root, else the tests' own user. */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65_534, gid: 65_534 } : undefined;

/** The promises every command keeps, as a list of broken ones (empty when all are kept). */
export function brokenPromises(kase: HostileCase, result: CliResult & { timedOut: boolean }): string[] {
  const broken: string[] = [];
  if (result.timedOut) broken.push(`did not finish within ${kase.timeout ?? 20} s`);
  if (result.code !== kase.code) broken.push(`exit ${result.code}, not ${kase.code}`);
  for (const [name, text] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
    if (STACK_TRACE.test(text)) broken.push(`a stack trace on ${name}`);
    const control = RAW_CONTROL.exec(text);
    if (control) broken.push(`a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} on ${name}`);
  }
  if (kase.stdout && !kase.stdout.test(result.stdout)) broken.push(`stdout does not match ${kase.stdout}`);
  if (kase.stderr ? !kase.stderr.test(result.stderr) : result.stderr !== '') broken.push(`stderr is ${JSON.stringify(result.stderr.slice(0, 500))}`);
  return broken;
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(PROJECT, 'bin', 'samverkan');
export const FIXTURES = join(PROJECT, 'test', 'fixtures');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the real bin/samverkan, as a user would, without colour and with a fixed environment. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of a fixture repository in a temp folder, so no test can change the original. */
export function copyFixture(name: string): string {
  const target = mkdtempSync(join(tmpdir(), `samverkan-${name}-`));
  cpSync(join(FIXTURES, name), target, { recursive: true });
  return target;
}

export function tempRepo(prefix = 'repo'): string {
  return mkdtempSync(join(tmpdir(), `samverkan-${prefix}-`));
}

/** Parses `validate --format json` output, failing the test with the raw text when it is not JSON. */
export function parseJsonOutput<T = JsonReport>(stdout: string): T {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new Error(`not JSON:\n${stdout}`);
  }
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  pointer: string;
}

export interface JsonReport {
  version: number;
  diagnostics: JsonDiagnostic[];
  summary: { files: number; documents: number; errors: number; warnings: number };
}

/** `file:line:col rule`, the compact form tests compare. */
export function where(d: JsonDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule}`;
}

/** No Node stack trace: the contract allows one only with --debug. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

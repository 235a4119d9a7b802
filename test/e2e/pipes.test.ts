import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository, loadKommuner } from '../../scripts/bench/generate.mjs';
import { BIN, PROJECT } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'samverkan-pipe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// 40 kommuner: a few hundred KB of deadlines, more than a pipe holds, so the writer meets the closed end.
generateRepository(root, { kommuner: loadKommuner().slice(0, 40) });

describe('output into a pipe that closes early', () => {
  it.each([
    ['deadlines --all --format json', ['deadlines', '--all', '--format', 'json', '--as-of', '2026-11-24']],
    ['deadlines --all', ['deadlines', '--all', '--as-of', '2026-11-24']],
  ])('`samverkan %s | head -c 100` ends quietly with exit 0', (_name, args) => {
    const command = `set -o pipefail; "${process.execPath}" "${BIN}" ${args.join(' ')} --root "${root}" | head -c 100 > /dev/null`;
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', command], { cwd: PROJECT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

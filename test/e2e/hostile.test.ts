import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/index.js';
import { findChromium } from '../helpers/chromium.js';
import { brokenPromises, changes, listener, removeTree, runCliAsync, snapshot, UNPRIVILEGED, workspace } from '../helpers/hostile-harness.js';
import { makeHostileRepo } from '../helpers/hostile-repo.js';
import { HOSTILE_CASES } from './hostile/index.js';
import { HOSTILE_REPO_FINDINGS } from './hostile/repository.js';

/*
 * The hostile suite: each case of ./hostile/ runs the real CLI on inputs built to break it (as an
 * attacker would, and as a careless user would), and must keep every promise of the contract.
 */

const base = mkdtempSync(join(tmpdir(), 'samverkan-hostile-'));
// Open to the unprivileged user some cases run as; what they may not read, each case closes itself.
chmodSync(base, 0o755);
let network: Awaited<ReturnType<typeof listener>>;
beforeAll(async () => {
  network = await listener();
});
afterAll(() => {
  network.server.close();
  removeTree(base);
});

const chromium = findChromium() !== undefined;
if (!chromium && HOSTILE_CASES.some((c) => c.needsChromium)) {
  console.warn('Chromium saknas (installera med apt-get install chromium): hoppar över de fientliga fallen som skriver ut PDF');
}

describe.concurrent('hostile input keeps every promise of the contract', () => {
  for (const [index, kase] of HOSTILE_CASES.entries()) {
    it.skipIf(kase.needsChromium === true && !chromium)(`${kase.source}: ${kase.name}`, async () => {
      const ws = workspace(join(base, String(index)), network.port);
      const args = kase.setup(ws);
      const before = snapshot(ws.dir);
      const [result] = await Promise.all([runCliAsync(args, ws.dir, kase.timeout ?? 20, kase.unprivileged ? UNPRIVILEGED : undefined), kase.during?.(ws)]);
      expect(brokenPromises(kase, result), `stdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`).toEqual([]);
      expect(changes(before, snapshot(ws.dir), kase.outputs ?? [])).toEqual([]);
      await kase.check?.(result, ws);
      // Let a late connection (a browser's prefetch) arrive before counting.
      await new Promise((done) => setTimeout(done, 50));
      expect(network.connections(), 'connections to the loopback listener').toBe(0);
      removeTree(ws.dir);
    }, (kase.timeout ?? 20) * 1000 + 30_000);
  }

  it('has unique names', () => {
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });
});

describe('the loader on hostile input, through the library', () => {
  it('survives every hostile input twice in the same process', async () => {
    const ws = workspace(join(base, 'library'), 0);
    makeHostileRepo(ws.root, ws.outside);
    for (let round = 0; round < 2; round++) {
      const result = await validateRepository({ root: ws.root, lang: 'en' });
      expect(result.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.rule}`)).toEqual(HOSTILE_REPO_FINDINGS);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

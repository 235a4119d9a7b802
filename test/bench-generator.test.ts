import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILES_PER_KOMMUN, generateRepository, loadKommuner, slugify, type Kommun } from '../scripts/bench/generate.mjs';
import { validateRepository } from '../src/index.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-bench-gen-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Every file below root, relative and sorted, with its bytes: what "deterministic" is compared on. */
function snapshot(root: string): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(root, f))]));
}

function kommun(code: string): Kommun {
  const found = loadKommuner().find((k) => k.code === code);
  if (!found) throw new Error(`kommunkod ${code} saknas`);
  return found;
}

// Gnesta (the examples' kommun), Malung-Sälen (hyphen and ä in the name, region Bergslagen) and
// Habo (its slug clashes with Håbo's in the national repository, where it becomes habo-0643).
const KOMMUNER = [kommun('0461'), kommun('2023'), kommun('0643')];

describe('scripts/bench/generate.mjs', () => {
  const root = tempDir();
  const written = generateRepository(root, { kommuner: KOMMUNER });
  const files = snapshot(root);

  it('reads all 290 kommuner with a police region each', () => {
    const all = loadKommuner();
    expect(all).toHaveLength(290);
    expect(all.every((k) => k.policeRegion !== '')).toBe(true);
  });

  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Malung-Sälen')).toBe('malung-salen');
    expect(slugify('Upplands Väsby')).toBe('upplands-vasby');
    expect(slugify('Örnsköldsvik')).toBe('ornskoldsvik');
  });

  it('writes the same number of files for every kommun, plus samverkan.yaml', () => {
    expect(written).toBe(files.size);
    expect(files.size).toBe(1 + KOMMUNER.length * FILES_PER_KOMMUN);
    for (const slug of ['gnesta', 'malung-salen', 'habo']) {
      const own = [...files.keys()].filter((f) => f.split('/').pop()?.startsWith(`${slug}-`));
      expect(own, slug).toHaveLength(FILES_PER_KOMMUN);
    }
  });

  it('is deterministic: a second run writes byte-identical files', () => {
    const again = tempDir();
    generateRepository(again, { kommuner: KOMMUNER });
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...files.keys()]);
    for (const [file, bytes] of files) expect(second.get(file)?.equals(bytes), file).toBe(true);
  });

  it('validates clean: no errors and no warnings', async () => {
    const result = await validateRepository({ root });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toHaveLength(files.size);
  });
});

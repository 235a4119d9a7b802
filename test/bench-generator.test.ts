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

// Gnesta (the examples' kommun), Malung-Sälen (hyphen and ä in the name, region Bergslagen), Håbo
// and Habo (their slugs clash: the later becomes habo-0643), and enough others for every style.
const KOMMUNER = [kommun('0461'), kommun('2023'), kommun('0305'), kommun('0643'), ...loadKommuner().slice(0, 26)];

/** The hand-written styles a national repository must show, each as a pattern over file texts. */
const STYLES: [string, RegExp][] = [
  ['a tight flow list', /^ *[a-z_]+: \[[^ \]][^\]]*, [^\]]*\]$/m],
  ['a spaced flow list', /^ *[a-z_]+: \[ [^\]]+, [^\]]+ \]$/m],
  ['a block list', /^ *- [a-zåäö]/m],
  ['an own-line comment inside a document', /^ +# \S/m],
  ['a trailing comment', /\S {2}# \S/],
  ['folded text (>-)', /: >-$/m],
  ['literal text (|)', /: \|$/m],
  ['a double-quoted string with \\"', /"[^"\n]*\\"/],
  ['a single-quoted string', /: '[^']+'$/m],
  ['an unquoted date', /: \d{4}-\d\d-\d\d$/m],
  ['a quoted date', /: (["'])\d{4}-\d\d-\d\d\1$/m],
  ['plain text over several lines', /^ +[a-z_]+: [^"'>|[\n]{20,}\n {4,}[a-zåäö]/m],
  ['a file with two documents', /\n---\r?\n/],
  ['CRLF line ends', /\r\n/],
];

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

  it('writes a folder per kommun with its files, plus samverkan.yaml', () => {
    expect(written).toBe(files.size);
    for (const slug of ['gnesta', 'malung-salen', 'habo', 'habo-0643']) {
      const own = [...files.keys()].filter((f) => f.startsWith(`${slug}/`));
      // Both annual reviews may share one file of two documents.
      expect(own.length, slug).toBeGreaterThanOrEqual(FILES_PER_KOMMUN - 1);
      expect(own.length, slug).toBeLessThanOrEqual(FILES_PER_KOMMUN);
    }
    expect(files.has('samverkan.yaml')).toBe(true);
  });

  it('writes every hand-written style somewhere', () => {
    const texts = [...files.values()].map((bytes) => bytes.toString('utf8'));
    const missing = STYLES.filter(([, pattern]) => !texts.some((text) => pattern.test(text))).map(([name]) => name);
    expect(missing).toEqual([]);
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

  it('writes one kommun at the root of its repository', () => {
    const one = tempDir();
    generateRepository(one, { kommuner: [kommun('0461')] });
    expect(readdirSync(one).sort()).toContain('agreements');
  });
});

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { x as extract } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { gzippedTar, splitPath, type TarEntry } from './ustar.js';

const work = mkdtempSync(join(tmpdir(), 'samverkan-ustar-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Path segments as packages have them, with Swedish letters and lengths that need ustar's prefix. */
const segment = fc.oneof(fc.constantFrom('dist', 'schemas', 'å', 'mall.hbs', 'x'.repeat(60), 'ä'.repeat(40)), fc.stringMatching(/^[a-z0-9_.-]{1,20}$/).filter((s) => s !== '.' && s !== '..'));
const entries = fc.uniqueArray(
  fc.record({
    path: fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `package/${parts.join('/')}`),
    content: fc.uint8Array({ maxLength: 1500 }),
    executable: fc.boolean(),
  }),
  { selector: (e) => e.path, minLength: 1, maxLength: 6 },
).filter((list) => list.every((a) => list.every((b) => a === b || !b.path.startsWith(`${a.path}/`))));

describe('gzippedTar', () => {
  it('node-tar, which npm unpacks packages with, reads back every file, byte for byte and mode', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(entries, async (files) => {
        const fits = files.filter((f) => fitsUstar(f.path));
        if (fits.length === 0) return;
        const dir = join(work, String(run++));
        const archive = join(work, `${run}.tgz`);
        mkdirSync(dir);
        writeFileSync(archive, gzippedTar(fits));
        await extract({ file: archive, cwd: dir, strict: true });
        for (const file of fits) {
          const target = join(dir, ...file.path.split('/'));
          expect(new Uint8Array(readFileSync(target))).toEqual(file.content);
          expect((statSync(target).mode & 0o100) !== 0, file.path).toBe(file.executable);
        }
        expect(listAll(dir).sort()).toEqual(fits.map((f) => f.path).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same bytes for the same files', () => {
    const files: TarEntry[] = [{ path: 'package/a.txt', content: new TextEncoder().encode('a') }];
    expect(gzippedTar(files)).toEqual(gzippedTar(files));
  });

  it('splits a long path into ustar prefix and name, and refuses what cannot fit', () => {
    expect(splitPath(`package/${'a'.repeat(96)}/b.js`)).toEqual({ prefix: `package/${'a'.repeat(96)}`, name: 'b.js' });
    expect(() => splitPath(`package/${'a'.repeat(120)}`)).toThrow(/too long/);
  });
});

function fitsUstar(path: string): boolean {
  try {
    splitPath(path);
    return true;
  } catch {
    return false;
  }
}

function listAll(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const path = base === '' ? entry.name : `${base}/${entry.name}`;
    return entry.isDirectory() ? listAll(dir, path) : [path];
  });
}

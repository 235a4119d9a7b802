import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rootsInside } from './validate-workspace.js';

describe('rootsInside', () => {
  it('lists, for each root, the roots below it at any depth, and none beside it', () => {
    const base = join(sep, 'region');
    const [kommuner, gnesta, trosa, gnestad] = ['kommuner', 'kommuner/gnesta', 'kommuner/gnesta/trosa', 'kommuner/gnestad'].map((p) => join(base, p));
    const inside = rootsInside([kommuner!, gnesta!, trosa!, gnestad!]);
    expect([...(inside.get(kommuner!) ?? [])].sort()).toEqual([gnesta, trosa, gnestad].sort());
    expect([...(inside.get(gnesta!) ?? [])]).toEqual([trosa]);
    expect(inside.has(trosa!)).toBe(false);
    expect(inside.has(gnestad!)).toBe(false);
  });

  it('agrees with comparing every pair of roots by prefix', () => {
    const segment = fc.constantFrom('a', 'b', 'ab', 'a-b');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => join(sep, ...s));
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 8 }), (reals) => {
        const inside = rootsInside(reals);
        for (const real of reals) {
          const byPrefix = reals.filter((other) => other !== real && other.startsWith(real + sep)).sort();
          expect([...(inside.get(real) ?? [])].sort()).toEqual(byPrefix);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

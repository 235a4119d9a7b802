import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rootFinder } from './root-of-path.js';

/** The rule as written: the longest label the path starts with (then a `/`), `''` for any path. */
function byComparison(path: string, labels: readonly string[]): number {
  let best = -1;
  labels.forEach((label, i) => {
    const inside = label === '' || path.startsWith(`${label}/`);
    if (inside && (best === -1 || label.length > labels[best]!.length)) best = i;
  });
  return best;
}

describe('rootFinder', () => {
  it('takes the longest label a path is under, the first of equal ones, and -1 for none', () => {
    const labels = ['kommuner', 'kommuner/gnesta', 'trosa', 'kommuner/gnesta'];
    const find = rootFinder(labels);
    expect(find('kommuner/gnesta/agreements/a.yaml')).toBe(1);
    expect(find('kommuner/trosa/a.yaml')).toBe(0);
    expect(find('kommuner/gnestad/a.yaml')).toBe(0);
    expect(find('trosa/samverkan.yaml')).toBe(2);
    expect(find('baseline.json')).toBe(-1);
    expect(find('trosa')).toBe(-1);
    expect(rootFinder(['', 'a'])('b/x.yaml')).toBe(0);
    expect(rootFinder(['', 'a'])('a/x.yaml')).toBe(1);
  });

  it('agrees with comparing the path with every label', () => {
    const segment = fc.constantFrom('a', 'b', 'ab', '..', 'a-b');
    const label = fc.oneof(fc.constant(''), fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')));
    const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `${s.join('/')}/x.yaml`);
    fc.assert(fc.property(fc.array(label, { maxLength: 6 }), path, (labels, p) => rootFinder(labels)(p) === byComparison(p, labels)), { numRuns: 2000 });
  });
});

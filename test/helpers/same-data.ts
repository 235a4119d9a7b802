import { child } from '../../src/model/pointer.js';

/**
 * Where two values of loaded YAML data differ (a pointer and both sides), or undefined when they
 * are the same. Stricter than `toEqual` where the fast path could slip unseen: key order counts,
 * `-0` is not `0`, and `NaN` equals `NaN`.
 */
export function dataDifference(a: unknown, b: unknown, at = ''): string | undefined {
  const differ = (what = `${show(a)} ≠ ${show(b)}`) => `${at === '' ? '(root)' : at}: ${what}`;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) ? undefined : differ();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return differ();
    if (a.length !== b.length) return differ(`${a.length} items ≠ ${b.length} items`);
    for (let i = 0; i < a.length; i++) {
      const difference = dataDifference(a[i], b[i], child(at, i));
      if (difference) return difference;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.join('\u0000') !== keysB.join('\u0000')) return differ(`keys ${show(keysA)} ≠ ${show(keysB)}`);
    for (const key of keysA) {
      const difference = dataDifference(a[key], b[key], child(at, key));
      if (difference) return difference;
    }
    return undefined;
  }
  return a === b ? undefined : differ();
}

/** Every JSON Pointer into the data, the whole document (`''`) first, in document order. */
export function pointersOf(data: unknown, at = ''): string[] {
  const pointers = [at];
  if (Array.isArray(data)) data.forEach((item, i) => pointers.push(...pointersOf(item, child(at, i))));
  else if (isRecord(data)) for (const [key, value] of Object.entries(data)) pointers.push(...pointersOf(value, child(at, key)));
  return pointers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

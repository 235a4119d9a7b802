import { describe, expect, it } from 'vitest';
import { InvalidInputRead, guardData, isInvalidInputRead, readIfValid } from './guarded-data.js';

const data = () => ({
  id: 'gnesta-2023',
  valid_from: '2023-06-20',
  valid_to: '2023-13-45',
  parties: [
    { id: 'gnesta-kommun', type: 'municipality', name: 'Gnesta kommun', municipality_code: 461 },
    { id: 'lpo', type: 'police', name: 'LPO' },
  ],
});

/** The pointer of the invalid read `read` makes, or 'none'. */
function invalidRead(read: () => unknown): string {
  try {
    read();
    return 'none';
  } catch (error) {
    if (error instanceof InvalidInputRead) return error.pointer;
    throw error;
  }
}

describe('guardData', () => {
  it('gives data without invalid places back as it is', () => {
    const raw = data();
    expect(guardData(raw, [])).toBe(raw);
  });

  it('reads valid values as usual, and throws at an invalid one with its pointer', () => {
    const guarded = guardData(data(), ['/valid_to', '/parties/0/municipality_code']);
    expect(guarded.valid_from).toBe('2023-06-20');
    expect(guarded.parties[1]).toEqual(data().parties[1]);
    expect(guarded.parties.map((p) => p.name)).toEqual(['Gnesta kommun', 'LPO']);
    expect(invalidRead(() => guarded.valid_to)).toBe('/valid_to');
    expect(invalidRead(() => guarded.parties.map((p) => p.municipality_code))).toBe('/parties/0/municipality_code');
  });

  it('throws for a missing required field, whatever way it is asked for', () => {
    const data: { id: string; title?: string } = { id: 'x' };
    const guarded = guardData(data, ['/title']);
    expect(invalidRead(() => guarded.title)).toBe('/title');
    expect(invalidRead(() => 'title' in guarded)).toBe('/title');
    expect(invalidRead(() => Object.hasOwn(guarded, 'title'))).toBe('/title');
  });

  it('throws when an invalid value is reached by walking the whole object', () => {
    const guarded = guardData(data(), ['/parties/1']);
    expect(invalidRead(() => JSON.stringify(guarded))).toBe('/parties/1');
    expect(invalidRead(() => ({ ...guarded.parties[1] }))).toBe('/parties/1');
    expect(invalidRead(() => [...guarded.parties])).toBe('/parties/1');
    expect(guarded.parties.length).toBe(2);
    expect(Object.keys(guarded)).toEqual(['id', 'valid_from', 'valid_to', 'parties']);
  });

  it('keeps identity across reads, so caches keyed by object work', () => {
    const guarded = guardData(data(), ['/parties/0/municipality_code']);
    expect(guarded.parties).toBe(guarded.parties);
    expect(guarded.parties[0]).toBe(guarded.parties[0]);
    expect(Array.isArray(guarded.parties)).toBe(true);
  });

  it('is read-only', () => {
    const guarded = guardData(data(), ['/valid_to']) as Record<string, unknown>;
    expect(() => {
      guarded.id = 'other';
    }).toThrow(TypeError);
    expect(() => delete guarded.id).toThrow(TypeError);
  });

  it('refuses a document that is invalid as a whole', () => {
    expect(invalidRead(() => guardData(data(), ['']))).toBe('');
  });

  it('escapes pointer segments', () => {
    const guarded = guardData({ 'a/b': { '~c': 1 } }, ['/a~1b/~0c']);
    expect(invalidRead(() => guarded['a/b']['~c'])).toBe('/a~1b/~0c');
  });
});

describe('readIfValid', () => {
  it('gives the value, or undefined for an invalid read; other errors pass through', () => {
    const guarded = guardData(data(), ['/valid_to']);
    expect(readIfValid(() => guarded.valid_from)).toBe('2023-06-20');
    expect(readIfValid(() => guarded.valid_to)).toBeUndefined();
    expect(() => readIfValid(() => JSON.parse('{'))).toThrow(SyntaxError);
    expect(isInvalidInputRead(new Error('x'))).toBe(false);
  });
});

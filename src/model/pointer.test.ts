import { describe, expect, it } from 'vitest';
import { child, escapeSegment, lastSegment, parentPointer, parsePointer, unescapeSegment } from './pointer.js';

describe('escapeSegment / unescapeSegment (RFC 6901 §3, §4)', () => {
  it('escapes ~ as ~0 and / as ~1', () => {
    expect(escapeSegment('a~b')).toBe('a~0b');
    expect(escapeSegment('a/b')).toBe('a~1b');
    expect(escapeSegment('~/')).toBe('~0~1');
    expect(escapeSegment(3)).toBe('3');
    expect(escapeSegment('')).toBe('');
  });

  it('unescapes ~1 to / and ~0 to ~', () => {
    expect(unescapeSegment('a~1b')).toBe('a/b');
    expect(unescapeSegment('a~0b')).toBe('a~b');
    expect(unescapeSegment('~0~1')).toBe('~/');
  });

  it('decodes ~01 as the literal ~1, never as /', () => {
    // RFC 6901 §4: ~1 is replaced first, then ~0, so that ~01 becomes ~1 and not /.
    expect(unescapeSegment('~01')).toBe('~1');
    expect(escapeSegment('~1')).toBe('~01');
  });

  it('round-trips awkward segments', () => {
    for (const segment of ['~1', '~0', '/~', '~~//', 'a/b~c', '', ' ', 'å/ä~ö', '~01']) {
      expect(unescapeSegment(escapeSegment(segment))).toBe(segment);
      expect(parsePointer(child('', segment))).toEqual([segment]);
    }
  });
});

describe('child', () => {
  it('appends escaped segments, numbers as decimal text', () => {
    expect(child('/parties', 0, 'name')).toBe('/parties/0/name');
    expect(child('', 'a/b', 'c~d', 12)).toBe('/a~1b/c~0d/12');
  });

  it('returns the pointer unchanged when no segments are given', () => {
    expect(child('/a')).toBe('/a');
    expect(child('')).toBe('');
  });

  it('keeps an empty key as an empty segment', () => {
    expect(child('', '')).toBe('/');
    expect(child('/a', '', 'b')).toBe('/a//b');
  });
});

describe('parsePointer', () => {
  it("parses '' as the whole document", () => {
    expect(parsePointer('')).toEqual([]);
  });

  it('keeps empty segments', () => {
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/a//b')).toEqual(['a', '', 'b']);
    expect(parsePointer('/a/')).toEqual(['a', '']);
    expect(parsePointer('//')).toEqual(['', '']);
  });

  it('decodes each segment', () => {
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(parsePointer('/~01')).toEqual(['~1']);
  });

  it('throws on a string that is not a pointer', () => {
    expect(() => parsePointer('a')).toThrow();
    expect(() => parsePointer('a/b')).toThrow();
    expect(() => parsePointer('#/a')).toThrow();
  });
});

describe('parentPointer', () => {
  it('drops the last segment', () => {
    expect(parentPointer('/a/b')).toBe('/a');
    expect(parentPointer('/parties/0/name')).toBe('/parties/0');
    expect(parentPointer('/a')).toBe('');
  });

  it("gives the root for the root", () => {
    expect(parentPointer('')).toBe('');
  });

  it('drops an escaped last segment whole', () => {
    expect(parentPointer('/a/b~1c')).toBe('/a');
  });

  it('drops only the last of several empty segments', () => {
    expect(parentPointer('/a//b')).toBe('/a/');
    expect(parentPointer('/a/')).toBe('/a');
    expect(parentPointer('/')).toBe('');
  });
});

describe('lastSegment', () => {
  it('returns the decoded last segment', () => {
    expect(lastSegment('/a/b')).toBe('b');
    expect(lastSegment('/a/b~1c~0')).toBe('b/c~');
    expect(lastSegment('/parties/3')).toBe('3');
  });

  it('returns the empty key for a trailing empty segment', () => {
    expect(lastSegment('/a/')).toBe('');
    expect(lastSegment('/')).toBe('');
  });

  it('returns undefined for the root', () => {
    expect(lastSegment('')).toBeUndefined();
  });

  it('throws on a non-pointer', () => {
    expect(() => lastSegment('a')).toThrow();
  });
});

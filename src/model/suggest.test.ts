import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from './documents.js';
import { editDistance, suggest } from './suggest.js';

describe('suggest', () => {
  it('suggests the field a swap of two letters came from', () => {
    expect(suggest('titel', ['title', 'id'])).toBe('title');
  });

  it('suggests the document kind a missing letter came from', () => {
    expect(suggest('agrement', DOCUMENT_KINDS)).toBe('agreement');
    expect(suggest('anual_review', DOCUMENT_KINDS)).toBe('annual_review');
    expect(suggest('folow-up', DOCUMENT_KINDS)).toBe('follow_up');
  });

  it('ignores letter case when comparing, and returns the candidate as written', () => {
    expect(suggest('Titel', ['title'])).toBe('title');
    expect(suggest('AGREEMENT', DOCUMENT_KINDS)).toBe('agreement');
    expect(suggest('kind', ['Kind'])).toBe('Kind');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(suggest('xyz', DOCUMENT_KINDS)).toBeUndefined();
    expect(suggest('budget', ['title', 'id', 'kind'])).toBeUndefined();
    expect(suggest('titel', [])).toBeUndefined();
  });

  it('does not suggest the word itself', () => {
    expect(suggest('title', ['title'])).toBeUndefined();
    expect(suggest('id', ['id'])).toBeUndefined();
  });

  it('picks the closest of several candidates', () => {
    expect(suggest('statsu', ['start', 'state', 'status'])).toBe('status');
    expect(suggest('partes', ['parties', 'partners'])).toBe('parties');
  });

  it('allows one edit even for very short words', () => {
    expect(suggest('di', ['id'])).toBe('id');
    expect(suggest('x', ['id'])).toBeUndefined();
  });

  it('allows more edits in longer words, up to 40 % of the length', () => {
    // "situation_report" has 16 characters: 6 edits are allowed, 7 are not.
    expect(suggest('situation_rzzzzz', ['situation_report'])).toBe('situation_report'); // 5
    expect(suggest('situation_zzzzzz', ['situation_report'])).toBe('situation_report'); // 6
    expect(suggest('situatiozzzzzzzz', ['situation_report'])).toBeUndefined(); // 7
  });

  it('accepts any iterable of candidates', () => {
    expect(suggest('titel', new Set(['title']))).toBe('title');
  });
});

describe('editDistance', () => {
  it('with a limit, is exact up to it and limit + 1 past it, on 20 000 random pairs', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = () => Array.from({ length: random(12) }, () => 'abcde'[random(5)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [a, b, limit] = [word(), word(), random(6)];
      expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(Math.min(editDistance(a, b), limit + 1));
    }
  });

  it('is 0 for equal strings, including two empty ones', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('agreement', 'agreement')).toBe(0);
  });

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcd', '')).toBe(4);
  });

  it('counts a swap of adjacent characters as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('abc', 'abxc')).toBe(1);
    expect(editDistance('agrement', 'agreement')).toBe(1);
    expect(editDistance('abxc', 'abc')).toBe(1);
    expect(editDistance('abc', 'axc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['kitten', 'sitting'], ['ab', 'ba'], ['', 'xyz'], ['titel', 'title'], ['ca', 'abc']] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it('is the optimal-string-alignment distance: a swapped pair is not edited again', () => {
    // Unrestricted Damerau–Levenshtein would give 2 (ca → ac → abc); OSA gives 3.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('is case-sensitive; suggest lowers the case itself', () => {
    expect(editDistance('A', 'a')).toBe(1);
  });

  it('is never less than the difference in length', () => {
    expect(editDistance('a'.repeat(30), '')).toBe(30);
    expect(editDistance('abc'.repeat(10), 'abc')).toBe(27);
  });

  it('gives the true distance when the lengths differ by more than 20', () => {
    expect(editDistance('a'.repeat(25), 'b')).toBe(25);
  });

  it('does not suggest an unrelated long name', () => {
    expect(suggest('a'.repeat(100), ['b'.repeat(70)])).toBeUndefined();
  });
});

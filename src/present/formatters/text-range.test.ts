import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../test/helpers/format-input.js';
import type { Position } from '../../model/diagnostic.js';
import { rangeInText } from './text-range.js';

const source = (text: string) => {
  const lines = text.split('\n');
  return { lineCount: lines.length, lineText: (n: number) => lines[n - 1] ?? '' };
};
const at = (start: Position, end: Position = start) => diagnostic({ start, end });
const FIVE = 'kind: annual_review\nid: a\nagreement: b\nheld_on: 2024-06-11\noutcome: "x\n';

describe('rangeInText', () => {
  it('keeps a range that lies on the text', () => {
    expect(rangeInText(at({ line: 2, column: 5 }, { line: 2, column: 6 }), source(FIVE))).toEqual({ start: { line: 2, column: 5 }, end: { line: 2, column: 6 } });
  });

  it('moves the end of the text after a final line break onto the last character of the last line', () => {
    expect(rangeInText(at({ line: 6, column: 1 }), source(FIVE))).toEqual({ start: { line: 5, column: 11 }, end: { line: 5, column: 12 } });
  });

  it('widens an empty range to the character it stands before', () => {
    expect(rangeInText(at({ line: 2, column: 1 }), source(FIVE))).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 2 } });
  });

  it('clamps columns past the end of a line and an end before the start', () => {
    expect(rangeInText(at({ line: 2, column: 40 }, { line: 1, column: 1 }), source(FIVE))).toEqual({ start: { line: 2, column: 5 }, end: { line: 2, column: 6 } });
  });

  it('leaves an empty line empty, and keeps positions (made valid) without the text', () => {
    expect(rangeInText(at({ line: 2, column: 1 }), source('a: 1\n\nb: 2\n'))).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 1 } });
    expect(rangeInText(at({ line: 0, column: 0 }), undefined)).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    expect(rangeInText(at({ line: 7, column: 3 }), undefined)).toEqual({ start: { line: 7, column: 3 }, end: { line: 7, column: 3 } });
  });
});

import { describe, expect, it } from 'vitest';
import { SourceFile } from './source.js';

const file = (text: string) => new SourceFile('docs/a.yaml', text);

describe('SourceFile.positionAt', () => {
  it('places offsets found by counting breaks where its line table places them', () => {
    const text = 'a: 1\r\n\nbb: "x\ny"\n  - c\n\n';
    const table = file(text);
    table.positionAt(text.length);
    table.positionAt(text.length);
    for (let offset = -1; offset <= text.length + 1; offset++) expect(file(text).positionAt(offset)).toEqual(table.positionAt(offset));
    // One file asked again and again: by counting at first, by its table later, the same answers.
    const asked = file(text);
    for (let offset = text.length + 1; offset >= -1; offset--) expect(asked.positionAt(offset)).toEqual(table.positionAt(offset));
  });

  it('puts offset 0 at line 1, column 1', () => {
    expect(file('a: 1\n').positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(file('').positionAt(0)).toEqual({ line: 1, column: 1 });
  });

  it('counts columns within a line from 1', () => {
    expect(file('ab: 1\ncd: 2\n').positionAt(4)).toEqual({ line: 1, column: 5 });
  });

  it('places the line break at the end of its own line', () => {
    const source = file('ab\ncd\n');
    expect(source.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(source.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(source.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(source.positionAt(5)).toEqual({ line: 2, column: 3 });
    expect(source.positionAt(6)).toEqual({ line: 3, column: 1 });
  });

  it('counts the \\r of CRLF as part of the previous line', () => {
    const source = file('ab\r\ncd\r\nef');
    expect(source.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(source.positionAt(3)).toEqual({ line: 1, column: 4 });
    expect(source.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(source.positionAt(8)).toEqual({ line: 3, column: 1 });
    expect(source.positionAt(9)).toEqual({ line: 3, column: 2 });
  });

  it('clamps offsets past the end and before the start', () => {
    const source = file('ab\ncd');
    expect(source.positionAt(5)).toEqual({ line: 2, column: 3 });
    expect(source.positionAt(1000)).toEqual({ line: 2, column: 3 });
    expect(source.positionAt(-4)).toEqual({ line: 1, column: 1 });
    expect(file('ab\n').positionAt(99)).toEqual({ line: 2, column: 1 });
  });

  it('counts a character outside the BMP as two UTF-16 units', () => {
    const source = file('a: 😀x\nb: 𝄞y');
    expect(source.positionAt(5)).toEqual({ line: 1, column: 6 }); // the x after 😀
    expect(source.positionAt(source.text.indexOf('y'))).toEqual({ line: 2, column: 6 });
  });

  it('counts å, ä and ö as one unit each', () => {
    const source = file('namn: Åsa\nort: Töreboda');
    expect(source.positionAt(source.text.indexOf('reboda'))).toEqual({ line: 2, column: 8 });
  });

  it('finds the right line among many', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `k${i}: ${i}`);
    const source = file(lines.join('\n'));
    const offset = source.text.indexOf('k737:');
    expect(source.positionAt(offset)).toEqual({ line: 738, column: 1 });
    expect(source.positionAt(offset + 3)).toEqual({ line: 738, column: 4 });
  });
});

describe('SourceFile.lineText', () => {
  it('returns a line without its LF', () => {
    const source = file('first\nsecond\nthird');
    expect(source.lineText(1)).toBe('first');
    expect(source.lineText(2)).toBe('second');
    expect(source.lineText(3)).toBe('third');
  });

  it('returns a line without its CRLF', () => {
    const source = file('first\r\nsecond\r\n');
    expect(source.lineText(1)).toBe('first');
    expect(source.lineText(2)).toBe('second');
    expect(source.lineText(3)).toBe('');
  });

  it('keeps an empty line empty', () => {
    expect(file('a\n\nb').lineText(2)).toBe('');
  });

  it('returns the empty string for a line that does not exist', () => {
    const source = file('a\nb');
    expect(source.lineText(0)).toBe('');
    expect(source.lineText(3)).toBe('');
  });
});

describe('SourceFile.lineCount', () => {
  it('counts lines, with the text after the last break as a line', () => {
    expect(file('').lineCount).toBe(1);
    expect(file('a').lineCount).toBe(1);
    expect(file('a\nb').lineCount).toBe(2);
    expect(file('a\nb\n').lineCount).toBe(3);
    expect(file('a\r\nb\r\n').lineCount).toBe(3);
  });

  it('keeps path and text as given', () => {
    const source = file('x: 1\n');
    expect(source.path).toBe('docs/a.yaml');
    expect(source.text).toBe('x: 1\n');
  });
});

import { describe, expect, it } from 'vitest';
import type { Position } from '../../model/diagnostic.js';
import { SourceFile } from '../../load/source.js';
import { codeFrame } from './code-frame.js';
import { NO_PAINT, type Paint } from './formatter.js';

const source = (...lines: string[]) => new SourceFile('a.yaml', `${lines.join('\n')}\n`);
const pos = (line: number, column: number): Position => ({ line, column });
const frame = (src: SourceFile, start: Position, end: Position = start) => codeFrame(src, start, end, NO_PAINT).split('\n');

const REVIEW = source('kind: annual_review', 'id: review-1', 'held_on: 2023-02-29', 'outcome: unchanged');

/** The caret line's carets: where they start and how many there are. */
function carets(lines: readonly string[]): { at: number; count: number } {
  const last = lines[lines.length - 1] ?? '';
  const match = /\^+/.exec(last);
  return { at: match?.index ?? -1, count: match?.[0].length ?? 0 };
}

/** The line marked with `>`. */
const marked = (lines: readonly string[]) => lines.find((l) => l.startsWith('>')) ?? '';

describe('codeFrame', () => {
  it('shows control characters as escapes, with the caret still under the column', () => {
    const src = source('# \u001b[2J\u0007 comment', 'outcome: \u001b[31mchanged');
    const lines = frame(src, pos(2, 10), pos(2, 22));
    expect(lines).toEqual([
      '  1 | # \\u001b[2J\\u0007 comment',
      '> 2 | outcome: \\u001b[31mchanged',
      '    |          ^^^^^^^^^^^^^^^^^',
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it('shows two lines before the finding, marks its line and underlines its columns', () => {
    expect(frame(REVIEW, pos(3, 10), pos(3, 20))).toEqual([
      '  1 | kind: annual_review',
      '  2 | id: review-1',
      '> 3 | held_on: 2023-02-29',
      '    |          ^^^^^^^^^^',
    ]);
  });

  it('shows fewer lines before a finding near the top', () => {
    expect(frame(REVIEW, pos(1, 1), pos(1, 5))).toEqual(['> 1 | kind: annual_review', '    | ^^^^']);
  });

  it('pads line numbers to the width of the reported one', () => {
    const src = source(...Array.from({ length: 10 }, (_, i) => `line${i + 1}: x`));
    const lines = frame(src, pos(10, 8), pos(10, 9));
    expect(lines).toEqual(['   8 | line8: x', '   9 | line9: x', '> 10 | line10: x', '     |        ^']);
  });

  it('draws end.column − start.column carets on one line', () => {
    const lines = frame(REVIEW, pos(4, 10), pos(4, 19));
    expect(carets(lines)).toEqual({ at: marked(lines).indexOf('unchanged'), count: 9 });
  });

  it('draws at least one caret for an empty range', () => {
    const lines = frame(REVIEW, pos(2, 4), pos(2, 4));
    expect(carets(lines)).toEqual({ at: marked(lines).indexOf(' review-1'), count: 1 });
  });

  it('underlines to the end of the line when the range goes on to later lines', () => {
    const lines = frame(REVIEW, pos(3, 1), pos(4, 3));
    expect(carets(lines)).toEqual({ at: marked(lines).indexOf('held_on'), count: 'held_on: 2023-02-29'.length });
  });

  it('replaces tabs so the caret stays under the reported column', () => {
    // "\tid:\tx": x is the 6th code unit.
    const lines = frame(source('kind: config', '\tid:\tx'), pos(2, 6), pos(2, 7));
    expect(marked(lines)).toBe('> 2 |  id: x');
    expect(marked(lines)).not.toContain('\t');
    expect(carets(lines)).toEqual({ at: marked(lines).indexOf('x'), count: 1 });
  });

  it('cuts a long line around the column and keeps the caret under it', () => {
    const long = `${'a'.repeat(299)}X${'b'.repeat(200)}`;
    const lines = frame(source('kind: config', long), pos(2, 300), pos(2, 301));
    const line = marked(lines);
    const text = line.slice('> 2 | '.length);
    expect(text.startsWith('…a')).toBe(true);
    expect(text.endsWith('b…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(line.split('X')).toHaveLength(2);
    expect(carets(lines)).toEqual({ at: line.indexOf('X'), count: 1 });
  });

  it('marks the cut only at the end when the finding is near the start of a long line', () => {
    const long = `id: ${'z'.repeat(300)}`;
    const line = marked(frame(source(long), pos(1, 1), pos(1, 3)));
    expect(line.startsWith('> 1 | id: z')).toBe(true);
    expect(line.endsWith('z…')).toBe(true);
  });

  it('gives nothing for a line the file does not have', () => {
    expect(codeFrame(REVIEW, pos(99, 1), pos(99, 2), NO_PAINT)).toBe('');
    expect(codeFrame(REVIEW, pos(0, 1), pos(0, 2), NO_PAINT)).toBe('');
  });

  it('paints the carets red, the marked line bold and the context dim', () => {
    const mark = (name: string) => (t: string) => `<${name}>${t}</${name}>`;
    const paint: Paint = { ...NO_PAINT, red: mark('red'), bold: mark('bold'), dim: mark('dim') };
    const lines = codeFrame(REVIEW, pos(2, 1), pos(2, 3), paint).split('\n');
    expect(lines).toEqual(['<dim>  1 | kind: annual_review</dim>', '<bold>> 2 | </bold>id: review-1', '    | <red>^^</red>']);
  });
});

describe('a finding on a cut line that runs onto the next', () => {
  it('keeps the carets inside the visible window', () => {
    const lines = frame(source('a: 1', 'b'.repeat(500), 'c: 2'), pos(2, 300), pos(3, 1));
    const shown = lines[lines.length - 2] ?? '';
    const caretLine = lines[lines.length - 1] ?? '';
    expect(caretLine.trimEnd().length).toBeLessThanOrEqual(shown.length);
    expect(caretLine).toContain('^');
  });
});

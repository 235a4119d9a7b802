import type { Position } from '../model/diagnostic.js';

/**
 * A file's text, read once, with a line table built only when positions are asked for often: on a
 * healthy repository almost no offsets are ever turned into lines, and a file asked for a few (a
 * calendar's deadlines, each at its agreement's dates near the top) has its breaks counted up to
 * each instead. The table is built once the counting has read as much as building it would.
 */
export class SourceFile {
  private lineStarts: number[] | undefined;
  /** Characters read so far by counting breaks. */
  private counted = 0;
  /**
   * Whether a line may be an exception comment (one that holds EXCEPTION_MARK): false when the
   * fast path read every line and none is, undefined when not known (the text is searched).
   */
  exceptionLines: boolean | undefined;

  constructor(
    /** Path relative to the root, with `/`. */
    readonly path: string,
    /** The text without a leading byte order mark, so columns on line 1 are not shifted. */
    readonly text: string,
  ) {}

  /** The 1-based line and column of a UTF-16 offset into {@link text}. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (this.lineStarts === undefined && this.counted + clamped <= this.text.length) {
      this.counted += clamped;
      return positionByCounting(this.text, clamped);
    }
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] as number) + 1 };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    return this.text.slice(start, next === undefined ? undefined : next).replace(/\r?\n$/, '');
  }

  /** Where each line starts (UTF-16 offsets), the table positionAt searches. */
  get lineOffsets(): readonly number[] {
    return (this.lineStarts ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return (this.lineStarts ??= computeLineStarts(this.text)).length;
  }
}

/** The position of `offset` from the breaks before it, without a table. */
function positionByCounting(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

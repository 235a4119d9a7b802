import type { Diagnostic, Position } from '../../model/diagnostic.js';
import type { SourceLines } from './formatter.js';

/** A range inside a file's text: 1-based, end exclusive, never empty where the line has text. */
export interface TextRange {
  start: Position;
  end: Position;
}

/**
 * A finding's range as consumers that show it on a line of the file want it (SARIF viewers,
 * GitHub code scanning, GitLab's diff): on lines that exist and at least one character wide.
 *
 * The parser places an error at the end of the text, which after a final line break is the start
 * of a line that does not exist (line 6 of a 5-line file); a finding that names a place rather
 * than a span (a merge-conflict marker) has an empty range. Such a range moves to the last line
 * and widens to the character it stands before, or after at the end of a line. A file whose text
 * was not kept (one the reader refused: binary, too large, a merge conflict) keeps its positions,
 * only made valid (1:1 for the file as a whole).
 */
export function rangeInText(d: Diagnostic, source: SourceLines | undefined): TextRange {
  const lastLine = source === undefined ? Number.MAX_SAFE_INTEGER : lastLineOf(source);
  const lineLength = (line: number) => (source === undefined ? Number.MAX_SAFE_INTEGER - 1 : source.lineText(line).length);
  const clamp = (p: Position): Position => {
    if (p.line > lastLine) return { line: lastLine, column: lineLength(lastLine) + 1 };
    const line = Math.max(1, p.line);
    return { line, column: Math.min(Math.max(1, p.column), lineLength(line) + 1) };
  };
  const start = clamp(d.start);
  let end = clamp(d.end);
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) end = start;
  if (source === undefined || end.line !== start.line || end.column !== start.column) return { start, end };
  const length = source.lineText(start.line).length;
  if (start.column <= length) return { start, end: { line: start.line, column: start.column + 1 } };
  if (length > 0) return { start: { line: start.line, column: length }, end: { line: start.line, column: length + 1 } };
  return { start, end };
}

/** The last line that holds anything: the empty "line" after a final line break does not count. */
function lastLineOf(source: SourceLines): number {
  const count = Math.max(1, source.lineCount);
  return count > 1 && source.lineText(count) === '' ? count - 1 : count;
}

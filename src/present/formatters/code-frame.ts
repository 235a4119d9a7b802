import type { Position } from '../../model/diagnostic.js';
import { visible } from '../../model/visible-text.js';
import type { Paint, SourceLines } from './formatter.js';

const CONTEXT_LINES = 2;
const MAX_WIDTH = 120;

/**
 * The lines around a finding with a caret under it, like a compiler shows them. Tabs become single
 * spaces so the caret stays under the column it names; long lines are cut around the column;
 * control characters (an ESC in a comment) are shown as escapes, with the caret moved to match.
 */
export function codeFrame(source: SourceLines, start: Position, end: Position, paint: Paint): string {
  if (start.line < 1 || start.line > source.lineCount) return '';
  const first = Math.max(1, start.line - CONTEXT_LINES);
  const width = String(start.line).length;
  const offset = Math.max(0, start.column - 1 - Math.floor(MAX_WIDTH / 2));
  const out: string[] = [];
  for (let line = first; line <= start.line; line++) {
    const text = clip(source.lineText(line).replace(/\t/g, ' '), offset);
    const gutter = `${line === start.line ? '>' : ' '} ${String(line).padStart(width)} | `;
    out.push(line === start.line ? `${paint.bold(gutter)}${text}` : paint.dim(`${gutter}${text}`));
  }
  const raw = source.lineText(start.line).replace(/\t/g, ' ');
  const last = end.line === start.line ? end.column : raw.length + 1;
  const length = Math.max(1, Math.min(last, raw.length + 1) - start.column);
  // Where the marked text starts and how wide it is once escaped, in the visible window.
  const before = raw.slice(offset, Math.max(offset, start.column - 1));
  const marked = raw.slice(start.column - 1, start.column - 1 + length);
  const caretColumn = visible(before).length + (offset > 0 ? 1 : 0);
  const markedWidth = Math.max(length, visible(marked).length);
  // Carets stop where the visible window of the line ends.
  const visibleCarets = Math.max(1, Math.min(markedWidth, MAX_WIDTH + (offset > 0 ? 1 : 0) - caretColumn));
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, caretColumn))}${paint.red('^'.repeat(visibleCarets))}`);
  return out.join('\n');
}

function clip(text: string, offset: number): string {
  const window = text.slice(offset, offset + MAX_WIDTH);
  return `${offset > 0 ? '…' : ''}${visible(window)}${text.length > offset + MAX_WIDTH ? '…' : ''}`;
}

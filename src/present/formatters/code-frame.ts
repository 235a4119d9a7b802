import type { Position } from '../../model/diagnostic.js';
import type { Paint, SourceLines } from './formatter.js';

const CONTEXT_LINES = 2;
const MAX_WIDTH = 120;

/**
 * The lines around a finding with a caret under it, like a compiler shows them. Tabs become single
 * spaces so the caret stays under the column it names; long lines are cut around the column.
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
  const lineLength = source.lineText(start.line).length;
  const last = end.line === start.line ? end.column : lineLength + 1;
  const length = Math.max(1, Math.min(last, lineLength + 1) - start.column);
  const caretColumn = start.column - 1 - offset + (offset > 0 ? 1 : 0);
  // Carets stop where the visible window of the line ends.
  const visible = Math.max(1, Math.min(length, MAX_WIDTH + (offset > 0 ? 1 : 0) - caretColumn));
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, caretColumn))}${paint.red('^'.repeat(visible))}`);
  return out.join('\n');
}

function clip(text: string, offset: number): string {
  const window = text.slice(offset, offset + MAX_WIDTH);
  return `${offset > 0 ? '…' : ''}${window}${text.length > offset + MAX_WIDTH ? '…' : ''}`;
}

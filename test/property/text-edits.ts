import fc from 'fast-check';
import { EDGE_SCALARS, STRUCTURAL_TOKENS } from './yaml-texts.js';

/**
 * Edits a person or a tool makes to a real file, as plain data (positions are taken modulo what
 * the text has), so a failing case prints and replays. Unlike mutations.ts they work on text, not
 * bytes: they aim at the YAML structure the fast path reads, not at the file reader.
 */
export type TextEdit =
  | { op: 'delete' | 'duplicate' | 'swap-quotes' | 'one-crlf' | 'trailing-spaces'; line: number }
  | { op: 'indent' | 'dedent'; line: number; by: number }
  | { op: 'insert'; at: number; token: string }
  | { op: 'crlf' }
  | { op: 'no-final-break' };

/** Structure a typo brings into a line, besides the scalars that are hard to read. */
const INSERTED = [
  ...EDGE_SCALARS,
  ...STRUCTURAL_TOKENS,
  ...[': ', ' #', '#', '- ', '\n', '\n  ', '\n- ', '  ', ' ', '|', '>-', '\n---\n', '\n\n', '\t'],
];

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap-quotes' as const, 'one-crlf' as const, 'trailing-spaces' as const),
    line: fc.nat(),
  }),
  fc.record({ op: fc.constantFrom('indent' as const, 'dedent' as const), line: fc.nat(), by: fc.constantFrom(1, 2, 4) }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...INSERTED) }) },
  fc.constantFrom<TextEdit>({ op: 'crlf' }, { op: 'no-final-break' }),
);

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(applyEdit, text);
}

function applyEdit(text: string, edit: TextEdit): string {
  if (edit.op === 'insert') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + edit.token + text.slice(at);
  }
  if (edit.op === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (edit.op === 'no-final-break') return text.replace(/\r?\n$/, '');
  const lines = text.split('\n');
  const i = edit.line % lines.length;
  const line = lines[i] as string;
  switch (edit.op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'swap-quotes':
      lines[i] = line.replace(/["']/g, (q) => (q === '"' ? "'" : '"'));
      break;
    case 'one-crlf':
      lines[i] = line.endsWith('\r') ? line : `${line}\r`;
      break;
    case 'trailing-spaces':
      lines[i] = `${line}  `;
      break;
    case 'indent':
      lines[i] = ' '.repeat(edit.by) + line;
      break;
    case 'dedent':
      lines[i] = line.slice(Math.min(edit.by, line.length - line.trimStart().length));
      break;
  }
  return lines.join('\n');
}

import type { Document, YAMLError } from 'yaml';
import type { SourceFile } from '../../source.js';
import { recognise, type Cause } from './causes.js';

/** Errors that are mistakes in the YAML's syntax; the others are reported at their node by toPlain. */
export function isSyntaxError(error: YAMLError): boolean {
  return error.code !== 'DUPLICATE_KEY' && error.code !== 'TAG_RESOLVE_FAILED';
}

/** What the causes of a file's syntax errors are, and what they leave unexplained. */
export interface Explanation {
  /** Each mistake at its cause, at its place in the file as written (0-based line, columns). */
  causes: Cause[];
  /**
   * The file parsed again with those mistakes put right: its errors and issues are the ones the
   * causes do not explain (everything else yaml reported followed from them).
   */
  trees: readonly Document.Parsed[];
  /** The text those trees were parsed from. */
  text: string;
  /**
   * Where an offset into the put-right text is in the file as written, or undefined on a line a
   * cause was found on: whatever else is found there is the same mistake.
   */
  toOriginal(offset: number): number | undefined;
}

/**
 * The most causes named in one file, and how much text may be parsed again to find them (at least
 * one parse, however large the file): a 1 MiB file of tabs must not cost a parse per line.
 */
const MAX_CAUSES = 50;
const MIN_BUDGET = 256 * 1024;

/**
 * Names the cause of each syntax error a person typically makes (causes.ts) and drops what follows
 * from it. yaml reports one mistake as several errors, the first often a line away from it: a tab
 * gives five. The first error's cause is recognised from the source, put right in a copy of the
 * text, and the copy parsed again; errors that are gone were follow-ons. Then the next first
 * error, until one is not recognised or none is left. A put-right line keeps its line number, so
 * every later finding maps back to the file as written. `budget` is how many characters may be
 * parsed again.
 */
export function explainErrors(
  source: SourceFile,
  trees: readonly Document.Parsed[],
  parse: (text: string) => Document.Parsed[],
  budget = Math.max(source.text.length, MIN_BUDGET),
): Explanation | undefined {
  const ends = source.text.split('\n').map((line) => (line.endsWith('\r') ? '\r' : ''));
  let lines = source.text.split('\n').map((line, k) => line.slice(0, line.length - (ends[k] as string).length));
  /** Per line: the columns a repair has moved it by (put-right column = written column + shift). */
  const shift = new Array<number>(lines.length).fill(0);
  const owned = new Set<number>();
  const causes: Cause[] = [];
  const join = () => lines.map((line, k) => line + (ends[k] as string)).join('\n');
  let current = trees;
  for (let round = 0; round < MAX_CAUSES; round++) {
    const first = firstSyntaxError(current);
    if (!first) break;
    const at = positionIn(startsOf(lines, ends), first.pos[0]);
    const cause = recognise(lines, { code: first.code, message: first.message, line: at.line, column: at.column });
    if (!cause || budget < source.text.length) break;
    const next = cause.repaired(lines);
    if (next.every((line, k) => line === lines[k])) break;
    if (!owned.has(cause.line)) {
      const by = shift[cause.line] as number;
      causes.push({ ...cause, column: cause.column - by, end: cause.end - by });
      owned.add(cause.line);
    }
    next.forEach((line, k) => {
      if (k !== cause.line && line !== lines[k]) shift[k] = (shift[k] as number) + indentOf(line) - indentOf(lines[k] as string);
    });
    lines = next;
    budget -= source.text.length;
    current = parse(join());
  }
  if (causes.length === 0) return undefined;
  const starts = startsOf(lines, ends);
  return {
    causes,
    trees: current,
    text: join(),
    toOriginal: (offset) => {
      const at = positionIn(starts, offset);
      if (owned.has(at.line)) return undefined;
      const start = source.lineOffsets[at.line] ?? source.text.length;
      const width = source.lineText(at.line + 1).length;
      return start + Math.max(0, Math.min(at.column - (shift[at.line] ?? 0), width));
    },
  };
}

function firstSyntaxError(trees: readonly Document.Parsed[]): YAMLError | undefined {
  let first: YAMLError | undefined;
  for (const doc of trees) for (const error of doc.errors) if (isSyntaxError(error) && (!first || error.pos[0] < first.pos[0])) first = error;
  return first;
}

/** Where each line starts once the lines are joined with their ends. */
function startsOf(lines: readonly string[], ends: readonly string[]): number[] {
  const starts: number[] = [];
  let start = 0;
  lines.forEach((line, k) => {
    starts.push(start);
    start += line.length + (ends[k] as string).length + 1;
  });
  return starts;
}

/** The 0-based line and column of an offset, from where the lines start. */
function positionIn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, column: Math.max(0, offset - (starts[low] as number)) };
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

import { EXCEPTION_MARK } from '../../../model/exception-mark.js';
import { giveUp } from './give-up.js';

/**
 * The indentation of every line of the text being read, kept for all files in one table that
 * grows as needed: the parser asks for a line's indentation several times, and files are read one
 * at a time.
 */
let indents = new Int32Array(16 * 1024);

/**
 * A text as the fast path reads it: its lines without their breaks (a CRLF's CR dropped with the
 * LF), where each starts in the text, so that any column of any line is an offset into it, and
 * how far each is indented.
 */
export class Lines {
  /** The lines; a final empty one (the text ends with a break) is left out. */
  readonly text: string[] = [];
  /** Offset of each line's start in the text; one more than `text` when the text ends with a break. */
  private readonly starts: number[] = [];
  /**
   * Whether a line could be an exception comment: its first character after the spaces is `#`, or
   * one above ASCII (the check's pattern takes any Unicode space before the `#`), and it holds
   * EXCEPTION_MARK.
   */
  exceptionLines = false;

  constructor(readonly source: string) {
    let from = 0;
    for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', from)) {
      // CRLF: a CR goes with the LF after it; any other CR is left to the exact parser.
      this.push(from, nl > from && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      from = nl + 1;
    }
    // The last line, if the text does not end with a break; else where a line after it would start.
    if (from < source.length) this.push(from, source.length);
    else this.starts.push(from);
  }

  private push(from: number, end: number): void {
    const k = this.text.length;
    this.starts.push(from);
    const line = this.source.slice(from, end);
    if (line.includes('\r')) giveUp('line-ends');
    this.text.push(line);
    if (k === indents.length) {
      const grown = new Int32Array(indents.length * 2);
      grown.set(indents);
      indents = grown;
    }
    let at = from;
    while (at < end && this.source.charCodeAt(at) === 32) at++;
    indents[k] = at - from;
    const first = at < end ? this.source.charCodeAt(at) : -1;
    if ((first === 35 || first >= 128) && line.includes(EXCEPTION_MARK)) this.exceptionLines = true;
  }

  get length(): number {
    return this.text.length;
  }

  /** The offset of a column of a line. */
  at(line: number, column: number): number {
    return (this.starts[line] as number) + column;
  }

  /** Where line `k` starts; the end of the text for a line past the last. */
  startOf(k: number): number {
    return this.starts[k] ?? this.source.length;
  }

  /** The column line `k`'s content starts at (its length if it is blank). */
  indent(k: number): number {
    return indents[k] as number;
  }

  /** Whether line `k` holds content: neither blank nor a comment. */
  isContent(k: number): boolean {
    const line = this.text[k] as string;
    const at = indents[k] as number;
    return at < line.length && line.charCodeAt(at) !== 35;
  }

  isComment(k: number): boolean {
    const line = this.text[k] as string;
    const at = indents[k] as number;
    return at < line.length && line.charCodeAt(at) === 35;
  }

  /**
   * The column line `k`'s content starts at, as the block structure sees it: a document marker or
   * directive at the margin closes every block, so it counts as less indented than anything.
   */
  level(k: number): number {
    const at = indents[k] as number;
    return at === 0 && isMarker(this.text[k] as string) ? -1 : at;
  }
}

function isMarker(line: string): boolean {
  return line.startsWith('---') || line.startsWith('...') || line.startsWith('%');
}

export function indentOf(line: string): number {
  let i = 0;
  while (codeAt(line, i) === 32) i++;
  return i;
}

/** Without trailing spaces (only spaces: String#trimEnd would also take Unicode spaces YAML keeps). */
export function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function isDash(line: string, at: number): boolean {
  return codeAt(line, at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32);
}

/**
 * Where the `:` of a plain key starting at `at` is (`name:` then a space or the end of the line,
 * the name as the format writes keys: a letter or `_`, then letters, digits, `_` and `-`), or -1.
 * A loop over char codes: a sticky regex made a match array per key of every file.
 */
export function keyEnd(line: string, at: number): number {
  let k = at;
  let c = codeAt(line, k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  for (c = codeAt(line, ++k); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45; c = codeAt(line, ++k));
  if (c !== 58) return -1;
  const after = codeAt(line, k + 1);
  return after === 32 || k + 1 === line.length ? k : -1;
}

/** The first column after `from` that is not a space. */
export function skipSpaces(line: string, from: number): number {
  let k = from;
  while (codeAt(line, k) === 32) k++;
  return k;
}

/**
 * The character code at `i`, or -1 past the end. Reading past the end with charCodeAt gives NaN,
 * which compares the same, but an optimized function that does so is thrown back to the
 * interpreter the first time: lines end wherever a scan may stop.
 */
export function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** Characters that cannot start a plain scalar or start something else (YAML 1.2 indicators). */
export const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

const known = new Map<string, string>();
/** Enough for every key and short value of a national repository; past it, texts are not shared. */
const MAX_KNOWN = 50_000;
/** Texts longer than this are prose, seldom repeated. */
const MAX_SHARED_LENGTH = 16;

/**
 * One string for each short text met again and again (keys, enum values, ids, dates): a national
 * repository writes `measure:` and `status: ongoing` hundreds of thousands of times, and each copy
 * would otherwise live as long as its document.
 */
export function shared(text: string): string {
  if (text.length > MAX_SHARED_LENGTH) return text;
  const found = known.get(text);
  if (found !== undefined) return found;
  if (known.size < MAX_KNOWN) known.set(text, text);
  return text;
}

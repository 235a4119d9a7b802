import { EXCEPTION_MARK } from '../../../model/exception-mark.js';
import { giveUp } from './give-up.js';

/**
 * Where every line of the text being read starts and ends and how far it is indented, kept for
 * all files in tables that grow as needed: files are read one at a time. A string per line, as
 * the fast path once made, cost a tenth of its time.
 */
let starts: Int32Array = new Int32Array(16 * 1024);
let ends: Int32Array = new Int32Array(16 * 1024);
let indents: Int32Array = new Int32Array(16 * 1024);

/**
 * A text as the fast path reads it: by offsets into the whole text, never a string per line. A
 * line runs from its start to its end, before its break (a CRLF's CR goes with the LF; a text
 * with any other CR is left to the exact parser), so the character at a line's end is a line
 * feed, a carriage return, or none (codeAt's -1): isEnd() tells a scan it has reached it.
 */
export class Lines {
  /** The number of lines; a final empty one (the text ends with a break) is not counted. */
  readonly length: number;
  /**
   * Whether a line could be an exception comment: its first character after the spaces is `#`, or
   * one above ASCII (the check's pattern takes any Unicode space before the `#`), and it holds
   * EXCEPTION_MARK.
   */
  readonly exceptionLines: boolean;
  /** The first `#` at or after `hashFrom` (-1: none); see commentIn. */
  private hash = -1;
  private hashFrom = Number.MAX_SAFE_INTEGER;

  constructor(readonly source: string) {
    if (source.includes('\r')) checkLineEnds(source);
    const size = source.length;
    let count = 0;
    let exception = false;
    // Where the exception mark is next found, searched for only from a line that could hold it:
    // -2 not yet searched, -1 nowhere after the last search.
    let mark = -2;
    for (let from = 0; ; ) {
      const nl = source.indexOf('\n', from);
      if (nl === -1 && from === size) break;
      const stop = nl === -1 ? size : nl;
      const end = stop > from && source.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
      if (count === starts.length) grow();
      let at = from;
      while (at < end && source.charCodeAt(at) === 32) at++;
      starts[count] = from;
      ends[count] = end;
      indents[count] = at - from;
      count++;
      const first = at < end ? source.charCodeAt(at) : -1;
      if ((first === 35 || first >= 128) && !exception && mark !== -1) {
        if (mark < at) mark = source.indexOf(EXCEPTION_MARK, at);
        if (mark !== -1 && mark < end) exception = true;
      }
      if (nl === -1) break;
      from = nl + 1;
    }
    this.length = count;
    this.exceptionLines = exception;
  }

  /**
   * Where a plain scalar's comment starts on a line (the space before its `#`), searching from
   * `from` to the line's `end`; -1 if it has none. The `#` found last is kept, so that files with
   * few comments are not searched to their end for every scalar.
   */
  commentIn(from: number, end: number): number {
    for (let k = from; ; ) {
      if (this.hashFrom > k + 1 || (this.hash !== -1 && this.hash <= k)) {
        this.hashFrom = k + 1;
        this.hash = this.source.indexOf('#', k + 1);
      }
      const hash = this.hash;
      if (hash === -1 || hash >= end) return -1;
      if (this.source.charCodeAt(hash - 1) === 32) return hash - 1;
      k = hash;
    }
  }

  /** Where line `k` starts; the end of the text for a line past the last. */
  startOf(k: number): number {
    return k < this.length ? (starts[k] as number) : this.source.length;
  }

  /** Where line `k` ends, before its break. */
  endOf(k: number): number {
    return ends[k] as number;
  }

  /** The offset of a column of a line. */
  at(line: number, column: number): number {
    return (starts[line] as number) + column;
  }

  /** The column line `k`'s content starts at (its length if it is blank). */
  indent(k: number): number {
    return indents[k] as number;
  }

  /** Where line `k`'s content starts (its end if it is blank). */
  textOf(k: number): number {
    return (starts[k] as number) + (indents[k] as number);
  }

  /** Whether line `k` holds only spaces, or nothing. */
  isBlank(k: number): boolean {
    return this.textOf(k) === ends[k];
  }

  /** Whether line `k` holds content: neither blank nor a comment. */
  isContent(k: number): boolean {
    const at = this.textOf(k);
    return at < (ends[k] as number) && this.source.charCodeAt(at) !== 35;
  }

  isComment(k: number): boolean {
    const at = this.textOf(k);
    return at < (ends[k] as number) && this.source.charCodeAt(at) === 35;
  }

  /**
   * The column line `k`'s content starts at, as the block structure sees it: a document marker or
   * directive at the margin closes every block, so it counts as less indented than anything.
   */
  level(k: number): number {
    const at = indents[k] as number;
    return at === 0 && isMarker(this.source, starts[k] as number) ? -1 : at;
  }
}

function grow(): void {
  const bigger = (table: Int32Array): Int32Array => {
    const grown = new Int32Array(table.length * 2);
    grown.set(table);
    return grown;
  };
  starts = bigger(starts);
  ends = bigger(ends);
  indents = bigger(indents);
}

/** Every CR must be the first half of a CRLF: YAML reads a lone one as a break, which lines here do not. */
function checkLineEnds(source: string): void {
  for (let cr = source.indexOf('\r'); cr !== -1; cr = source.indexOf('\r', cr + 1)) {
    if (source.charCodeAt(cr + 1) !== 10) giveUp('line-ends');
  }
}

/** `---`, `...` or `%` at offset `at`. */
function isMarker(source: string, at: number): boolean {
  const c = codeAt(source, at);
  if (c === 37) return true;
  return (c === 45 || c === 46) && codeAt(source, at + 1) === c && codeAt(source, at + 2) === c;
}

/** Whether `c` (from codeAt) ends a line: a line feed, a CRLF's CR, or the end of the text. */
export function isEnd(c: number): boolean {
  return c === 10 || c === 13 || c === -1;
}

/**
 * Whether the rest of a line from `at` is only spaces, or spaces and then a comment: what may
 * follow `---` or a block scalar's header.
 */
export function isBlankOrComment(source: string, at: number): boolean {
  let k = at;
  while (codeAt(source, k) === 32) k++;
  const c = codeAt(source, k);
  return isEnd(c) || (c === 35 && k > at);
}

/** Where text from `from` to `end` ends once trailing spaces go. */
export function trimmedEnd(source: string, from: number, end: number): number {
  let k = end;
  while (k > from && source.charCodeAt(k - 1) === 32) k--;
  return k;
}

/** A `-` at `at` that starts a list item: a space or the line's end after it. */
export function isDash(source: string, at: number): boolean {
  if (codeAt(source, at) !== 45) return false;
  const c = codeAt(source, at + 1);
  return c === 32 || isEnd(c);
}

/**
 * Where the `:` of a plain key starting at `at` is (`name:` then a space or the end of the line,
 * the name as the format writes keys: a letter or `_`, then letters, digits, `_` and `-`), or -1.
 * A loop over char codes: a sticky regex made a match array per key of every file.
 */
export function keyEnd(source: string, at: number): number {
  let k = at;
  let c = codeAt(source, k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  for (c = codeAt(source, ++k); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45; c = codeAt(source, ++k));
  if (c !== 58) return -1;
  const after = codeAt(source, k + 1);
  return after === 32 || isEnd(after) ? k : -1;
}

/** The first offset from `from` that is not a space. */
export function skipSpaces(source: string, from: number): number {
  let k = from;
  while (codeAt(source, k) === 32) k++;
  return k;
}

/**
 * The character code at `i`, or -1 past the end. Reading past the end with charCodeAt gives NaN,
 * which compares the same, but an optimized function that does so is thrown back to the
 * interpreter the first time.
 */
export function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** Codes that cannot start a plain scalar or start something else (YAML 1.2 indicators). */
const INDICATOR_CODES = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR_CODES[c.charCodeAt(0)] = 1;

export function isIndicator(c: number): boolean {
  return c >= 0 && c < 128 && INDICATOR_CODES[c] === 1;
}

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

import { blockScalar, plainScalar, quotedScalar, type Scalar } from './fast-yaml-scalars.js';
import { GiveUp, INDICATORS, giveUp, indicatorReason, type GiveUpReason, indentOf, isContentLine, isDash, keyEnd, levelOf, skipSpaces } from './fast-yaml-text.js';

/**
 * The fast path of loading: a parser for the plain block YAML that repositories are written in
 * (block mappings and lists, plain, quoted and `|`/`>` scalars, comments), giving the same data as
 * the exact path (`yaml` with the locked-down options of parse-yaml.ts) without building a tree.
 *
 * It never decides that a file is wrong. Whatever is outside its subset or could be a mistake
 * (anchors, tags, flow collections, escapes, tabs, directives, odd indentation, duplicate or
 * forbidden keys, keys that are not plain names) makes it give up, and the exact parser decides,
 * with positions. test/property/fast-yaml.property.test.ts proves the equivalence.
 */
export function parseFastYaml(text: string): unknown[] | undefined {
  return attempt(() => new FastParser(text).documents());
}

/** Whether the fast path takes a text, and if not, why: for `npm run bench`. */
export function fastPathVerdict(text: string): { taken: true } | { taken: false; reason: GiveUpReason } {
  try {
    new FastParser(text).documents();
    return { taken: true };
  } catch (error) {
    if (error instanceof GiveUp) return { taken: false, reason: error.reason };
    throw error;
  }
}

/**
 * Where each node of each document starts (UTF-16 offset), by JSON Pointer: the offsets `locate`
 * gives from yaml's tree for `on: 'value'`, without building one. Undefined where the fast path
 * does not take the text.
 */
export function fastStarts(text: string): Map<string, number>[] | undefined {
  return attempt(() => {
    const parser = new FastParser(text, true);
    parser.documents();
    return parser.starts;
  });
}

function attempt<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** Tabs (indentation rules), controls and line-separator look-alikes are left to the exact parser. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** A plain key the way the format writes them; anything else (quoted, numeric, `true`) is left to the exact path. */
const CORE_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 40;

class FastParser {
  private readonly lines: string[];
  /** The next line not yet consumed. */
  private i = 0;
  private depth = 0;
  /** Offsets of the lines, when starts are recorded. */
  private readonly lineOffsets: number[] | undefined;
  /** Per document, where each pointer's node starts; only when asked for (fastStarts). */
  readonly starts: Map<string, number>[] | undefined;

  constructor(text: string, record = false) {
    if (UNSUPPORTED_CHARACTERS.test(text)) giveUp('characters');
    let lines = text.split('\n');
    if (record) {
      this.starts = [];
      this.lineOffsets = [];
      let offset = 0;
      for (const line of lines) {
        this.lineOffsets.push(offset);
        offset += line.length + 1;
      }
    }
    // CRLF: a CR goes with the LF after it (the offsets above still count it); any other is odd.
    if (text.includes('\r')) {
      lines = lines.map((line, k) => (k < lines.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line));
      if (lines.some((line) => line.includes('\r'))) giveUp('line-ends');
    }
    if (lines[lines.length - 1] === '') lines.pop();
    this.lines = lines;
  }

  /** Notes where the node at `pointer` starts; a no-op unless recording. */
  private record(pointer: string, line: number, column: number): void {
    if (this.starts) this.starts[this.starts.length - 1]?.set(pointer, (this.lineOffsets?.[line] ?? 0) + column);
  }

  /** The pointer of a child, built only when recording: the fast path's common case needs none. */
  private child(pointer: string, key: string | number): string {
    return this.starts ? `${pointer}/${key}` : '';
  }

  /** Every document of the file; each must have content (empty ones are the exact parser's). */
  documents(): unknown[] {
    const documents: unknown[] = [];
    let next = this.nextContent(0);
    for (;;) {
      let line = this.lines[next];
      if (line === undefined || line.startsWith('%') || line.startsWith('...')) giveUp('document');
      if (line.startsWith('---')) {
        // A document start marker, alone or with a comment; the content starts on the next line.
        if (!/^---(?: +#.*| *)$/.test(line)) giveUp('document');
        next = this.nextContent(next + 1);
        line = this.lines[next];
      }
      if (line === undefined || indentOf(line) !== 0) giveUp('document');
      this.i = next;
      this.starts?.push(new Map());
      documents.push(isDash(line, 0) ? this.sequence(0, '') : this.startsMapping(line, 0) ? this.mapping(0, '') : giveUp('document'));
      next = this.nextContent(this.i);
      if (next === this.lines.length) return documents;
      if (!(this.lines[next] as string).startsWith('---')) giveUp('indentation');
    }
  }

  /** Index of the next line that is neither blank nor a comment, from `from`. */
  private nextContent(from: number): number {
    let k = from;
    while (k < this.lines.length && !isContentLine(this.lines[k] as string)) k++;
    return k;
  }

  private startsMapping(line: string, at: number): boolean {
    return keyEnd(line, at) !== -1;
  }

  private take<T>(scalar: Scalar<T>): T {
    this.i = scalar.next;
    return scalar.value;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp('depth');
  }

  /** A block mapping whose keys start at column `indent`; the current line holds its first key. */
  private mapping(indent: number, pointer: string): Record<string, unknown> {
    this.enter();
    this.record(pointer, this.i, indent);
    const result: Record<string, unknown> = {};
    let at = indent;
    for (;;) {
      const line = this.lines[this.i] as string;
      const colon = keyEnd(line, at);
      if (colon === -1) giveUp('key');
      const key = line.slice(at, colon);
      if (CORE_WORDS.has(key) || FORBIDDEN_KEYS.has(key) || Object.hasOwn(result, key) || key.length > 200) giveUp('key');
      result[key] = this.value(line, skipSpaces(line, colon + 1), indent, true, this.child(pointer, key));
      const next = this.nextContent(this.i);
      const nextLine = this.lines[next];
      if (nextLine === undefined) break;
      const nextIndent = levelOf(nextLine);
      if (nextIndent < indent) {
        this.i = next;
        break;
      }
      if (nextIndent > indent || isDash(nextLine, nextIndent)) giveUp('indentation');
      this.i = next;
      at = indent;
    }
    this.depth--;
    return result;
  }

  /** A block list whose dashes are at column `indent`; the current line holds its first item. */
  private sequence(indent: number, pointer: string): unknown[] {
    this.enter();
    this.record(pointer, this.i, indent);
    const result: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i] as string;
      let at = indent + 1;
      while (line.charCodeAt(at) === 32) at++;
      if (isDash(line, at)) giveUp('indicator');
      const item = this.child(pointer, result.length);
      if (at < line.length && line.charCodeAt(at) !== 35 && this.startsMapping(line, at)) {
        result.push(this.mapping(at, item));
      } else {
        result.push(this.value(line, at, indent, false, item));
      }
      const next = this.nextContent(this.i);
      const nextLine = this.lines[next];
      if (nextLine === undefined) break;
      const nextIndent = levelOf(nextLine);
      // A key at the same column ends a list that is a key's value; the caller checks the rest.
      if (nextIndent < indent || (nextIndent === indent && !isDash(nextLine, indent))) {
        this.i = next;
        break;
      }
      if (nextIndent > indent) giveUp('indentation');
      this.i = next;
    }
    this.depth--;
    return result;
  }

  /**
   * The value that starts at `at` on the current line, after `key:` or `- `; `parent` is the
   * column of that key or dash. Consumes the lines the value spans.
   */
  private value(line: string, at: number, parent: number, ofKey: boolean, pointer: string): unknown {
    if (at >= line.length || line.charCodeAt(at) === 35) {
      // yaml places an empty value where it would have started: after the indicator and spaces.
      this.record(pointer, this.i, at);
      this.i++;
      return this.nested(parent, ofKey, pointer);
    }
    this.record(pointer, this.i, at);
    const ch = line[at] as string;
    if (ch === '"' || ch === "'") return this.take(quotedScalar(this.lines, this.i, line, at, parent));
    if (ch === '|' || ch === '>') return this.take(blockScalar(this.lines, this.i, line, at, parent));
    if (INDICATORS.has(ch) && !(ch === '-' && at + 1 < line.length && line.charCodeAt(at + 1) !== 32)) giveUp(indicatorReason(ch));
    return this.take(plainScalar(this.lines, this.i, line, at, parent));
  }

  /** What follows `key:` or `-` with nothing after it on the line: a block below it, or null. */
  private nested(parent: number, ofKey: boolean, pointer: string): unknown {
    const next = this.nextContent(this.i);
    const line = this.lines[next];
    if (line === undefined) return null;
    const indent = levelOf(line);
    if (indent > parent) {
      const skipped = this.i;
      this.i = next;
      if (isDash(line, indent)) return this.sequence(indent, pointer);
      if (this.startsMapping(line, indent)) return this.mapping(indent, pointer);
      const ch = line[indent] as string;
      if (ch !== '"' && ch !== "'" && INDICATORS.has(ch)) giveUp(indicatorReason(ch));
      if (this.hasCommentAtOrLeftOf(skipped, next, parent)) giveUp('comment');
      return this.value(line, indent, parent, false, pointer);
    }
    // YAML lets a key's list start at the key's own column.
    if (ofKey && indent === parent && isDash(line, indent)) {
      this.i = next;
      return this.sequence(indent, pointer);
    }
    return null;
  }

  /**
   * Whether a comment line between `from` and `to` starts at or left of `column`. Before a scalar
   * on a line of its own, yaml's lexer takes such a line (`#x`, or a comment at the margin after an
   * empty line) as the new indentation (parseLineStart in yaml's src/parse/lexer.ts), and the
   * scalar then runs on over the less indented lines that end it in the block structure.
   */
  private hasCommentAtOrLeftOf(from: number, to: number, column: number): boolean {
    for (let k = from; k < to; k++) {
      const line = this.lines[k] as string;
      const at = indentOf(line);
      if (at < line.length && at <= column) return true;
    }
    return false;
  }
}

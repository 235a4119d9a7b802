import { flowCollection, type FlowEntries } from './flow.js';
import { GiveUp, giveUp, indicatorReason, type GiveUpReason } from './give-up.js';
import { INDICATORS, Lines, isDash, keyEnd, skipSpaces } from './lines.js';
import { Positions } from './positions.js';
import { blockScalar, plainScalar, quotedScalar, scalarEnd } from './scalars.js';

/** What the fast path read of a file: each document's data, and where its nodes are. */
export interface FastFile {
  documents: unknown[];
  positions: Positions;
  /** Each plain scalar a comment ends on its line: its node, where its text starts and ends, where the `#` is. */
  comments: readonly { node: number; start: number; end: number; hash: number }[];
  /** Whether a line may be an exception comment (Lines#exceptionLines). */
  exceptionLines: boolean;
}

/**
 * The fast path of loading: reads the YAML repositories are written in (see README.md beside
 * this folder) without building a tree, giving the data yaml gives with the locked-down options of
 * exact/parse-exact.ts and the ranges its nodes would have. It never decides that a text is wrong:
 * whatever is outside its subset or could be a mistake makes it give up, with the reason, and the
 * exact parser decides.
 */
export function parseFast(text: string): FastFile | GiveUpReason {
  try {
    const parser = new FastParser(text);
    const documents = parser.documents();
    parser.positions.finish(text.length);
    return { documents, positions: parser.positions, comments: parser.comments, exceptionLines: parser.exceptionLines };
  } catch (error) {
    if (error instanceof GiveUp) return error.reason;
    throw error;
  }
}

/** Tabs (indentation rules), controls and line-separator look-alikes are left to the exact parser. */
const UNSUPPORTED_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** Plain keys the core schema reads as something else than text. */
const CORE_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Below the exact path's limit (LIMITS.maxDepth), so a text the fast path takes is never too deep. */
const MAX_DEPTH = 40;
/** The key of a node that has none: a document's root, a list item. */
const NO_KEY = -1;

class FastParser {
  private readonly lines: Lines;
  readonly positions = new Positions();
  readonly comments: FastFile['comments'][number][] = [];
  /** The next line not yet consumed. */
  private i = 0;
  private depth = 0;
  /**
   * The first line after the last value read that no node has taken: the comment lines from here
   * to the next content line trail the collections that end before it.
   */
  private tailFrom = 0;

  constructor(text: string) {
    if (UNSUPPORTED_CHARACTERS.test(text)) giveUp('characters');
    this.lines = new Lines(text);
  }

  get exceptionLines(): boolean {
    return this.lines.exceptionLines;
  }

  /** Every document of the file; each must have content (empty ones are the exact parser's). */
  documents(): unknown[] {
    const { text } = this.lines;
    const documents: unknown[] = [];
    let next = this.nextContent(0);
    for (;;) {
      const start = documents.length === 0 ? 0 : this.lines.startOf(next);
      let line = text[next];
      if (line === undefined || line.startsWith('%') || line.startsWith('...')) giveUp('document');
      if (line.startsWith('---')) {
        // A document start marker, alone or with a comment; the content starts on the next line.
        if (!/^---(?: +#.*| *)$/.test(line)) giveUp('document');
        next = this.nextContent(next + 1);
        line = text[next];
      }
      if (line === undefined || this.lines.indent(next) !== 0) giveUp('document');
      this.i = next;
      this.positions.startDocument(start);
      if (isDash(line, 0)) documents.push(this.sequence(0, NO_KEY));
      else if (keyEnd(line, 0) !== -1) documents.push(this.mapping(0, NO_KEY));
      else giveUp('document');
      next = this.nextContent(this.i);
      if (next === text.length) return documents;
      if (!(text[next] as string).startsWith('---')) giveUp('indentation');
    }
  }

  /** Index of the next line that is neither blank nor a comment, from `from`. */
  private nextContent(from: number): number {
    const { text } = this.lines;
    let k = from;
    while (k < text.length && !this.lines.isContent(k)) k++;
    return k;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp('depth');
  }

  /** A block mapping whose keys start at column `indent`; the current line holds its first key. */
  private mapping(indent: number, key: number): Record<string, unknown> {
    this.enter();
    const { text } = this.lines;
    const node = this.positions.open(key, this.lines.at(this.i, indent));
    const result: Record<string, unknown> = {};
    for (;;) {
      const line = text[this.i] as string;
      const colon = keyEnd(line, indent);
      if (colon === -1) giveUp('key');
      const name = line.slice(indent, colon);
      if (CORE_WORDS.has(name) || FORBIDDEN_KEYS.has(name) || Object.hasOwn(result, name) || name.length > 200) giveUp('key');
      const last = this.positions.next;
      result[name] = this.value(skipSpaces(line, colon + 1), indent, true, this.lines.at(this.i, indent));
      const next = this.nextContent(this.i);
      const nextLine = text[next];
      if (nextLine === undefined || this.lines.level(next) < indent) {
        this.close(node, last, indent, next);
        break;
      }
      if (this.lines.level(next) > indent || isDash(nextLine, indent)) giveUp('indentation');
      this.i = next;
    }
    this.depth--;
    return result;
  }

  /** A block list whose dashes are at column `indent`; the current line holds its first item. */
  private sequence(indent: number, key: number): unknown[] {
    this.enter();
    const { text } = this.lines;
    const node = this.positions.open(key, this.lines.at(this.i, indent));
    const result: unknown[] = [];
    for (;;) {
      const line = text[this.i] as string;
      const at = skipSpaces(line, indent + 1);
      if (isDash(line, at)) giveUp('indicator');
      const last = this.positions.next;
      if (at < line.length && line.charCodeAt(at) !== 35 && keyEnd(line, at) !== -1) result.push(this.mapping(at, NO_KEY));
      else result.push(this.value(at, indent, false, NO_KEY));
      const next = this.nextContent(this.i);
      const nextLine = text[next];
      // A key at the same column ends a list that is a key's value; the caller checks the rest.
      const level = nextLine === undefined ? -1 : this.lines.level(next);
      if (nextLine === undefined || level < indent || (level === indent && !isDash(nextLine, indent))) {
        this.close(node, last, indent, next);
        break;
      }
      if (level > indent) giveUp('indentation');
      this.i = next;
    }
    this.depth--;
    return result.slice();
  }

  /**
   * Ends the block collection `node` (at column `indent`, last item `last`) before content line
   * `next`. Its node ends where its last item's does, and takes the comment lines after it (up to
   * the text of the next content line) when one of them is at or right of its column; otherwise
   * they pass to the collection around it. So yaml's parser hands trailing comments on when it
   * closes a collection (Parser#pop in yaml's src/parse/parser.ts).
   */
  private close(node: number, last: number, indent: number, next: number): void {
    const end = this.positions.nodeEndOf(last);
    this.i = next;
    if (indent > 0) {
      for (let k = this.tailFrom; k < next; k++) {
        if (!this.lines.isComment(k) || this.lines.indent(k) < indent) continue;
        this.positions.close(node, end, this.textStartOf(next));
        this.tailFrom = next;
        return;
      }
    }
    this.positions.close(node, end, end);
  }

  /**
   * The value that starts at column `at` of the current line, after `key:` or `- `; `parent` is
   * the column of that key or dash, `key` where the key starts. Consumes the lines the value spans.
   */
  private value(at: number, parent: number, ofKey: boolean, key: number): unknown {
    const line = this.lines.text[this.i] as string;
    if (at >= line.length || line.charCodeAt(at) === 35) return this.emptyOrNested(at, parent, ofKey, key);
    const ch = line[at] as string;
    const start = this.lines.at(this.i, at);
    if (ch === '"' || ch === "'") return this.take(quotedScalar(this.lines, this.i, at, parent), key, start, parent);
    if (ch === '[' || ch === '{') {
      this.enter();
      const entries: FlowEntries = [];
      const value = this.take(flowCollection(this.lines, this.i, at, entries), key, start, parent, entries);
      this.depth--;
      return value;
    }
    if (ch === '|' || ch === '>') {
      // A block scalar's node ends with its text: no comment after it belongs to it.
      const value = blockScalar(this.lines, this.i, at, parent);
      this.positions.leaf(key, start, scalarEnd.end, scalarEnd.end);
      this.i = this.tailFrom = scalarEnd.next;
      return value;
    }
    if (INDICATORS.has(ch) && !(ch === '-' && at + 1 < line.length && line.charCodeAt(at + 1) !== 32)) giveUp(indicatorReason(ch));
    return this.take(plainScalar(this.lines, this.i, at, parent), key, start, parent);
  }

  /**
   * Records a plain or quoted scalar or a flow collection (with the nodes of its `entries`), just
   * read (its end in scalarEnd), and consumes its lines. Its node ends after its last line and takes
   * the comment lines further right than `parent` that follow, blank lines between: yaml's parser
   * gives them to the value before (Parser#atIndentedComment).
   */
  private take<T>(value: T, key: number, start: number, parent: number, entries?: FlowEntries): T {
    const { next, end, comment } = scalarEnd;
    let after = next;
    for (let k = next; k < this.lines.length; k++) {
      if (this.lines.isContent(k)) break;
      if (!this.lines.isComment(k)) continue;
      if (this.lines.indent(k) <= parent) break;
      after = k + 1;
    }
    const node = this.positions.open(key, start);
    if (comment !== -1) this.comments.push({ node, start, end, hash: comment });
    if (entries) for (const entry of entries) this.positions.leaf(entry.key, entry.start, entry.end, entry.end);
    this.positions.close(node, end, this.lines.startOf(after));
    this.i = next;
    this.tailFrom = after;
    return value;
  }

  /** After `key:` or `-` with nothing else on the line: a block below it, or an empty value (null). */
  private emptyOrNested(at: number, parent: number, ofKey: boolean, key: number): unknown {
    const { text } = this.lines;
    const here = this.i;
    const next = this.nextContent(here + 1);
    const line = text[next];
    const indent = line === undefined ? -1 : this.lines.level(next);
    if (line !== undefined && indent > parent) {
      this.i = next;
      if (isDash(line, indent)) return this.sequence(indent, key);
      if (keyEnd(line, indent) !== -1) return this.mapping(indent, key);
      const ch = line[indent] as string;
      if (ch !== '"' && ch !== "'" && ch !== '[' && ch !== '{' && INDICATORS.has(ch)) giveUp(indicatorReason(ch));
      if (this.hasCommentAtOrLeftOf(here + 1, next, parent)) giveUp('comment');
      return this.value(indent, parent, false, key);
    }
    // YAML lets a key's list start at the key's own column.
    if (line !== undefined && ofKey && indent === parent && isDash(line, indent)) {
      this.i = next;
      return this.sequence(indent, key);
    }
    // yaml places an empty value where it would have started, after the indicator and spaces; a
    // comment on its line makes its node end where the next line's text starts. Comment lines below
    // it go where yaml's parser splits them between this value and the next key: left to it.
    const empty = this.lines.at(here, at);
    const comment = at < (text[here] as string).length;
    for (let k = here + 1; k < next; k++) if (this.lines.isComment(k)) giveUp('comment');
    if (comment && next !== here + 1) giveUp('comment');
    this.positions.leaf(key, empty, empty, comment ? this.textStartOf(next) : empty);
    this.i = this.tailFrom = here + 1;
    return null;
  }

  /**
   * Where content line `k` has its text, after its indentation (the end of the text past the
   * last): yaml's parser gives the spaces before it to whatever is still open when they come.
   */
  private textStartOf(k: number): number {
    return k >= this.lines.length ? this.lines.startOf(k) : this.lines.at(k, this.lines.indent(k));
  }

  /**
   * Whether a comment line between `from` and `to` starts at or left of `column`. Before a scalar
   * on a line of its own, yaml's lexer takes such a line (`#x`, or a comment at the margin after an
   * empty line) as the new indentation (parseLineStart in yaml's src/parse/lexer.ts), and the
   * scalar then runs on over the less indented lines that end it in the block structure.
   */
  private hasCommentAtOrLeftOf(from: number, to: number, column: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.lines.indent(k) < (this.lines.text[k] as string).length && this.lines.indent(k) <= column) return true;
    }
    return false;
  }
}

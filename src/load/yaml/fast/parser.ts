import { flowCollection, type FlowEntries } from './flow.js';
import { GiveUp, giveUp, indicatorReason, type GiveUpReason } from './give-up.js';
import { Lines, codeAt, isBlankOrComment, isDash, isEnd, isIndicator, keyEnd, skipSpaces } from './lines.js';
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
  private readonly source: string;
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
    this.source = text;
  }

  get exceptionLines(): boolean {
    return this.lines.exceptionLines;
  }

  /** Every document of the file; each must have content (empty ones are the exact parser's). */
  documents(): unknown[] {
    const { lines, source } = this;
    const documents: unknown[] = [];
    let next = this.nextContent(0);
    for (;;) {
      const start = documents.length === 0 ? 0 : lines.startOf(next);
      if (next === lines.length) giveUp('document');
      let at = lines.startOf(next);
      if (source.startsWith('%', at) || source.startsWith('...', at)) giveUp('document');
      if (source.startsWith('---', at)) {
        // A document start marker, alone or with a comment; the content starts on the next line.
        if (!isBlankOrComment(source, at + 3)) giveUp('document');
        next = this.nextContent(next + 1);
      }
      if (next === lines.length || lines.indent(next) !== 0) giveUp('document');
      at = lines.startOf(next);
      this.i = next;
      this.positions.startDocument(start);
      if (isDash(source, at)) documents.push(this.sequence(0, NO_KEY));
      else if (keyEnd(source, at) !== -1) documents.push(this.mapping(0, NO_KEY));
      else giveUp('document');
      next = this.nextContent(this.i);
      if (next === lines.length) return documents;
      if (!source.startsWith('---', lines.startOf(next))) giveUp('indentation');
    }
  }

  /** Index of the next line that is neither blank nor a comment, from `from`. */
  private nextContent(from: number): number {
    const { lines } = this;
    let k = from;
    while (k < lines.length && !lines.isContent(k)) k++;
    return k;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp('depth');
  }

  /** A block mapping whose keys start at column `indent`; the current line holds its first key. */
  private mapping(indent: number, key: number): Record<string, unknown> {
    this.enter();
    const { lines, source } = this;
    const node = this.positions.open(key, lines.at(this.i, indent));
    const result: Record<string, unknown> = {};
    for (;;) {
      const at = lines.at(this.i, indent);
      const colon = keyEnd(source, at);
      if (colon === -1) giveUp('key');
      const name = source.slice(at, colon);
      if (CORE_WORDS.has(name) || FORBIDDEN_KEYS.has(name) || Object.hasOwn(result, name) || name.length > 200) giveUp('key');
      const last = this.positions.next;
      result[name] = this.value(skipSpaces(source, colon + 1), indent, true, at);
      const next = this.nextContent(this.i);
      if (next === lines.length || lines.level(next) < indent) {
        this.close(node, last, indent, next);
        break;
      }
      if (lines.level(next) > indent || isDash(source, lines.at(next, indent))) giveUp('indentation');
      this.i = next;
    }
    this.depth--;
    return result;
  }

  /** A block list whose dashes are at column `indent`; the current line holds its first item. */
  private sequence(indent: number, key: number): unknown[] {
    this.enter();
    const { lines, source } = this;
    const node = this.positions.open(key, lines.at(this.i, indent));
    const result: unknown[] = [];
    for (;;) {
      const lineStart = lines.startOf(this.i);
      const at = skipSpaces(source, lineStart + indent + 1);
      if (isDash(source, at)) giveUp('indicator');
      const last = this.positions.next;
      if (keyEnd(source, at) !== -1) result.push(this.mapping(at - lineStart, NO_KEY));
      else result.push(this.value(at, indent, false, NO_KEY));
      const next = this.nextContent(this.i);
      // A key at the same column ends a list that is a key's value; the caller checks the rest.
      const level = next === lines.length ? -1 : lines.level(next);
      if (level < indent || (level === indent && !isDash(source, lines.at(next, indent)))) {
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
   * The value that starts at offset `at` of the current line, after `key:` or `- `; `parent` is
   * the column of that key or dash, `key` where the key starts. Consumes the lines the value spans.
   */
  private value(at: number, parent: number, ofKey: boolean, key: number): unknown {
    const { lines, source } = this;
    const c = codeAt(source, at);
    if (isEnd(c) || c === 35) return this.emptyOrNested(at, parent, ofKey, key);
    if (c === 34 || c === 39) return this.take(quotedScalar(lines, this.i, at, parent), key, at, parent);
    if (c === 91 || c === 123) {
      this.enter();
      const entries: FlowEntries = [];
      const value = this.take(flowCollection(lines, this.i, at, entries), key, at, parent, entries);
      this.depth--;
      return value;
    }
    if (c === 124 || c === 62) {
      // A block scalar's node ends with its text: no comment after it belongs to it.
      const value = blockScalar(lines, this.i, at, parent);
      this.positions.leaf(key, at, scalarEnd.end, scalarEnd.end);
      this.i = this.tailFrom = scalarEnd.next;
      return value;
    }
    if (isIndicator(c) && !(c === 45 && !isEnd(codeAt(source, at + 1)) && source.charCodeAt(at + 1) !== 32)) giveUp(indicatorReason(c));
    return this.take(plainScalar(lines, this.i, at, parent), key, at, parent);
  }

  /**
   * Records a plain or quoted scalar or a flow collection (with the nodes of its `entries`), just
   * read (its end in scalarEnd), and consumes its lines. Its node ends after its last line and takes
   * the comment lines further right than `parent` that follow, blank lines between: yaml's parser
   * gives them to the value before (Parser#atIndentedComment).
   */
  private take<T>(value: T, key: number, start: number, parent: number, entries?: FlowEntries): T {
    const { next, end, comment } = scalarEnd;
    const { lines } = this;
    let after = next;
    for (let k = next; k < lines.length; k++) {
      if (lines.isContent(k)) break;
      if (!lines.isComment(k)) continue;
      if (lines.indent(k) <= parent) break;
      after = k + 1;
    }
    const node = this.positions.open(key, start);
    if (comment !== -1) this.comments.push({ node, start, end, hash: comment });
    if (entries) for (const entry of entries) this.positions.leaf(entry.key, entry.start, entry.end, entry.end);
    this.positions.close(node, end, lines.startOf(after));
    this.i = next;
    this.tailFrom = after;
    return value;
  }

  /** After `key:` or `-` with nothing else on the line: a block below it, or an empty value (null). */
  private emptyOrNested(at: number, parent: number, ofKey: boolean, key: number): unknown {
    const { lines, source } = this;
    const here = this.i;
    const next = this.nextContent(here + 1);
    const below = next < lines.length;
    const indent = below ? lines.level(next) : -1;
    const from = below ? lines.at(next, indent) : -1;
    if (below && indent > parent) {
      this.i = next;
      if (isDash(source, from)) return this.sequence(indent, key);
      if (keyEnd(source, from) !== -1) return this.mapping(indent, key);
      const c = source.charCodeAt(from);
      if (c !== 34 && c !== 39 && c !== 91 && c !== 123 && isIndicator(c)) giveUp(indicatorReason(c));
      if (this.hasCommentAtOrLeftOf(here + 1, next, parent)) giveUp('comment');
      return this.value(from, parent, false, key);
    }
    // YAML lets a key's list start at the key's own column.
    if (below && ofKey && indent === parent && isDash(source, from)) {
      this.i = next;
      return this.sequence(indent, key);
    }
    // yaml places an empty value where it would have started, after the indicator and spaces; a
    // comment on its line makes its node end where the next line's text starts. Comment lines below
    // it go where yaml's parser splits them between this value and the next key: left to it.
    const comment = at < lines.endOf(here);
    for (let k = here + 1; k < next; k++) if (lines.isComment(k)) giveUp('comment');
    if (comment && next !== here + 1) giveUp('comment');
    this.positions.leaf(key, at, at, comment ? this.textStartOf(next) : at);
    this.i = this.tailFrom = here + 1;
    return null;
  }

  /**
   * Where content line `k` has its text, after its indentation (the end of the text past the
   * last): yaml's parser gives the spaces before it to whatever is still open when they come.
   */
  private textStartOf(k: number): number {
    return k >= this.lines.length ? this.lines.startOf(k) : this.lines.textOf(k);
  }

  /**
   * Whether a comment line between `from` and `to` starts at or left of `column`. Before a scalar
   * on a line of its own, yaml's lexer takes such a line (`#x`, or a comment at the margin after an
   * empty line) as the new indentation (parseLineStart in yaml's src/parse/lexer.ts), and the
   * scalar then runs on over the less indented lines that end it in the block structure.
   */
  private hasCommentAtOrLeftOf(from: number, to: number, column: number): boolean {
    for (let k = from; k < to; k++) {
      if (!this.lines.isBlank(k) && this.lines.indent(k) <= column) return true;
    }
    return false;
  }
}

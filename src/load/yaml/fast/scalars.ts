import { resolveCoreScalar } from '../core-scalar.js';
import { unescapeDouble } from './escapes.js';
import { giveUp, indicatorReason, type GiveUpReason } from './give-up.js';
import { codeAt, isBlankOrComment, isIndicator, shared, trimmedEnd, type Lines } from './lines.js';

/**
 * The scalars of the fast path (parser.ts): plain, quoted and block scalars, each read from the
 * line it starts on (line `i`, from offset `at`; `parent` is the column of its key or dash) and
 * folded the way yaml folds them.
 */

/**
 * Where the scalar read last ends, set by each reader below beside the value it returns: the index
 * of the first line after it, the offset where its text ends and, for a plain scalar a comment
 * ends on its last line, where the `#` is (-1: none). One object for every scalar, since an object
 * per scalar was a fifth of what the fast path allocates; it is read at once, before the next.
 */
export const scalarEnd = { next: 0, end: 0, comment: -1 };

/** Returns a scalar's value after noting in scalarEnd where it ends. */
export function ended<T>(value: T, next: number, end: number, comment = -1): T {
  scalarEnd.next = next;
  scalarEnd.end = end;
  scalarEnd.comment = comment;
  return value;
}

/** A single- or double-quoted scalar, over as many lines as it takes. */
export function quotedScalar(lines: Lines, i: number, at: number, parent: number): string {
  const { source } = lines;
  const quote = source.charCodeAt(at);
  const first = closingQuote(source, at + 1, lines.endOf(i), quote);
  // Most are written on one line: no list of pieces to fold.
  if (first !== -1) {
    endOfValue(source, first + 1, 'quoted');
    return ended(unquote(source.slice(at + 1, first), quote), i + 1, first + 1);
  }
  // Folded as yaml folds them: the spaces around each break go, a single break becomes a space
  // and each empty line a break. The pieces are joined once, at the end.
  const parts: string[] = [];
  let empty = 0;
  let k = i;
  let from = at + 1;
  for (;;) {
    const end = lines.endOf(k);
    const close = closingQuote(source, from, end, quote);
    const stop = close === -1 ? trimmedEnd(source, from, end) : close;
    // A line that ends in an escape once its spaces go (an escaped space, say) is left to the
    // exact parser, which reads the escape before it trims.
    if (close === -1 && quote === 34 && stop > from && source.charCodeAt(stop - 1) === 92) giveUp('escape');
    const piece = source.slice(from, stop);
    if (k === i) parts.push(piece);
    else if (piece === '' && close === -1) empty++;
    else {
      parts.push(empty === 0 ? ' ' : '\n'.repeat(empty), piece);
      empty = 0;
    }
    if (close !== -1) {
      endOfValue(source, close + 1, 'quoted');
      return ended(unquote(parts.join(''), quote), k + 1, close + 1);
    }
    if (++k === lines.length) giveUp('quoted');
    if (!lines.isBlank(k) && lines.indent(k) <= parent) giveUp('quoted');
    from = lines.textOf(k);
  }
}

/** A plain scalar, folded over the more-indented lines that continue it. */
export function plainScalar(lines: Lines, i: number, at: number, parent: number): unknown {
  const { source } = lines;
  const lineEnd = lines.endOf(i);
  const comment = lines.commentIn(at, lineEnd);
  let end = trimmedEnd(source, at, comment === -1 ? lineEnd : comment);
  const first = shared(source.slice(at, end));
  if (!isPlainText(first)) giveUp('plain-text');
  let next = i + 1;
  if (comment !== -1) return ended(resolveCoreScalar(first), next, end, comment + 1);
  // Joined once at the end: a string built with += is a tree of pieces that lives as long as its
  // document, a dozen objects where one will do.
  const pieces = [first];
  let breaks = 0;
  for (let k = next; k < lines.length; k++) {
    if (lines.isBlank(k)) {
      breaks++;
      continue;
    }
    const from = lines.textOf(k);
    const c = source.charCodeAt(from);
    if (lines.indent(k) <= parent || c === 35) break;
    if (isIndicator(c)) giveUp(indicatorReason(c));
    const hash = lines.commentIn(from, lines.endOf(k));
    const partEnd = trimmedEnd(source, from, hash === -1 ? lines.endOf(k) : hash);
    const part = source.slice(from, partEnd);
    if (!isPlainText(part)) giveUp('plain-text');
    pieces.push(breaks === 0 ? ' ' : '\n'.repeat(breaks), part);
    breaks = 0;
    next = k + 1;
    end = partEnd;
    if (hash !== -1) {
      // Folded text has a space or a break, which none of the core schema's patterns accepts.
      return ended(pieces.join(''), next, end, hash + 1);
    }
  }
  return ended(pieces.length > 1 ? pieces.join('') : resolveCoreScalar(first), next, end);
}

/** A literal (`|`) or folded (`>`) block scalar with an optional chomping indicator. */
export function blockScalar(lines: Lines, i: number, at: number, parent: number): string {
  const { source } = lines;
  const folded = source.charCodeAt(at) === 62;
  let p = at + 1;
  const indicator = codeAt(source, p);
  const chomp = indicator === 45 ? 'strip' : indicator === 43 ? 'keep' : 'clip';
  if (chomp !== 'clip') p++;
  if (!isBlankOrComment(source, p)) giveUp('block-scalar');
  const start = i + 1;
  let contentIndent = -1;
  for (let k = start; k < lines.length; k++) {
    if (lines.isBlank(k)) continue;
    contentIndent = lines.indent(k);
    break;
  }
  if (contentIndent <= parent) giveUp('block-scalar');
  const body: string[] = [];
  let last = -1;
  for (let k = start; k < lines.length; k++) {
    if (lines.isBlank(k)) {
      // Lines of spaces are where the exact parser's rules get subtle; leave them to it.
      if (lines.endOf(k) > lines.startOf(k)) giveUp('block-scalar');
      body.push('');
      continue;
    }
    if (lines.indent(k) < contentIndent) break;
    const from = lines.startOf(k) + contentIndent;
    if (folded && source.charCodeAt(from) === 32) giveUp('block-scalar');
    body.push(source.slice(from, lines.endOf(k)));
    last = k;
  }
  const trailing = body.length - (last - start + 1);
  body.length = last - start + 1;
  // yaml ends a clipped or kept scalar with a break even at the end of a file without one; a kept
  // scalar's node runs over the empty lines it keeps. The breaks are joined in with the text, so
  // that the value is one flat string.
  const breaks = chomp === 'strip' ? 0 : chomp === 'clip' ? 1 : trailing + 1;
  const text = folded ? fold(body, breaks) : body.concat(new Array<string>(breaks).fill('')).join('\n');
  return ended(text, last + 1, lines.startOf(last + 1 + (chomp === 'keep' ? trailing : 0)));
}

/** No `: ` or final `:` (a mapping where a scalar is expected): the exact parser reports those. */
export function isPlainText(s: string): boolean {
  return s !== '' && !s.includes(': ') && !s.endsWith(':');
}

/** Folding of `>`: a single break between lines becomes a space, each empty line a break; `breaks` at the end. */
function fold(lines: readonly string[], breaks: number): string {
  const pieces: string[] = [];
  let empty = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      empty++;
      continue;
    }
    if (!started) pieces.push('\n'.repeat(empty));
    else pieces.push(empty === 0 ? ' ' : '\n'.repeat(empty));
    pieces.push(line);
    started = true;
    empty = 0;
  }
  pieces.push('\n'.repeat(breaks));
  return pieces.join('');
}

/**
 * Where a quoted scalar's closing quote is between `from` and the line's `end`, or -1: `''` is a
 * quote inside single quotes, and inside double quotes a backslash escapes the character after it
 * (at the end of the line, the break: an escaped break is left to the exact parser). A loop, not
 * indexOf: that would search on past the line, to the end of the file for an unclosed quote.
 */
export function closingQuote(source: string, from: number, end: number, quote: number): number {
  for (let k = from; k < end; k++) {
    const c = source.charCodeAt(k);
    if (c === quote) {
      if (quote === 34 || codeAt(source, k + 1) !== 39) return k;
      k++;
    } else if (c === 92 && quote === 34) {
      if (k + 1 === end) giveUp('escape');
      k++;
    }
  }
  return -1;
}

/** The text between quotes (folded, for a scalar over lines) as the value it stands for. */
export function unquote(text: string, quote: number): string {
  return shared(quote === 39 ? (text.includes("''") ? text.replaceAll("''", "'") : text) : unescapeDouble(text));
}

/** After a quoted scalar or a flow collection only spaces and a comment may follow on its line. */
export function endOfValue(source: string, at: number, reason: GiveUpReason): void {
  // As /^(?: +(?:#.*)?)?$/ on the rest of the line, without cutting it out.
  if (!isBlankOrComment(source, at)) giveUp(reason);
}

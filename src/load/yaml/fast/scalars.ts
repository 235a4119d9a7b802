import { resolveCoreScalar } from '../core-scalar.js';
import { unescapeDouble } from './escapes.js';
import { giveUp, indicatorReason, type GiveUpReason } from './give-up.js';
import { INDICATORS, codeAt, indentOf, shared, trimSpaces, type Lines } from './lines.js';

/**
 * The scalars of the fast path (parser.ts): plain, quoted and block scalars, each read from the
 * line it starts on (`lines.text[i]`, from column `at`; `parent` is the column of its key or dash)
 * and folded the way yaml folds them.
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
  let k = i;
  let current = lines.text[i] as string;
  const quote = current.charCodeAt(at);
  const first = closingQuote(current, at + 1, quote);
  // Most are written on one line: no list of pieces to fold.
  if (first !== -1) {
    endOfValue(current, first + 1, 'quoted');
    return ended(unquote(current.slice(at + 1, first), quote), i + 1, lines.at(i, first + 1));
  }
  const pieces: string[] = [];
  let from = at + 1;
  for (;;) {
    const close = closingQuote(current, from, quote);
    pieces.push(current.slice(from, close === -1 ? undefined : close));
    if (close !== -1) {
      endOfValue(current, close + 1, 'quoted');
      const value = unquote(foldQuoted(pieces, quote), quote);
      return ended(value, k + 1, lines.at(k, close + 1));
    }
    current = lines.text[++k] ?? giveUp('quoted');
    const indent = lines.indent(k);
    if (indent < current.length && indent <= parent) giveUp('quoted');
    from = 0;
  }
}

/** A plain scalar, folded over the more-indented lines that continue it. */
export function plainScalar(lines: Lines, i: number, at: number, parent: number): unknown {
  const line = lines.text[i] as string;
  const comment = line.indexOf(' #', at);
  const first = shared(trimSpaces(comment === -1 ? line.slice(at) : line.slice(at, comment)));
  if (!isPlainText(first)) giveUp('plain-text');
  let next = i + 1;
  let end = lines.at(i, at + first.length);
  if (comment !== -1) return ended(resolveCoreScalar(first), next, end, lines.at(i, comment + 1));
  // Joined once at the end: a string built with += is a tree of pieces that lives as long as its
  // document, a dozen objects where one will do.
  const pieces = [first];
  let breaks = 0;
  for (let k = next; k < lines.length; k++) {
    const text = lines.text[k] as string;
    const indent = lines.indent(k);
    if (indent === text.length) {
      breaks++;
      continue;
    }
    if (indent <= parent || text.charCodeAt(indent) === 35) break;
    if (INDICATORS.has(text[indent] as string)) giveUp(indicatorReason(text[indent] as string));
    const hash = text.indexOf(' #', indent);
    const part = trimSpaces(hash === -1 ? text.slice(indent) : text.slice(indent, hash));
    if (!isPlainText(part)) giveUp('plain-text');
    pieces.push(breaks === 0 ? ' ' : '\n'.repeat(breaks), part);
    breaks = 0;
    next = k + 1;
    end = lines.at(k, indent + part.length);
    if (hash !== -1) {
      // Folded text has a space or a break, which none of the core schema's patterns accepts.
      return ended(pieces.join(''), next, end, lines.at(k, hash + 1));
    }
  }
  return ended(pieces.length > 1 ? pieces.join('') : resolveCoreScalar(first), next, end);
}

/** A literal (`|`) or folded (`>`) scalar with an optional chomping indicator. */
export function blockScalar(lines: Lines, i: number, at: number, parent: number): string {
  const line = lines.text[i] as string;
  const folded = line[at] === '>';
  let p = at + 1;
  const chomp = line[p] === '-' ? 'strip' : line[p] === '+' ? 'keep' : 'clip';
  if (chomp !== 'clip') p++;
  if (!/^(?: +#.*| *)$/.test(line.slice(p))) giveUp('block-scalar');
  const start = i + 1;
  let contentIndent = -1;
  for (let k = start; k < lines.length; k++) {
    const indent = lines.indent(k);
    if (indent === (lines.text[k] as string).length) continue;
    contentIndent = indent;
    break;
  }
  if (contentIndent <= parent) giveUp('block-scalar');
  const body: string[] = [];
  let last = -1;
  for (let k = start; k < lines.length; k++) {
    const next = lines.text[k] as string;
    const indent = lines.indent(k);
    if (indent === next.length) {
      // Lines of spaces are where the exact parser's rules get subtle; leave them to it.
      if (next.length > 0) giveUp('block-scalar');
      body.push('');
      continue;
    }
    if (indent < contentIndent) break;
    const content = next.slice(contentIndent);
    if (folded && content.charCodeAt(0) === 32) giveUp('block-scalar');
    body.push(content);
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
 * Where a quoted scalar's closing quote is on a line, or -1: `''` is a quote inside single quotes,
 * and inside double quotes a backslash escapes the character after it (at the end of the line,
 * the break: an escaped break is left to the exact parser).
 */
export function closingQuote(line: string, from: number, quote: number): number {
  if (quote === 39) {
    let at = line.indexOf("'", from);
    while (at !== -1 && codeAt(line, at + 1) === 39) at = line.indexOf("'", at + 2);
    return at;
  }
  for (let at = from; ; ) {
    const close = line.indexOf('"', at);
    const escape = line.indexOf('\\', at);
    if (escape === -1 || (close !== -1 && close < escape)) return close;
    if (escape + 1 === line.length) giveUp('escape');
    at = escape + 2;
  }
}

/**
 * The folding of a quoted scalar's lines: spaces around each break go, a single break becomes a
 * space and each empty line a break. A line that would end in an escape once its spaces go (an
 * escaped space, say) is left to the exact parser, which reads the escape before it trims.
 */
function foldQuoted(pieces: readonly string[], quote: number): string {
  if (pieces.length === 1) return pieces[0] as string;
  const last = pieces.length - 1;
  const text: string[] = [];
  let empty = 0;
  pieces.forEach((piece, k) => {
    const from = k === 0 ? 0 : indentOf(piece);
    const trimmed = k === last ? piece.slice(from) : trimSpaces(piece.slice(from));
    if (quote === 34 && k !== last && trimmed.endsWith('\\')) giveUp('escape');
    if (k === 0) text.push(trimmed);
    else if (trimmed === '' && k !== last) empty++;
    else {
      text.push(empty === 0 ? ' ' : '\n'.repeat(empty), trimmed);
      empty = 0;
    }
  });
  return text.join('');
}

/** The text between quotes (folded, for a scalar over lines) as the value it stands for. */
export function unquote(text: string, quote: number): string {
  return shared(quote === 39 ? (text.includes("''") ? text.replaceAll("''", "'") : text) : unescapeDouble(text));
}

/** After a quoted scalar or a flow collection only spaces and a comment may follow on its line. */
export function endOfValue(line: string, at: number, reason: GiveUpReason): void {
  // As /^(?: +(?:#.*)?)?$/ on the rest of the line, without cutting it out.
  if (at >= line.length) return;
  let k = at;
  while (codeAt(line, k) === 32) k++;
  if (k === at || (k < line.length && line.charCodeAt(k) !== 35)) giveUp(reason);
}

import { resolveCoreScalar } from './core-scalar.js';
import { INDICATORS, giveUp, indentOf, indicatorReason, trimSpaces } from './fast-yaml-text.js';

/**
 * The scalars of the fast path (fast-yaml.ts): plain, quoted and block scalars, each read from the
 * line it starts on (`lines[i]`, from column `at`; `parent` is the column of its key or dash) and
 * folded the way yaml folds them.
 */

/** A scalar's value and the index of the first line after it. */
export interface Scalar<T> {
  value: T;
  next: number;
}

/** A single- or double-quoted scalar (without escapes), over as many lines as it takes. */
export function quotedScalar(lines: readonly string[], i: number, line: string, at: number, parent: number): Scalar<string> {
  let k = i;
  const quote = line[at] as string;
  const pieces: string[] = [];
  let current = line;
  let from = at + 1;
  for (;;) {
    const close = closingQuote(current, from, quote);
    const piece = current.slice(from, close === -1 ? undefined : close);
    // Escapes are the exact parser's; `\"` would also look like the closing quote.
    if (quote === '"' && piece.includes('\\')) giveUp('escape');
    pieces.push(piece);
    if (close !== -1) {
      endOfValue(current, close + 1);
      break;
    }
    current = lines[++k] ?? giveUp('quoted');
    const indent = indentOf(current);
    if (indent < current.length && indent <= parent) giveUp('quoted');
    from = 0;
  }
  const text = foldQuoted(pieces);
  return { value: quote === "'" ? text.replaceAll("''", "'") : text, next: k + 1 };
}

/** A plain scalar, folded over the more-indented lines that continue it. */
export function plainScalar(lines: readonly string[], i: number, line: string, at: number, parent: number): Scalar<unknown> {
  const comment = line.indexOf(' #', at);
  const first = trimSpaces(comment === -1 ? line.slice(at) : line.slice(at, comment));
  if (!isPlainText(first)) giveUp('plain-text');
  let next = i + 1;
  if (comment !== -1) return { value: resolveCoreScalar(first), next };
  let value = first;
  let continued = false;
  let breaks = 0;
  for (let k = next; k < lines.length; k++) {
    const text = lines[k] as string;
    const indent = indentOf(text);
    if (indent === text.length) {
      breaks++;
      continue;
    }
    if (indent <= parent || text.charCodeAt(indent) === 35) break;
    if (INDICATORS.has(text[indent] as string)) giveUp(indicatorReason(text[indent] as string));
    const hash = text.indexOf(' #', indent);
    const part = trimSpaces(hash === -1 ? text.slice(indent) : text.slice(indent, hash));
    if (!isPlainText(part)) giveUp('plain-text');
    value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + part;
    continued = true;
    breaks = 0;
    next = k + 1;
    if (hash !== -1) break;
  }
  // Folded text has a space or a break, which none of the core schema's patterns accepts.
  return { value: continued ? value : resolveCoreScalar(first), next };
}

/** A literal (`|`) or folded (`>`) scalar with an optional chomping indicator. */
export function blockScalar(lines: readonly string[], i: number, line: string, at: number, parent: number): Scalar<string> {
  const folded = line[at] === '>';
  let p = at + 1;
  const chomp = line[p] === '-' ? 'strip' : line[p] === '+' ? 'keep' : 'clip';
  if (chomp !== 'clip') p++;
  if (!/^(?: +#.*| *)$/.test(line.slice(p))) giveUp('block-scalar');
  const start = i + 1;
  let contentIndent = -1;
  for (let k = start; k < lines.length; k++) {
    const next = lines[k] as string;
    const indent = indentOf(next);
    if (indent === next.length) continue;
    contentIndent = indent;
    break;
  }
  if (contentIndent <= parent) giveUp('block-scalar');
  const body: string[] = [];
  let last = -1;
  for (let k = start; k < lines.length; k++) {
    const next = lines[k] as string;
    const indent = indentOf(next);
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
  const text = folded ? fold(body) : body.join('\n');
  // yaml ends a clipped or kept scalar with a break even at the end of a file without one.
  const end = chomp === 'strip' ? '' : '\n'.repeat(chomp === 'clip' ? 1 : trailing + 1);
  return { value: text + end, next: last + 1 };
}

/** No `: ` or final `:` (a mapping where a scalar is expected): the exact parser reports those. */
function isPlainText(s: string): boolean {
  return s !== '' && !s.includes(': ') && !s.endsWith(':');
}

/** Folding of `>`: a single break between lines becomes a space, each empty line a break. */
function fold(lines: readonly string[]): string {
  let text = '';
  let empty = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      empty++;
      continue;
    }
    if (!started) text += '\n'.repeat(empty);
    else text += empty === 0 ? ' ' : '\n'.repeat(empty);
    text += line;
    started = true;
    empty = 0;
  }
  return text;
}

/** Where a quoted scalar's closing quote is on a line (`''` is a quote inside single quotes), or -1. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let at = line.indexOf(quote, from); at !== -1; at = line.indexOf(quote, at + 2)) {
    if (quote === '"' || line.charCodeAt(at + 1) !== 39) return at;
  }
  return -1;
}

/**
 * The folding of a quoted scalar's lines: spaces around each break go, a single break becomes a
 * space and each empty line a break.
 */
function foldQuoted(pieces: readonly string[]): string {
  if (pieces.length === 1) return pieces[0] as string;
  let text = trimSpaces(pieces[0] as string);
  let empty = 0;
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k] as string;
    const last = k === pieces.length - 1;
    const trimmed = last ? piece.slice(indentOf(piece)) : trimSpaces(piece.slice(indentOf(piece)));
    if (trimmed === '' && !last) {
      empty++;
      continue;
    }
    text += (empty === 0 ? ' ' : '\n'.repeat(empty)) + trimmed;
    empty = 0;
  }
  return text;
}

/** After a quoted scalar only spaces and a comment may follow on its line. */
function endOfValue(line: string, at: number): void {
  const rest = line.slice(at);
  if (rest !== '' && !/^ +(?:#.*)?$/.test(rest)) giveUp('quoted');
}

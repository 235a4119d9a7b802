/**
 * The line and scalar text helpers of the fast path (fast-yaml.ts): indentation, folding, quotes,
 * and the one way it stops, giving up so that the exact parser decides.
 */
export const GIVE_UP = Symbol('give up');

export function giveUp(): never {
  throw GIVE_UP;
}

/**
 * The column a line's content starts at, as the block structure sees it: a document marker or
 * directive at the margin closes every block, so it counts as less indented than anything.
 */
export function levelOf(line: string): number {
  return line.startsWith('---') || line.startsWith('...') || line.startsWith('%') ? -1 : indentOf(line);
}

export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** Without trailing spaces (only spaces: String#trimEnd would also take Unicode spaces YAML keeps). */
export function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function isDash(line: string, at: number): boolean {
  return line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32);
}

/** No `: ` or final `:` (a mapping where a scalar is expected): the exact parser reports those. */
export function isPlainText(s: string): boolean {
  return s !== '' && !s.includes(': ') && !s.endsWith(':');
}

/** Folding of `>`: a single break between lines becomes a space, each empty line a break. */
export function fold(lines: readonly string[]): string {
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
export function closingQuote(line: string, from: number, quote: string): number {
  for (let at = line.indexOf(quote, from); at !== -1; at = line.indexOf(quote, at + 2)) {
    if (quote === '"' || line.charCodeAt(at + 1) !== 39) return at;
  }
  return -1;
}

/**
 * The folding of a quoted scalar's lines: spaces around each break go, a single break becomes a
 * space and each empty line a break.
 */
export function foldQuoted(pieces: readonly string[]): string {
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
export function endOfValue(line: string, at: number): void {
  const rest = line.slice(at);
  if (rest !== '' && !/^ +(?:#.*)?$/.test(rest)) giveUp();
}

/**
 * Where the `:` of a plain key starting at `at` is (`name:` then a space or the end of the line,
 * the name as the format writes keys: a letter or `_`, then letters, digits, `_` and `-`), or -1.
 * A loop over char codes: a sticky regex made a match array per key of every file.
 */
export function keyEnd(line: string, at: number): number {
  let k = at;
  let c = line.charCodeAt(k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  for (c = line.charCodeAt(++k); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45; c = line.charCodeAt(++k));
  if (c !== 58) return -1;
  const after = line.charCodeAt(k + 1);
  return after === 32 || k + 1 === line.length ? k : -1;
}

/** The first column after `from` that is not a space. */
export function skipSpaces(line: string, from: number): number {
  let k = from;
  while (line.charCodeAt(k) === 32) k++;
  return k;
}

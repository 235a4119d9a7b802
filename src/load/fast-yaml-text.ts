/**
 * The line helpers of the fast path (fast-yaml.ts): indentation, list dashes, keys, and the one way
 * it stops, giving up so that the exact parser decides.
 */
/** Why the fast path left a text to the exact parser: what `npm run bench` counts per data set. */
export type GiveUpReason =
  | 'characters'
  | 'line-ends'
  | 'document'
  | 'indentation'
  | 'key'
  | 'depth'
  | 'flow-sequence'
  | 'flow-mapping'
  | 'escape'
  | 'anchor-tag-alias'
  | 'indicator'
  | 'plain-text'
  | 'quoted'
  | 'block-scalar'
  | 'comment';

export class GiveUp {
  constructor(readonly reason: GiveUpReason) {}
}

export function giveUp(reason: GiveUpReason): never {
  throw new GiveUp(reason);
}

/** The reason to give up on a value that starts with an indicator. */
export function indicatorReason(ch: string): GiveUpReason {
  return ch === '[' ? 'flow-sequence' : ch === '{' ? 'flow-mapping' : ch === '&' || ch === '*' || ch === '!' ? 'anchor-tag-alias' : 'indicator';
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

/** Characters that cannot start a plain scalar or start something else (YAML 1.2 indicators). */
export const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/** Whether a line holds content: neither blank nor a comment. */
export function isContentLine(line: string): boolean {
  const at = indentOf(line);
  return at < line.length && line.charCodeAt(at) !== 35;
}

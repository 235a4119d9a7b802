import { indentOf, isContentLine, isDash, keyEnd, levelOf, skipSpaces } from './fast-yaml-text.js';

/** A text and where each of its lines starts (SourceFile's table, shared with positionAt). */
export interface LineLayout {
  text: string;
  offsets: readonly number[];
}

/** Only the lines on the way are cut out of the text: most of a file is never looked at. */
function lineAt({ text, offsets }: LineLayout, k: number): string {
  const next = offsets[k + 1];
  const line = text.slice(offsets[k], next === undefined ? undefined : next - 1);
  // CRLF text: columns count from the line's start, so dropping the CR moves none of them.
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}


/**
 * Where the node that a path of keys names starts, in a text the fast path took: the
 * offset `locate` gives on yaml's tree, or that of the deepest node on the path. Only the lines on
 * the way are read, so pointing at one field of many files costs little; paths through lists are
 * left to the recorded table (fastStarts).
 *
 * It leans on what the fast path guarantees of a text it took: a key of a mapping is the only
 * thing at that mapping's column, since scalars that go on over several lines, block scalars and
 * lists under a key all sit further right.
 */
export function startOfKeys(layout: LineLayout, document: number, keys: readonly string[]): number | undefined {
  const at = (line: number, column: number) => (layout.offsets[line] as number) + column;
  let line = firstDocumentLine(layout, document);
  if (line === undefined) return undefined;
  let start = at(line, 0);
  let parent = -1;
  for (const key of keys) {
    const first = lineAt(layout, line);
    const indent = indentOf(first);
    if (isDash(first, indent) || !startsKey(first, indent)) return start;
    const found = findKey(layout, line, indent, parent, key);
    if (found === undefined) return start;
    const keyLine = lineAt(layout, found.line);
    if (found.valueAt < keyLine.length && keyLine.charCodeAt(found.valueAt) !== 35) return at(found.line, found.valueAt);
    const next = nextContent(layout, found.line + 1);
    const nextLine = next === undefined ? undefined : lineAt(layout, next);
    const nextLevel = nextLine === undefined ? -1 : levelOf(nextLine);
    if (next === undefined || !(nextLevel > indent || (nextLevel === indent && isDash(nextLine as string, indent)))) {
      // An empty value: yaml places its null where the value would have started.
      return at(found.line, found.valueAt);
    }
    line = next;
    parent = indent;
    start = at(next, nextLevel);
  }
  return start;
}

function startsKey(line: string, column: number): boolean {
  return keyEnd(line, column) !== -1;
}

/** The line of `key` in the mapping whose keys are at `column`, from its first line to its end. */
function findKey(layout: LineLayout, from: number, column: number, parent: number, key: string) {
  for (let k = from; k < layout.offsets.length; k++) {
    const line = lineAt(layout, k);
    if (!isContentLine(line)) continue;
    if (levelOf(line) <= parent) return undefined;
    if (indentOf(line) !== column) continue;
    const colon = keyEnd(line, column);
    if (colon - column === key.length && line.startsWith(key, column)) return { line: k, valueAt: skipSpaces(line, colon + 1) };
  }
  return undefined;
}

function nextContent(layout: LineLayout, from: number): number | undefined {
  for (let k = from; k < layout.offsets.length; k++) {
    if (isContentLine(lineAt(layout, k))) return k;
  }
  return undefined;
}

/** The first line of a document's content: after its `---`, if it has one. */
function firstDocumentLine(layout: LineLayout, document: number): number | undefined {
  let line = nextContent(layout, 0);
  if (line !== undefined && lineAt(layout, line).startsWith('---')) line = nextContent(layout, line + 1);
  for (let index = 0; line !== undefined; index++) {
    if (index === document) return line;
    do line = nextContent(layout, line + 1);
    while (line !== undefined && !lineAt(layout, line).startsWith('---'));
    if (line !== undefined) line = nextContent(layout, line + 1);
  }
  return undefined;
}

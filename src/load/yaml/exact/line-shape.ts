/**
 * How a line of block YAML looks at a glance, as a coordinator writes one: its indentation, the
 * `- ` of list items, a `key:` and where the value starts. No YAML is parsed: this is what the
 * error mapping (causes.ts) reads around the line where yaml's parser stopped, to name the mistake.
 */
export interface LineShape {
  /** The first column that is neither a space nor a tab. */
  indent: number;
  /** Whether the indentation holds a tab. */
  tab: boolean;
  /** The column of each `- ` list indicator, left to right. */
  dashes: number[];
  /** The column after the indentation and the dashes: where a key or a value starts. */
  content: number;
  /** The key written at `content` (a name followed by `:` and a space or the line's end), if any. */
  key?: { name: string; colon: number };
  /** Where the value starts: after the key's colon and its spaces, else `content`. */
  value: number;
  /** No value on the line: a key or dash alone (a comment may follow), so a block opens below. */
  opensBlock: boolean;
  /** A block scalar (`|`, `>-` …) starts after the key or dash. */
  blockScalar: boolean;
}

/** A key as people write them: a letter or `_`, then letters, digits, `_` and `-`. */
const KEY = /^[\p{L}_][\p{L}\p{N}_-]*:(?= |$)/u;
const BLOCK_SCALAR = /^[|>][-+0-9]*(?: +#.*)?$/;

export function shapeOf(line: string): LineShape {
  let indent = 0;
  let tab = false;
  for (let c = line[0]; c === ' ' || c === '\t'; c = line[++indent]) if (c === '\t') tab = true;
  const dashes: number[] = [];
  let content = indent;
  while (line[content] === '-' && (content + 1 === line.length || line[content + 1] === ' ')) {
    dashes.push(content);
    content += 1;
    while (line[content] === ' ') content += 1;
  }
  const match = KEY.exec(line.slice(content));
  let value = content;
  let key: LineShape['key'];
  if (match) {
    const colon = content + match[0].length - 1;
    key = { name: match[0].slice(0, -1), colon };
    value = colon + 1;
    while (line[value] === ' ') value += 1;
  }
  const rest = line.slice(value);
  const opensBlock = (key !== undefined || dashes.length > 0) && (rest === '' || rest.startsWith('#'));
  return { indent, tab, dashes, content, key, value, opensBlock, blockScalar: BLOCK_SCALAR.test(rest) };
}

/** Whether a line holds YAML content: neither blank nor a comment. */
export function isContent(line: string): boolean {
  return !/^[ \t]*(?:#.*)?$/.test(line);
}

/** A line that starts or ends a document, or is a directive: nothing above it is its parent. */
export function isDocumentBoundary(line: string): boolean {
  return line.startsWith('---') || line.startsWith('...') || line.startsWith('%');
}

/**
 * The lines of a text that are the body of a block scalar (`|` or `>`): text, whatever it looks
 * like, so no indentation or key is read from them.
 */
export function blockScalarBodies(lines: readonly string[]): Set<number> {
  const bodies = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (!isContent(line)) continue;
    const shape = shapeOf(line);
    if (!shape.blockScalar) continue;
    const parent = shape.key ? shape.content : (shape.dashes.at(-1) ?? shape.indent);
    let next = k + 1;
    for (; next < lines.length; next++) {
      const body = lines[next] as string;
      if (isContent(body) && shapeOf(body).indent <= parent) break;
      bodies.add(next);
    }
    k = next - 1;
  }
  return bodies;
}

/**
 * Where a quoted text that opens at `from - 1` closes on its line, or -1: `''` is a quote inside
 * single quotes, and a backslash escapes the next character inside double quotes.
 */
export function closingQuoteOf(line: string, from: number, quote: string): number {
  for (let at = from; at < line.length; at++) {
    const c = line[at];
    if (c === quote) {
      if (quote === '"' || line[at + 1] !== "'") return at;
      at++;
    } else if (c === '\\' && quote === '"') at++;
  }
  return -1;
}

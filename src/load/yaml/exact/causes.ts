import { blockScalarBodies, closingQuoteOf, isContent, isDocumentBoundary, shapeOf, type LineShape } from './line-shape.js';

/** A parser error as the recognisers read it: yaml's code and message, and where it starts (0-based). */
export interface ParserError {
  code: string;
  message: string;
  line: number;
  column: number;
}

/** The mistakes people make writing YAML by hand that this module names at their cause. */
export type CauseId = 'tab-indent' | 'unclosed-quote' | 'unclosed-bracket' | 'missing-space' | 'colon-in-text' | 'indent-too-far' | 'indent-too-little';

/** A mistake found at its cause, with the line put right, so that what it explains can be told apart. */
export interface Cause {
  id: CauseId;
  /** Where the mistake is: 0-based line, and the columns it covers on it. */
  line: number;
  column: number;
  end: number;
  data: Record<string, string | number>;
  /** The lines as they would be with this mistake put right (the same number of lines). */
  repaired: (lines: readonly string[]) => string[];
}

/**
 * The cause of yaml's first error, read from the source lines around it, or undefined when it is
 * none of the mistakes named here. yaml reports where its parser got lost, which is often the line
 * above the mistake or the end of the file, and then reports what followed from it: each
 * recogniser knows which of its errors a mistake gives and where the mistake really is.
 */
export function recognise(lines: readonly string[], error: ParserError): Cause | undefined {
  const line = lines[error.line];
  if (line === undefined) return undefined;
  return (
    tabIndent(lines, error.line) ??
    unclosedQuote(lines, error) ??
    unclosedBracket(lines, error) ??
    missingSpace(line, error) ??
    colonInText(line, error) ??
    indentedTooFar(lines, error) ??
    indentedWrongly(lines, error)
  );
}

/** A tab in a line's indentation: YAML indents with spaces only. */
function tabIndent(lines: readonly string[], k: number): Cause | undefined {
  const line = lines[k] as string;
  const shape = shapeOf(line);
  if (!shape.tab || !isContent(line)) return undefined;
  const column = line.indexOf('\t');
  return {
    id: 'tab-indent',
    line: k,
    column,
    end: column + 1,
    data: {},
    repaired: (all) => withLine(all, k, ' '.repeat(intendedIndent(all, k)) + line.slice(shape.indent)),
  };
}

/** A quoted text that is never closed: yaml reports it where it gives up, often the file's end. */
function unclosedQuote(lines: readonly string[], error: ParserError): Cause | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code !== 'MISSING_CHAR' || quote === undefined) return undefined;
  for (let k = Math.min(error.line, lines.length - 1); k >= 0; k--) {
    const line = lines[k] as string;
    const shape = shapeOf(line);
    if (line[shape.value] !== quote || closingQuoteOf(line, shape.value + 1, quote) !== -1) continue;
    const fixed = line.replace(/[ \t]+$/, '') + quote;
    return {
      id: 'unclosed-quote',
      line: k,
      column: shape.value,
      end: shape.value + 1,
      data: { quote, fixed: fixed.slice(shape.indent) },
      repaired: (all) => withLine(all, k, fixed),
    };
  }
  return undefined;
}

/** A list or mapping in brackets that is never closed: yaml reports it at the next line. */
function unclosedBracket(lines: readonly string[], error: ParserError): Cause | undefined {
  const close = /^Flow (?:sequence|map) in block collection must be sufficiently indented and end with an? ([\]}])/.exec(error.message)?.[1];
  if (error.code !== 'BAD_INDENT' || close === undefined) return undefined;
  const open = close === ']' ? '[' : '{';
  for (let k = Math.min(error.line, lines.length - 1); k >= 0; k--) {
    const line = lines[k] as string;
    const shape = shapeOf(line);
    if (line[shape.value] !== open || line.includes(close, shape.value)) continue;
    const fixed = line.replace(/[ \t]+$/, '') + close;
    return {
      id: 'unclosed-bracket',
      line: k,
      column: shape.value,
      end: shape.value + 1,
      data: { open, close, fixed: fixed.slice(shape.indent) },
      repaired: (all) => withLine(all, k, fixed),
    };
  }
  return undefined;
}

/** `id:uppsala-2024`: without a space after the colon, the line is one text, not a key and a value. */
function missingSpace(line: string, error: ParserError): Cause | undefined {
  const shape = shapeOf(line);
  if (shape.key || error.column !== shape.content) return undefined;
  const match = /^[\p{L}_][\p{L}\p{N}_-]*:(?=[^\s:])/u.exec(line.slice(shape.content));
  if (!match) return undefined;
  const colon = shape.content + match[0].length - 1;
  const rest = line.slice(colon + 1);
  // More on the line (`a:b: c`) is another mistake, or text that needs quotes.
  if (/: |:$| #/.test(rest)) return undefined;
  const fixed = `${line.slice(0, colon + 1)} ${rest}`;
  return {
    id: 'missing-space',
    line: error.line,
    column: colon,
    end: colon + 1,
    data: { text: line.slice(shape.content), fixed: fixed.slice(shape.content) },
    repaired: (all) => withLine(all, error.line, fixed),
  };
}

/** `text: Trygghetsvandring: centrum`: a colon and a space inside unquoted text start a mapping. */
function colonInText(line: string, error: ParserError): Cause | undefined {
  const shape = shapeOf(line);
  if (!shape.key || error.column !== shape.value || !isPlain(line, shape)) return undefined;
  const comment = line.indexOf(' #', shape.value);
  const text = line.slice(shape.value, comment === -1 ? undefined : comment).replace(/[ \t]+$/, '');
  const colon = /: |:$/.exec(text);
  if (!colon) return undefined;
  const quoted = JSON.stringify(text);
  const fixed = line.slice(0, shape.value) + quoted + line.slice(shape.value + text.length);
  return {
    id: 'colon-in-text',
    line: error.line,
    column: shape.value + colon.index,
    end: shape.value + colon.index + 1,
    data: { text, fixed: `${shape.key.name}: ${quoted}` },
    repaired: (all) => withLine(all, error.line, fixed),
  };
}

/**
 * A key indented further than the key above it, which has a value: yaml reads the two as one
 * text spanning lines and reports it on the line above. The mistake is the line below.
 */
function indentedTooFar(lines: readonly string[], error: ParserError): Cause | undefined {
  const above = shapeOf(lines[error.line] as string);
  if (!above.key || error.column !== above.value || above.opensBlock) return undefined;
  let k = error.line + 1;
  while (k < lines.length && !isContent(lines[k] as string)) k++;
  const line = lines[k];
  if (line === undefined) return undefined;
  const shape = shapeOf(line);
  if (shape.tab) return tabIndent(lines, k);
  if (shape.indent <= above.content || (!shape.key && shape.dashes.length === 0)) return undefined;
  return misindented(lines, k, shape, above.content);
}

/**
 * A key or list item at a column no block above it has: yaml reports it at the start of its line.
 * What was meant is the nearest column that a block open above it uses.
 */
function indentedWrongly(lines: readonly string[], error: ParserError): Cause | undefined {
  const line = lines[error.line] as string;
  const shape = shapeOf(line);
  if (error.column !== 0 || shape.indent === 0 || (!shape.key && shape.dashes.length === 0)) return undefined;
  const levels = openLevels(lines, error.line);
  let meant: number | undefined;
  for (const level of levels) {
    const distance = Math.abs(level - shape.indent);
    // A tie goes to the deeper block: the line is more likely one more field of what is above it.
    if (meant === undefined || distance < Math.abs(meant - shape.indent) || (distance === Math.abs(meant - shape.indent) && level > meant)) {
      meant = level;
    }
  }
  if (meant === undefined || meant === shape.indent) return undefined;
  return misindented(lines, error.line, shape, meant);
}

function misindented(lines: readonly string[], k: number, shape: LineShape, meant: number): Cause {
  const line = lines[k] as string;
  // What a coordinator recognises the line by: its key, with the dash of a list item.
  const end = shape.key?.colon ?? line.replace(/[ \t]+$/, '').length;
  return {
    id: meant < shape.indent ? 'indent-too-far' : 'indent-too-little',
    line: k,
    column: shape.indent,
    end,
    data: { key: line.slice(shape.indent, end), actual: shape.indent + 1, expected: meant + 1 },
    repaired: (all) => shiftLine(all, k, meant - shape.indent),
  };
}

/**
 * The columns of the blocks open at line `k`: walking up, each key or list item further left than
 * all below it is a parent, up to the document's start.
 */
function openLevels(lines: readonly string[], k: number): number[] {
  const bodies = blockScalarBodies(lines.slice(0, k));
  const levels: number[] = [];
  let limit = Infinity;
  for (let i = k - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (isDocumentBoundary(line)) break;
    if (!isContent(line) || bodies.has(i)) continue;
    const shape = shapeOf(line);
    if (!shape.key && shape.dashes.length === 0) continue;
    const columns = [...(shape.key ? [shape.content] : []), ...[...shape.dashes].reverse()];
    for (const column of columns) {
      if (column < limit) {
        levels.push(column);
        limit = column;
      }
    }
    if (limit === 0) break;
  }
  return levels;
}

/**
 * The indentation a line was most likely meant to have: the column of the key or item above it,
 * or two more when that one opens a block.
 */
function intendedIndent(lines: readonly string[], k: number): number {
  for (let i = k - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (isDocumentBoundary(line)) return 0;
    if (!isContent(line)) continue;
    const shape = shapeOf(line);
    return shape.opensBlock || shape.blockScalar ? (shape.key ? shape.content : (shape.dashes.at(-1) ?? shape.indent)) + 2 : shape.content;
  }
  return 0;
}

/** A plain value: not quoted, not a flow collection, block scalar, anchor, alias or tag. */
function isPlain(line: string, shape: LineShape): boolean {
  const first = line[shape.value];
  return first !== undefined && !`'"[{|>&*!%@\`#`.includes(first);
}

function withLine(lines: readonly string[], k: number, text: string): string[] {
  const copy = [...lines];
  copy[k] = text;
  return copy;
}

/**
 * Moves line `k` by `delta` columns. A key's children stay where they are: each deeper column is
 * still below it. A list item takes the lines of its mapping (from its content's column on) along,
 * so they stay beside its first key.
 */
function shiftLine(lines: readonly string[], k: number, delta: number): string[] {
  const copy = [...lines];
  const shape = shapeOf(lines[k] as string);
  const move = (line: string) => (delta > 0 ? ' '.repeat(delta) + line : line.slice(Math.min(-delta, shapeOf(line).indent)));
  copy[k] = move(lines[k] as string);
  if (shape.key && shape.dashes.length === 0) return copy;
  for (let i = k + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isContent(line) && shapeOf(line).indent < shape.content) break;
    copy[i] = move(line);
  }
  return copy;
}

import { yamlLib } from './yaml-lib.js';

export interface DepthScan {
  /** The deepest nesting met, counting flow brackets and block indentation levels. */
  depth: number;
  /** Offset where the depth first went past the limit, if it did. */
  overAt?: number;
}

/**
 * Whether a text could nest deeper than `limit` as scanDepth counts, by a bound one pass over its
 * characters gives: scanDepth's depth is its open flow collections, its indentation levels and the
 * `-`/`?` indicators on the current line, so it is at most the text's `[` and `{`, plus one more
 * than a line's leading whitespace and that line's `-` and `?`. Most files are far below, and the
 * second full lexer pass is kept for those that are not.
 */
export function mayExceedDepth(text: string, limit: number): boolean {
  let brackets = 0;
  let line = 0;
  let deepest = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      deepest = Math.max(deepest, line);
      line = 0;
      leading = true;
      continue;
    }
    if (c === 91 || c === 123) brackets++;
    else if (c === 45 || c === 63 || (leading && (c === 32 || c === 9))) line++;
    if (c !== 32 && c !== 9) leading = false;
  }
  return brackets + Math.max(deepest, line) + 1 > limit;
}

/**
 * Measures nesting with yaml's Lexer alone, before any node is built: the composer recurses once
 * per level, and near 1 000 nested `[` on Node 20 that recursion kills the process natively
 * instead of throwing. The Lexer is iterative and copes with any depth.
 */
export function scanDepth(text: string, limit: number): DepthScan {
  const { CST, Lexer } = yamlLib();
  let offset = 0;
  let flow = 0;
  let indents: number[] = [];
  let lineExtra = 0;
  let atLineStart = true;
  let lineIndent = 0;
  let scalarBody = false;
  let depth = 0;

  const note = (at: number): DepthScan | undefined => {
    const current = flow + indents.length + lineExtra;
    if (current > depth) depth = current;
    return depth > limit ? { depth, overAt: at } : undefined;
  };

  for (const token of new Lexer().lex(text)) {
    const at = offset;
    if (token === CST.SCALAR) {
      scalarBody = true;
      continue;
    }
    if (token === CST.DOCUMENT || token === CST.FLOW_END) continue;
    offset += token.length;
    if (scalarBody) {
      scalarBody = false;
      if (atLineStart) ({ indents, lineExtra, atLineStart } = startLine(indents, lineIndent));
      const over = note(at);
      if (over) return over;
      continue;
    }
    const type = CST.tokenType(token);
    if (type === 'newline') {
      atLineStart = true;
      lineIndent = 0;
      lineExtra = 0;
      continue;
    }
    if (type === 'space' || type === 'comment') {
      if (atLineStart && type === 'space') lineIndent = token.length;
      continue;
    }
    if (type === 'doc-start' || type === 'doc-end' || type === 'directive-line') {
      // yaml closes whatever a document left open at the next document marker.
      indents = [];
      flow = 0;
      atLineStart = false;
      continue;
    }
    if (atLineStart) ({ indents, lineExtra, atLineStart } = startLine(indents, lineIndent));
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow += 1;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow = Math.max(0, flow - 1);
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') lineExtra += 1;
    const over = note(at);
    if (over) return over;
  }
  return { depth };
}

function startLine(indents: number[], indent: number): { indents: number[]; lineExtra: number; atLineStart: false } {
  while (indents.length > 0 && (indents[indents.length - 1] as number) > indent) indents.pop();
  if (indents.length === 0 || (indents[indents.length - 1] as number) < indent) indents.push(indent);
  return { indents, lineExtra: 0, atLineStart: false };
}

import type { Document, Node } from 'yaml';
import { parsePointer } from '../../../model/pointer.js';
import type { Anchor, Range } from '../../loaded-document.js';
import { TreeIndex } from './tree-index.js';
import { yamlLib } from './yaml-lib.js';

/**
 * The source range (UTF-16 offsets, end exclusive) of what a JSON Pointer names in a parsed
 * document: the key for `on: 'key'` (an unknown or duplicate field), otherwise the value. A list
 * item has no key, so its value is used. When the pointer leads past what exists (a missing
 * field), the deepest node that exists is returned. `index` is the document's, kept between calls.
 */
export function locateInTree(doc: Document.Parsed, pointer: string, on: Anchor = 'value', index = new TreeIndex(doc)): Range {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(node)) node = index.target(node) ?? node;
    keyNode = undefined;
    if (isMap(node)) {
      const pair = index.pair(node, segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!/^\d+$/.test(segment) || item === undefined) break;
      node = item;
    } else {
      break;
    }
  }
  if (on === 'key' && keyNode) return rangeOfNode(keyNode) ?? [0, 0];
  if (on === 'key' && (isMap(node) || isSeq(node))) {
    // A collection without a key of its own (the document, a list item): its first line is the
    // place to add what is missing, not the whole block.
    const first = node.items[0];
    const head = isPair(first) ? first.key : first;
    const start = node.range?.[0] ?? 0;
    return [start, Math.max(start, rangeOfNode(head)?.[1] ?? start)];
  }
  return rangeOfNode(node) ?? [0, 0];
}

function rangeOfNode(node: unknown): Range | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  // An empty value (`key:` with nothing after it) has a zero-width range; keep it visible.
  return [range[0], Math.max(range[1], range[0])];
}

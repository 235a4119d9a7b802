import type { Document, Node, Scalar } from 'yaml';
import { child } from '../../../model/pointer.js';
import { LIMITS } from '../../limits.js';
import { yamlLib } from './yaml-lib.js';
import type { CommentAfterValue } from '../comment-in-value.js';
import type { YamlMessageId } from '../messages.js';

/** A problem met while turning the YAML tree into plain data, at a source range. */
export interface PlainIssue {
  id: YamlMessageId;
  range: readonly [number, number];
  pointer: string;
  data?: Record<string, string | number>;
}

/** A plain scalar that a comment ends on its line, with its pointer (comment-in-value.ts). */
export interface PlainComment extends CommentAfterValue {
  pointer: string;
}

/** The tags of the YAML 1.2 core schema; any other tag is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns a parsed document into plain JSON-like data, refusing what the format does not allow:
 * non-core tags, merge keys, prototype keys, non-scalar keys and alias bombs. Keys the format
 * refuses are left out of the data, so the schema does not report them a second time.
 */
export function toPlain(doc: Document.Parsed, text: string): { data: unknown; issues: PlainIssue[]; complete: boolean; comments: PlainComment[] } {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const issues: PlainIssue[] = [];
  const comments: PlainComment[] = [];
  const expanding = new Set<Node>();
  let aliasBudget: number = LIMITS.maxAliasNodes;
  let aliasDepth = 0;
  let exhausted = false;
  let cyclic = false;

  const convert = (node: unknown, pointer: string): unknown => {
    if (aliasDepth > 0 && (exhausted || --aliasBudget < 0)) {
      exhausted = true;
      return null;
    }
    if (isAlias(node)) {
      if (exhausted) return null;
      const target = node.resolve(doc);
      if (!target) return null;
      if (expanding.has(target)) {
        cyclic = true;
        issues.push({ id: 'alias-cycle', range: rangeOf(node), pointer });
        return null;
      }
      expanding.add(target);
      aliasDepth += 1;
      const value = convert(target, pointer);
      aliasDepth -= 1;
      expanding.delete(target);
      if (exhausted && aliasDepth === 0) {
        issues.push({ id: 'alias-limit', range: rangeOf(node), pointer, data: { max: LIMITS.maxAliasNodes } });
      }
      return value;
    }
    if (node === null || node === undefined) return null;
    checkTag(node as Node, pointer);
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && aliasDepth === 0) noteComment(node, pointer);
      return node.value ?? null;
    }
    if (isSeq(node)) return node.items.map((item, index) => convert(item, child(pointer, index)));
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (key !== null && !isScalar(key)) {
          issues.push({ id: 'complex-key', range: rangeOf(key as Node), pointer });
          continue;
        }
        const name = key === null || key.value === null ? '' : String(key.value);
        if (key !== null) checkTag(key, pointer);
        const keyPointer = child(pointer, name);
        if (name === '<<' && key?.type === 'PLAIN') {
          issues.push({ id: 'merge-key', range: rangeOf(key), pointer: keyPointer });
          continue;
        }
        if (Object.hasOwn(result, name)) {
          // yaml reports duplicates too, but at a range that can start before the key.
          issues.push({ id: 'duplicate-key', range: rangeOf(key ?? node), pointer: keyPointer, data: { key: name } });
          continue;
        }
        if (FORBIDDEN_KEYS.has(name)) {
          issues.push({ id: 'forbidden-key', range: key ? rangeOf(key) : [0, 0], pointer: keyPointer, data: { key: name } });
          continue;
        }
        result[name] = convert(pair.value, keyPointer);
      }
      return result;
    }
    return null;
  };

  const checkTag = (node: Node, pointer: string) => {
    if (node.tag === undefined || CORE_TAGS.has(node.tag)) return;
    // The node's range starts after its tag: point at the tag as written (`!custom`, `!!binary`).
    let start = text.lastIndexOf('!', rangeOf(node)[0]);
    while (start > 0 && /[!\w-]/.test(text[start - 1] ?? '')) start -= 1;
    const end = start === -1 ? -1 : text.slice(start).search(/[\s,\]}]|$/) + start;
    const range: readonly [number, number] = start === -1 ? rangeOf(node) : [start, end];
    issues.push({ id: 'tag', range, pointer, data: { tag: text.slice(range[0], range[1]) } });
  };

  /** A comment that ends a plain scalar on its line (it cannot end anything else there). */
  const noteComment = (node: Scalar, pointer: string) => {
    const [start, end] = rangeOf(node);
    let hash = end;
    while (text.charCodeAt(hash) === 32 || text.charCodeAt(hash) === 9) hash++;
    if (hash > end && text.charCodeAt(hash) === 35) comments.push({ pointer, start, end, hash });
  };

  const data = convert(doc.contents, '');
  return { data, issues, complete: !exhausted && !cyclic, comments };
}

export function rangeOf(node: Node | Scalar): readonly [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

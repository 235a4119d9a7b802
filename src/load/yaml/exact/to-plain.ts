import type { Document, Node, Scalar } from 'yaml';
import { child } from '../../../model/pointer.js';
import { LIMITS } from '../../limits.js';
import type { AliasBudget } from '../../run-budget.js';
import type { YamlMessageId, YamlRuleId } from '../messages.js';
import { TreeIndex } from './tree-index.js';
import { yamlLib } from './yaml-lib.js';
import type { CommentAfterValue } from '../comment-in-value.js';

/** A problem met while turning the YAML tree into plain data, at a source range. */
export interface PlainIssue {
  id: YamlMessageId;
  /** The rule's name when it is not the id (`alias-limit` for `alias-run-limit`). */
  rule?: YamlRuleId;
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
/** A tag as written runs to the next space, comma or closing bracket: read from where it starts, not from a copy of the rest of the text. */
const TAG_END = /[^\s,\]}]*/y;

/** Why an alias's expansion was cut short, with the limit it met. */
const STOPS: Record<'alias-limit' | 'alias-run-limit' | 'alias-too-deep', { rule?: YamlRuleId; max: number }> = {
  'alias-limit': { max: LIMITS.maxAliasNodes },
  'alias-run-limit': { rule: 'alias-limit', max: LIMITS.maxAliasNodesPerRun },
  'alias-too-deep': { rule: 'too-deep', max: LIMITS.maxDepth },
};

/**
 * Turns a parsed document into plain JSON-like data, refusing what the format does not allow:
 * non-core tags, merge keys, prototype keys, non-scalar keys, alias bombs, and data that aliases
 * nest deeper than the text may. Keys the format refuses are left out of the data, so the schema
 * does not report them a second time. `budget` is shared by the documents of a file (and the files
 * of a run); `index` is the document's own.
 */
export function toPlain(
  doc: Document.Parsed,
  text: string,
  budget: AliasBudget,
  index = new TreeIndex(doc),
): { data: unknown; issues: PlainIssue[]; complete: boolean; comments: PlainComment[] } {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const issues: PlainIssue[] = [];
  const comments: PlainComment[] = [];
  const expanding = new Set<Node>();
  let aliasDepth = 0;
  let stop: keyof typeof STOPS | undefined;
  let cyclic = false;

  /**
   * `depth` counts the collections around the node. The text was measured before parsing
   * (scan-depth.ts), so only what an alias brings in can go deeper, and that is stopped at the
   * same limit: the recursion here, and every later walk of the data, stays shallow.
   */
  const convert = (node: unknown, pointer: string, depth: number): unknown => {
    if (aliasDepth > 0) {
      if (stop) return null;
      const out = budget.spend();
      if (out) {
        stop = out === 'file' ? 'alias-limit' : 'alias-run-limit';
        return null;
      }
    }
    if (isAlias(node)) {
      if (stop) return null;
      const target = index.target(node);
      if (!target) return null;
      if (expanding.has(target)) {
        cyclic = true;
        issues.push({ id: 'alias-cycle', range: rangeOf(node), pointer });
        return null;
      }
      expanding.add(target);
      aliasDepth += 1;
      const value = convert(target, pointer, depth);
      aliasDepth -= 1;
      expanding.delete(target);
      if (stop && aliasDepth === 0) {
        const { rule, max } = STOPS[stop];
        issues.push({ id: stop, rule, range: rangeOf(node), pointer, data: { max } });
      }
      return value;
    }
    if (node === null || node === undefined) return null;
    checkTag(node as Node, pointer);
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && aliasDepth === 0) noteComment(node, pointer);
      return node.value ?? null;
    }
    if (aliasDepth > 0 && depth >= LIMITS.maxDepth && (isSeq(node) || isMap(node))) {
      stop = 'alias-too-deep';
      return null;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item, child(pointer, i), depth + 1));
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
          issues.push({ id: 'duplicate-key', range: rangeOf(key ?? node), pointer: keyPointer, data: { key: name } });
          continue;
        }
        if (FORBIDDEN_KEYS.has(name)) {
          issues.push({ id: 'forbidden-key', range: key ? rangeOf(key) : [0, 0], pointer: keyPointer, data: { key: name } });
          continue;
        }
        result[name] = convert(pair.value, keyPointer, depth + 1);
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
    TAG_END.lastIndex = start;
    const end = start === -1 ? -1 : start + (TAG_END.exec(text)?.[0].length ?? 0);
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

  const data = convert(doc.contents, '', 0);
  return { data, issues, complete: stop === undefined && !cyclic, comments };
}

export function rangeOf(node: Node | Scalar): readonly [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/**
 * Lookups in one parsed document that yaml answers by a scan, made once: which node each alias
 * names, and which pair of a mapping has a key. yaml's `Alias.resolve` walks the whole document
 * again, recursively, for every alias it is asked about (thousands of aliases made a file
 * quadratic), and a mapping finds a key by trying each pair (placing 100 000 unknown fields took
 * minutes). Both tables are built on first use, the alias table in a walk with its own stack, so
 * no nesting can exhaust the call stack.
 */
export class TreeIndex {
  private targets: ReadonlyMap<Alias, Node> | undefined;
  private readonly keys = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

  constructor(private readonly doc: Document.Parsed) {}

  /**
   * The node an alias names: the last node before it (in document order, a collection before what
   * it holds) whose anchor has the alias's name, as `Alias.resolve` defines it.
   */
  target(alias: Alias): Node | undefined {
    this.targets ??= anchorTargets(this.doc);
    return this.targets.get(alias);
  }

  /** The first pair of a mapping whose key reads as `name` (an empty key as `''`). */
  pair(map: YAMLMap, name: string): Pair | undefined {
    let table = this.keys.get(map);
    if (!table) {
      const { isPair, isScalar } = yamlLib();
      const built = new Map<string, Pair>();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const key = pair.key === null ? '' : isScalar(pair.key) ? String(pair.key.value ?? '') : undefined;
        if (key !== undefined && !built.has(key)) built.set(key, pair);
      }
      this.keys.set(map, (table = built));
    }
    return table.get(name);
  }
}

function anchorTargets(doc: Document.Parsed): ReadonlyMap<Alias, Node> {
  const { isAlias, isCollection, isPair, isScalar } = yamlLib();
  const latest = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const target = latest.get(node.source);
      if (target) targets.set(node, target);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isScalar(node) || isCollection(node)) {
      if (node.anchor) latest.set(node.anchor, node);
      if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return targets;
}

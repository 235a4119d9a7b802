import { child, parsePointer } from '../../../model/pointer.js';
import type { Anchor, Range } from '../../loaded-document.js';

/**
 * Per node: where its key starts (-1: none), where it starts, where its text ends, and the node
 * after its subtree (its next sibling, if it has one).
 */
const SLOTS = 4;
const KEY = 0;
const START = 1;
const END = 2;
const NEXT = 3;

/**
 * One table for every file while it is read (files are read one at a time, and a table of its own
 * per file was megabytes of garbage over a national repository); `finish` copies out what a file
 * used. Where each node ends with what trails it (yaml's `range[2]`) is needed only while reading.
 */
let scratch = new Int32Array(SLOTS * 16 * 1024);
let nodeEnds = new Int32Array(16 * 1024);

/**
 * Where every node of a file's documents is, as the fast path read them: for each node, in the
 * order a walk of the data meets them (a mapping, then each value in key order; a list, then each
 * item), where its key starts, where it starts and where it ends: the `range[1]` of yaml's node,
 * which `locate` shows. While reading it also keeps `range[2]` (the node with the comments and the
 * line break after it), since that is where a collection ends whose last item it is.
 *
 * Four numbers per node in one array, no pointer strings: recording costs the fast path almost
 * nothing, and a pointer is resolved only when something asks. The first time a pointer passes
 * through a collection, where each of its children is gets listed, hopping from one to the next
 * without walking their subtrees; so a finding on each of 100 000 items or keys costs a lookup
 * each, not a walk of all those before it, and a single finding in a file costs a few hops.
 */
export class Positions {
  /** While reading: the shared scratch table; then a copy of the part this file used. */
  private data = scratch;
  private count = 0;
  /** The first node of each document. */
  private readonly roots: number[] = [];
  /** Where each document starts in the text (its `---`, or the text's start), then where the text ends. */
  private readonly bounds: number[] = [];
  /**
   * The child nodes of each collection a pointer has passed through, by index and by key; made
   * when the first pointer comes (most files are never asked).
   */
  private items: Map<number, Int32Array> | undefined;
  private keys: Map<number, Map<string, number>> | undefined;

  /** The next node is the root of a document that starts at `start`. */
  startDocument(start: number): void {
    this.roots.push(this.count);
    this.bounds.push(start);
  }

  /** After the last document: keeps only what this file used, since the table lives as long as its documents. */
  finish(textLength: number): void {
    this.bounds.push(textLength);
    this.data = keep(this.data, this.count * SLOTS);
  }

  /** Where document `document` is in the text: up to the next one's `---`, or the end. */
  spanOf(document: number): Range {
    return [this.bounds[document] as number, this.bounds[document + 1] as number];
  }

  /** The node the next `open` makes. */
  get next(): number {
    return this.count;
  }

  /** Makes a node, whose ends `close` gives once its children are read. */
  open(key: number, start: number): number {
    if ((this.count + 1) * SLOTS > this.data.length) {
      scratch = new Int32Array(this.data.length * 2);
      scratch.set(this.data);
      this.data = scratch;
      const ends = new Int32Array(nodeEnds.length * 2);
      ends.set(nodeEnds);
      nodeEnds = ends;
    }
    const at = this.count * SLOTS;
    this.data[at + KEY] = key;
    this.data[at + START] = start;
    return this.count++;
  }

  /** Ends a node: its children, if any, are the nodes made since it was opened. */
  close(node: number, end: number, nodeEnd: number): void {
    this.data[node * SLOTS + END] = end;
    this.data[node * SLOTS + NEXT] = this.count;
    nodeEnds[node] = nodeEnd;
  }

  /** A node without children. */
  leaf(key: number, start: number, end: number, nodeEnd: number): void {
    this.close(this.open(key, start), end, nodeEnd);
  }

  /** Where a node read in this file ends with what trails it; only while the file is read. */
  nodeEndOf(node: number): number {
    return nodeEnds[node] as number;
  }

  /**
   * The range (offsets, end exclusive) of what a JSON Pointer names in document `document`, whose
   * data is `data`: exactly what `locate` gives on yaml's tree of the same text (see
   * exact/locate-tree.ts for the rules: the key or the value, the deepest node on the path).
   */
  locate(document: number, data: unknown, pointer: string, on: Anchor): Range {
    let node = this.roots[document] as number;
    let value = data;
    let key: string | undefined;
    // As `locate` reads a segment: a key of a mapping; an index of a list, where `01` is item 1.
    for (const segment of parsePointer(pointer)) {
      key = undefined;
      if (Array.isArray(value)) {
        const index = Number(segment);
        if (!/^\d+$/.test(segment) || index >= value.length) break;
        node = this.itemsOf(node, value.length)[index] as number;
        value = value[index];
      } else if (value !== null && typeof value === 'object') {
        const child = this.keysOf(node, value).get(segment);
        if (child === undefined) break;
        node = child;
        value = (value as Record<string, unknown>)[segment];
        key = segment;
      } else {
        break;
      }
    }
    const start = this.data[node * SLOTS + START] as number;
    if (on === 'key' && key !== undefined) {
      const keyStart = this.data[node * SLOTS + KEY] as number;
      return [keyStart, keyStart + key.length];
    }
    if (on === 'key' && value !== null && typeof value === 'object') {
      // A collection without a key of its own: its first line, up to the end of its first key or item.
      const first = Array.isArray(value) ? (value.length > 0 ? this.range(node + 1) : undefined) : this.firstKeyRange(node, value);
      return [start, Math.max(start, first?.[1] ?? start)];
    }
    return this.range(node);
  }

  /**
   * The JSON Pointer of node `node`, whose file's documents hold `documents`: the walk `locate`
   * makes, the other way. Only asked for the few nodes a finding is about.
   */
  pointerOf(node: number, documents: readonly unknown[]): string {
    let document = 0;
    while (document + 1 < this.roots.length && (this.roots[document + 1] as number) <= node) document++;
    let at = this.roots[document] as number;
    let value = documents[document];
    let pointer = '';
    while (at < node && value !== null && typeof value === 'object') {
      at += 1;
      for (const [segment, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
        const next = this.data[at * SLOTS + NEXT] as number;
        if (node < next) {
          pointer = child(pointer, segment);
          value = item;
          break;
        }
        at = next;
      }
    }
    return pointer;
  }

  /** The `count` child nodes of collection `node`: each the node after the subtree of the one before. */
  private itemsOf(node: number, count: number): Int32Array {
    let items = (this.items ??= new Map()).get(node);
    if (!items) {
      items = new Int32Array(count);
      for (let i = 0, child = node + 1; i < items.length; i++) {
        items[i] = child;
        child = this.data[child * SLOTS + NEXT] as number;
      }
      this.items.set(node, items);
    }
    return items;
  }

  /**
   * The child node of mapping `node` for each key. The fast path's keys are names that start with
   * a letter or `_`, so the object keeps them in the order they were written (integer-like keys
   * would come first), the order of the nodes.
   */
  private keysOf(node: number, value: object): Map<string, number> {
    let keys = (this.keys ??= new Map()).get(node);
    if (!keys) {
      const names = Object.keys(value);
      const items = this.itemsOf(node, names.length);
      keys = new Map();
      for (let i = 0; i < names.length; i++) keys.set(names[i]!, items[i]!);
      this.keys.set(node, keys);
    }
    return keys;
  }

  private range(node: number): Range {
    const start = this.data[node * SLOTS + START] as number;
    return [start, Math.max(start, this.data[node * SLOTS + END] as number)];
  }

  /** The range of a mapping's first key (its first child is its first value); none for `{}`. */
  private firstKeyRange(node: number, value: object): Range | undefined {
    const first = Object.keys(value)[0];
    if (first === undefined) return undefined;
    const start = this.data[(node + 1) * SLOTS + KEY] as number;
    return [start, start + first.length];
  }
}

/**
 * Where finished tables are kept: copied one after the other into shared blocks, each file's a
 * view of its part, since a buffer of its own per file (allocated, zeroed, registered with the
 * collector as outside memory) cost more than the copying. A table larger than a block gets one
 * of its size.
 */
const BLOCK = 256 * 1024;
let block = new Int32Array(0);
let used = 0;

function keep(table: Int32Array, length: number): Int32Array<ArrayBuffer> {
  if (used + length > block.length) {
    block = new Int32Array(Math.max(BLOCK, length));
    used = 0;
  }
  block.set(table.subarray(0, length), used);
  used += length;
  return block.subarray(used - length, used);
}

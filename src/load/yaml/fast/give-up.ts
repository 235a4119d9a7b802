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

/** The one way the fast path stops: thrown, caught by parseFast, and the exact parser decides. */
export class GiveUp {
  constructor(readonly reason: GiveUpReason) {}
}

export function giveUp(reason: GiveUpReason): never {
  throw new GiveUp(reason);
}

/** The reason to give up on a value that starts with an indicator. */
export function indicatorReason(c: number): GiveUpReason {
  if (c === 91) return 'flow-sequence';
  if (c === 123) return 'flow-mapping';
  return c === 38 || c === 42 || c === 33 ? 'anchor-tag-alias' : 'indicator';
}

/**
 * Caps that keep a hostile or broken file from exhausting memory or the stack. Each is reported as
 * a diagnostic on that file; the other files are still checked. Documented in README ("Gränser").
 */
export const LIMITS = {
  /** Largest file read, in bytes. Real documents are a few kilobytes. */
  maxFileBytes: 1024 * 1024,
  /**
   * Deepest nesting of mappings and lists. Real documents nest about 6 levels; yaml 2.9 on Node 20
   * dies natively (not a catchable RangeError) near 1 000 nested flow collections.
   */
  maxDepth: 64,
  /** Nodes that aliases may expand to in one document: stops "billion laughs" alias bombs. */
  maxAliasNodes: 10_000,
  /** Bytes sniffed for NUL to tell a binary file. */
  binarySniffBytes: 8000,
} as const;

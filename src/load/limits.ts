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
  /**
   * Nodes that aliases may expand to in one file, all its documents together: stops "billion
   * laughs" alias bombs, also those spread over thousands of small documents.
   */
  maxAliasNodes: 10_000,
  /**
   * Nodes that aliases may expand to in one run, all files together. Without aliases a file's data
   * is bounded by its size; with them, fourteen 1 MiB files of 2 000 documents each once expanded
   * to 270 million nodes. Hand-written repositories use aliases little if at all.
   */
  maxAliasNodesPerRun: 100_000,
  /**
   * Documents read in one run. A 1 MiB file can hold 87 000 tiny documents, and fourteen such
   * files took two minutes and 4 GB; a national repository has about 5 000, and 64 000 citizen
   * promises in eight files (issue 14) must still be read whole.
   */
  maxDocumentsPerRun: 100_000,
  /** Bytes sniffed for NUL to tell a binary file. */
  binarySniffBytes: 8000,
} as const;

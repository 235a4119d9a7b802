import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceFile } from './source.js';

/** Where a finding about a pointer is shown: on the key (an unknown or duplicate field) or the value. */
export type Anchor = 'key' | 'value';

/** UTF-16 offsets into a file's text, the end exclusive. */
export type Range = readonly [number, number];

/** One YAML document of a file, as plain data, with a way back to its source positions. */
export interface LoadedDocument {
  /** Path relative to the root, with `/`. */
  file: string;
  /** 0-based position among the file's documents. */
  index: number;
  /** The data: untyped until the schema check has passed. */
  data: unknown;
  /** False when the parser found a syntax error: the data may be partial, so it is not checked. */
  wellFormed: boolean;
  source: SourceFile;
  /** Where the document is in its file, from its start (its `---`, or the file's start) to its end. */
  readonly span: Range;
  /**
   * Where what a JSON Pointer names is: its key with `on: 'key'` (its first line for a list item
   * or the document), else its value; the deepest node on the way when the pointer leads past what
   * exists (a missing field). The one way to a position: the fast path answers from what it
   * recorded while reading, the exact path from yaml's tree.
   */
  locate(pointer: string, on?: Anchor): Range;
}

/** A file of the repository and what loading it found. */
export interface LoadedFile {
  path: string;
  documents: LoadedDocument[];
  diagnostics: Diagnostic[];
  /**
   * How the YAML was read: by the fast path, or by yaml's exact parser and why (what the fast path
   * left to it, `asked` when the caller chose the exact parser). Absent when the file could not be read.
   */
  parsedBy?: { path: 'fast' } | { path: 'exact'; reason: string };
}

import type { Document } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Anchor } from './locate.js';
import type { SourceFile } from './source.js';

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
  /** yaml's tree of the document: for documents the fast path read, parsed on first use. */
  readonly yaml: Document.Parsed;
  /**
   * The offset where what the pointer names starts, as `locate(yaml, pointer)` gives it, without
   * parsing a tree where the fast path can say: outputs that show a line for many documents
   * (`deadlines`) would otherwise parse every file twice.
   */
  startOf(pointer: string): number;
}

/** A file of the repository and what loading it found. */
export interface LoadedFile {
  path: string;
  documents: LoadedDocument[];
  diagnostics: Diagnostic[];
}

/** The offsets of what a pointer names, for diagnostics found after loading. */
export type Locator = (doc: LoadedDocument, pointer: string, on?: Anchor) => readonly [number, number];

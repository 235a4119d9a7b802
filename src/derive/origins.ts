import type { LoadedDocument } from '../load/loaded-document.js';
import type { Origin } from './types.js';

/** Where a field of a document is: the document's place in the source, and a pointer into it. */
export type OriginOf = (doc: { loaded: LoadedDocument }, pointer: string) => Origin;

/**
 * Origins for one derivation, for output that points the user at a field. The file and pointer are
 * known at once; the line and column are looked up when first read, since they need the document's
 * syntax tree, which the loader builds only on demand, and most outputs show only the file.
 * Origins are shared per document and pointer within the run, as many deadlines follow from one
 * field.
 */
export function origins(): OriginOf {
  const known = new Map<LoadedDocument, Map<string, Origin>>();
  return (doc, pointer) => {
    let byPointer = known.get(doc.loaded);
    if (byPointer === undefined) {
      byPointer = new Map();
      known.set(doc.loaded, byPointer);
    }
    let origin = byPointer.get(pointer);
    if (origin === undefined) {
      origin = lazyOrigin(doc.loaded, pointer);
      byPointer.set(pointer, origin);
    }
    return origin;
  };
}

function lazyOrigin(loaded: LoadedDocument, pointer: string): Origin {
  let position: { line: number; column: number } | undefined;
  const place = () => (position ??= loaded.source.positionAt(loaded.locate(pointer)[0]));
  // Getters in the literal are enumerable own properties, so the origin still spreads, compares
  // and serialises as plain data with its keys in this order.
  return {
    file: loaded.file,
    get line() {
      return place().line;
    },
    get column() {
      return place().column;
    },
    pointer,
  };
}

import { isDocumentKind, type DocumentKind } from '../../../model/documents.js';
import type { LoadedDocument } from '../../../load/loaded-document.js';

/**
 * The kind to name when a reference finds documents with its id but none of the kind it wants.
 * Undefined when one of them is of that kind, or when one of them declares no valid kind: that
 * document's own finding says so, once, where it can be fixed, and saying it again at every
 * document that refers to it would only repeat it.
 */
export function wrongKind(declared: readonly LoadedDocument[], wanted: DocumentKind): DocumentKind | undefined {
  const kinds = declared.map((d) => (d.data as { kind?: unknown }).kind);
  if (kinds.includes(wanted) || !kinds.every(isDocumentKind)) return undefined;
  return kinds[0];
}

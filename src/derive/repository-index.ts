import type { TypedDocument } from '../check/rules/rule.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import type { DocumentKind } from '../model/documents.js';
import type { Origin } from './types.js';

/**
 * The documents that derived state and deadlines look up, grouped once so that each agreement
 * finds its reviews, follow-ups, promises and successors without scanning the whole repository.
 */
export interface RepositoryIndex {
  /** Every agreement, in the order given (path order from the loader). */
  agreements: readonly TypedDocument<'agreement'>[];
  /** Agreements by the id they name in `supersedes`. */
  successorsOf: ReadonlyMap<string, readonly TypedDocument<'agreement'>[]>;
  reviewsOf: ReadonlyMap<string, readonly TypedDocument<'annual_review'>[]>;
  followUpsOf: ReadonlyMap<string, readonly TypedDocument<'follow_up'>[]>;
  promisesOf: ReadonlyMap<string, readonly TypedDocument<'citizen_promises'>[]>;
  situationReports: readonly TypedDocument<'situation_report'>[];
  actionPlans: readonly TypedDocument<'action_plan'>[];
}

// Several functions take the plain document list (agreementState is called once per agreement):
// remembering the index per list keeps that linear without making callers carry the index. The
// list is readonly: a caller that built a new list gets a new index.
const indexes = new WeakMap<readonly TypedDocument[], RepositoryIndex>();

export function indexDocuments(documents: readonly TypedDocument[]): RepositoryIndex {
  const cached = indexes.get(documents);
  if (cached) return cached;
  const index: RepositoryIndex = {
    agreements: ofKind(documents, 'agreement'),
    successorsOf: groupBy(ofKind(documents, 'agreement'), (d) => d.data.supersedes),
    reviewsOf: groupBy(ofKind(documents, 'annual_review'), (d) => d.data.agreement),
    followUpsOf: groupBy(ofKind(documents, 'follow_up'), (d) => d.data.agreement),
    promisesOf: groupBy(ofKind(documents, 'citizen_promises'), (d) => d.data.agreement),
    situationReports: ofKind(documents, 'situation_report'),
    actionPlans: ofKind(documents, 'action_plan'),
  };
  indexes.set(documents, index);
  return index;
}

/**
 * A document of any kind, seen only for its place in the source. (TypedDocument<'agreement'> is
 * not assignable to TypedDocument, since `data` is a conditional type of the kind.)
 */
export interface Placed {
  loaded: LoadedDocument;
}

/**
 * Where a field of a document is, for output that points the user at it. The file and pointer are
 * known at once; the line and column are looked up when first read, since they need the document's
 * syntax tree, which the loader builds only on demand, and most outputs show only the file.
 * Origins are shared per document and pointer, as many deadlines follow from one field.
 */
export function originOf(doc: Placed, pointer: string): Origin {
  let byPointer = origins.get(doc.loaded);
  if (byPointer === undefined) {
    byPointer = new Map();
    origins.set(doc.loaded, byPointer);
  }
  let origin = byPointer.get(pointer);
  if (origin === undefined) {
    origin = lazyOrigin(doc.loaded, pointer);
    byPointer.set(pointer, origin);
  }
  return origin;
}

const origins = new WeakMap<LoadedDocument, Map<string, Origin>>();

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

function ofKind<K extends DocumentKind>(documents: readonly TypedDocument[], kind: K): TypedDocument<K>[] {
  // The filter checks the kind; the cast only tells the compiler, which treats TypedDocument<K>
  // as invariant in K (its data is a conditional type), as repository-view.ts does.
  return documents.filter((d) => d.kind === kind) as unknown as TypedDocument<K>[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

import type { LoadedDocument } from '../load/loaded-document.js';
import type { DocumentKind, DocumentOf } from '../model/documents.js';

/**
 * A document of a known kind with its typed data: a union discriminated by `kind`, so
 * `doc.kind === 'agreement'` (or {@link ofKind}) narrows `doc.data` to an Agreement. Where parts
 * of it failed their schema, reading them throws (model/guarded-data.ts) and the rule engine skips
 * the rule for that document; a rule must not catch that.
 */
export type TypedDocument<K extends RepositoryKind = RepositoryKind> = K extends RepositoryKind
  ? { readonly kind: K; readonly data: DocumentOf<K>; readonly loaded: LoadedDocument }
  : never;

/** The kinds a repository's documents have: every kind but the settings (`config`, `workspace`), which only configure the run. */
export type RepositoryKind = Exclude<DocumentKind, 'config' | 'workspace'>;

/** Whether the document is of one of these kinds; as a type guard it narrows without a cast. */
export function ofKind<K extends RepositoryKind>(doc: TypedDocument, ...kinds: readonly K[]): doc is TypedDocument<K> {
  return (kinds as readonly RepositoryKind[]).includes(doc.kind);
}

/**
 * The one place where loaded data becomes typed: the caller has checked it against the schema of
 * `kind` (check/schema), which is what the types in model/documents.ts describe (and
 * test/document-types.test.ts holds them to the schemas). `guard` hides what failed that check.
 */
export function typedDocument<K extends RepositoryKind>(loaded: LoadedDocument, kind: K, guard: (data: unknown) => unknown = (data) => data): TypedDocument<K> {
  return { kind, data: guard(loaded.data) as DocumentOf<K>, loaded } as TypedDocument<K>;
}

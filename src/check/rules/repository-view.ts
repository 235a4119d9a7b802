import type { Agreement, DocumentKind } from '../../model/documents.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { referenceData, type ReferenceData } from '../reference-data.js';
import type { TypedDocument } from './rule.js';

/** A read-only index of the repository for rules that look across files. */
export interface RepositoryView {
  /** Documents that passed their schema, by kind. */
  ofKind<K extends DocumentKind>(kind: K): readonly TypedDocument<K>[];
  /** A valid agreement by id. */
  agreement(id: string): TypedDocument<'agreement'> | undefined;
  /**
   * Whether any document declares this id, valid or not: a reference to a document that merely
   * has schema errors is not reported as dangling too.
   */
  hasId(id: string): boolean;
  /** Every document that declares this id, valid or not, in path order. */
  withId(id: string): readonly LoadedDocument[];
  /** All declared ids, for did-you-mean. */
  ids(): Iterable<string>;
  reference: ReferenceData;
}

export function createRepositoryView(valid: readonly TypedDocument[], all: readonly LoadedDocument[]): RepositoryView {
  const byKind = new Map<DocumentKind, TypedDocument[]>();
  for (const doc of valid) byKind.set(doc.kind, [...(byKind.get(doc.kind) ?? []), doc]);
  const agreements = new Map<string, TypedDocument<'agreement'>>();
  for (const doc of byKind.get('agreement') ?? []) {
    const typed = doc as TypedDocument<'agreement'>;
    if (!agreements.has(typed.data.id)) agreements.set(typed.data.id, typed);
  }
  const declared = new Map<string, LoadedDocument[]>();
  for (const doc of all) {
    const id = idOf(doc.data);
    if (id !== undefined) declared.set(id, [...(declared.get(id) ?? []), doc]);
  }
  return {
    ofKind: <K extends DocumentKind>(kind: K) => (byKind.get(kind) ?? []) as unknown as readonly TypedDocument<K>[],
    agreement: (id) => agreements.get(id),
    hasId: (id) => declared.has(id),
    withId: (id) => declared.get(id) ?? [],
    ids: () => declared.keys(),
    get reference() {
      return referenceData();
    },
  };
}

function idOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'id')) return undefined;
  const id = (data as { id: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** The ids of an agreement's items, where other documents point into it. */
export interface AgreementItems {
  parties: Set<string>;
  focusAreas: Set<string>;
  goals: Set<string>;
  measures: Set<string>;
  indicators: Set<string>;
}

export function agreementItems(agreement: Agreement): AgreementItems {
  const items: AgreementItems = {
    parties: new Set(agreement.parties.map((p) => p.id)),
    focusAreas: new Set(),
    goals: new Set(),
    measures: new Set(),
    indicators: new Set((agreement.indicators ?? []).map((i) => i.id)),
  };
  for (const area of agreement.focus_areas) {
    items.focusAreas.add(area.id);
    for (const goal of [...(area.effect_goals ?? []), ...(area.process_goals ?? []), ...(area.output_goals ?? [])]) items.goals.add(goal.id);
    for (const measure of area.measures ?? []) items.measures.add(measure.id);
  }
  return items;
}

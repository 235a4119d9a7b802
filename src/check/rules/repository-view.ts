import type { Agreement, DocumentKind } from '../../model/documents.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { referenceData, type ReferenceData } from '../reference-data.js';
import { municipalityCodes } from './agreement-facts.js';
import type { TypedDocument } from './rule.js';

/** A read-only index of the repository for rules that look across files. */
export interface RepositoryView {
  /** Documents that passed their schema, by kind. */
  ofKind<K extends DocumentKind>(kind: K): readonly TypedDocument<K>[];
  /** A valid agreement by id. */
  agreement(id: string): TypedDocument<'agreement'> | undefined;
  /** The valid agreements with a municipality party of any of these kommunkoder, in path order, each once. */
  agreementsOfKommuner(codes: readonly string[]): readonly TypedDocument<'agreement'>[];
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
  const byKind = groupBy(valid, (doc) => [doc.kind]);
  const allAgreements = (byKind.get('agreement') ?? []) as unknown as TypedDocument<'agreement'>[];
  const agreements = new Map<string, TypedDocument<'agreement'>>();
  for (const doc of allAgreements) if (!agreements.has(doc.data.id)) agreements.set(doc.data.id, doc);
  const declared = groupBy(all, (doc) => idsOf(doc.data));
  // Built on first use: only agreement/overlap asks, and a view for other rules need not pay.
  let byKommun: Map<string, TypedDocument<'agreement'>[]> | undefined;
  let position: Map<TypedDocument<'agreement'>, number> | undefined;
  const agreementsOfKommun = (code: string): readonly TypedDocument<'agreement'>[] => {
    byKommun ??= groupBy(allAgreements, (doc) => municipalityCodes(doc.data));
    return byKommun.get(code) ?? [];
  };
  return {
    ofKind: <K extends DocumentKind>(kind: K) => (byKind.get(kind) ?? []) as unknown as readonly TypedDocument<K>[],
    agreement: (id) => agreements.get(id),
    agreementsOfKommuner: (codes) => {
      if (codes.length === 1) return agreementsOfKommun(codes[0]!);
      position ??= new Map(allAgreements.map((doc, i) => [doc, i]));
      const order = position;
      return [...new Set(codes.flatMap(agreementsOfKommun))].sort((a, b) => order.get(a)! - order.get(b)!);
    },
    hasId: (id) => declared.has(id),
    withId: (id) => declared.get(id) ?? [],
    ids: () => declared.keys(),
    get reference() {
      return referenceData();
    },
  };
}

/**
 * Files each item under each of its keys (given once each), keeping the items' order in every
 * group. Groups grow in place: copying a group per item would be quadratic in its size.
 */
function groupBy<T, K>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

function idsOf(data: unknown): string[] {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'id')) return [];
  const id = (data as { id: unknown }).id;
  return typeof id === 'string' ? [id] : [];
}

/** The ids of an agreement's items, where other documents point into it. */
export interface AgreementItems {
  parties: ReadonlySet<string>;
  focusAreas: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

// Every follow-up, review and promise of an agreement asks for its items, several rules each.
const itemsOf = new WeakMap<Agreement, AgreementItems>();

export function agreementItems(agreement: Agreement): AgreementItems {
  let items = itemsOf.get(agreement);
  if (items === undefined) {
    items = collectItems(agreement);
    itemsOf.set(agreement, items);
  }
  return items;
}

function collectItems(agreement: Agreement): AgreementItems {
  const items = {
    parties: new Set(agreement.parties.map((p) => p.id)),
    focusAreas: new Set<string>(),
    goals: new Set<string>(),
    measures: new Set<string>(),
    indicators: new Set((agreement.indicators ?? []).map((i) => i.id)),
  };
  for (const area of agreement.focus_areas) {
    items.focusAreas.add(area.id);
    for (const goal of [...(area.effect_goals ?? []), ...(area.process_goals ?? []), ...(area.output_goals ?? [])]) items.goals.add(goal.id);
    for (const measure of area.measures ?? []) items.measures.add(measure.id);
  }
  return items;
}

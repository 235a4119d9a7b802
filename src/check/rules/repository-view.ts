import type { Agreement, DocumentKind } from '../../model/documents.js';
import { InvalidInputRead, readIfValid } from '../../model/guarded-data.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { referenceData, type ReferenceData } from '../reference-data.js';
import { suggest } from '../suggest.js';
import { municipalityCodes } from './agreement-facts.js';
import type { TypedDocument } from './rule.js';

/** A read-only index of the repository for rules that look across files. */
export interface RepositoryView {
  /** Documents of each kind whose id is valid (other values may have failed their schema). */
  ofKind<K extends DocumentKind>(kind: K): readonly TypedDocument<K>[];
  /** An agreement by id. */
  agreement(id: string): TypedDocument<'agreement'> | undefined;
  /** The agreements with a municipality party of any of these kommunkoder, in path order, each once. */
  agreementsOfKommuner(codes: readonly string[]): readonly TypedDocument<'agreement'>[];
  /**
   * Whether any document declares this id, valid or not: a reference to a document that merely
   * has schema errors is not reported as dangling too.
   */
  hasId(id: string): boolean;
  /**
   * Every document that declares this id, valid or not, in path order. When a document's invalid
   * id is close to it (as a did-you-mean measures), it throws InvalidInputRead instead: that
   * document may be the one meant, so nothing can be said of a reference to the id yet.
   */
  withId(id: string): readonly LoadedDocument[];
  /** All declared ids, for did-you-mean. */
  ids(): Iterable<string>;
  reference: ReferenceData;
}

export function createRepositoryView(
  valid: readonly TypedDocument[],
  all: readonly LoadedDocument[],
  invalidIds: readonly string[] = [],
): RepositoryView {
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
    withId: (id) => {
      if (invalidIds.length > 0 && suggest(id, invalidIds) !== undefined) throw new InvalidInputRead('/id');
      return declared.get(id) ?? [];
    },
    ids: () => declared.keys(),
    get reference() {
      return referenceData();
    },
  };
}

/**
 * Files each item under each of its keys (given once each), keeping the items' order in every
 * group. Groups grow in place: copying a group per item would be quadratic in its size. An item
 * whose keys failed their schema is in no group: nothing can be found through an invalid value.
 */
function groupBy<T, K>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const k of readIfValid(() => keys(item)) ?? []) {
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

/**
 * Each list is collected when first asked for, so a rule reads only the part of the agreement it
 * needs: a reference to a measure is still checked when the agreement's parties failed their schema.
 */
function collectItems(agreement: Agreement): AgreementItems {
  const lazy = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const areas = () => agreement.focus_areas;
  const parties = lazy(() => new Set(agreement.parties.map((p) => p.id)));
  const focusAreas = lazy(() => new Set(areas().map((area) => area.id)));
  const goals = lazy(() => new Set(areas().flatMap((area) => [...(area.effect_goals ?? []), ...(area.process_goals ?? []), ...(area.output_goals ?? [])].map((goal) => goal.id))));
  const measures = lazy(() => new Set(areas().flatMap((area) => (area.measures ?? []).map((measure) => measure.id))));
  const indicators = lazy(() => new Set((agreement.indicators ?? []).map((i) => i.id)));
  return {
    get parties() {
      return parties();
    },
    get focusAreas() {
      return focusAreas();
    },
    get goals() {
      return goals();
    },
    get measures() {
      return measures();
    },
    get indicators() {
      return indicators();
    },
  };
}

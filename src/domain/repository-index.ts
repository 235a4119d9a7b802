import { suggest } from '../model/suggest.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import type { Agreement } from '../model/documents.js';
import { InvalidInputRead, readIfValid } from '../model/guarded-data.js';
import { agreementItems, goalsOf, measuresOf, municipalityCodes, type AgreementItems, type LocatedGoal, type LocatedMeasure } from './agreement-facts.js';
import { referenceData, type ReferenceData } from './reference-data.js';
import { ofKind, type RepositoryKind, type TypedDocument } from './typed-document.js';

/**
 * The repository as the rules, derive and the report read it: built once per run, after the schema
 * check. Every group is made on first use and kept for the run, in path order; a national
 * repository has thousands of documents, and scanning them all per agreement was quadratic.
 *
 * The rules see every document of a known kind, with what failed its schema hidden
 * (model/guarded-data.ts); one document finds another (by id, by kommun, by agreement) only through
 * valid values, for an invalid id identifies nothing. What is derived sees the documents without
 * errors only ({@link RepositoryIndex.without}).
 */
export interface RepositoryIndex {
  /** The documents it was built from (of a known kind, no config), in path order. */
  readonly documents: readonly TypedDocument[];
  /** The documents of a kind whose id is valid. */
  ofKind<K extends RepositoryKind>(kind: K): readonly TypedDocument<K>[];
  /** The first agreement with this id. */
  agreement(id: string): TypedDocument<'agreement'> | undefined;
  /** The agreements with a municipality party of any of these kommunkoder, in path order, each once. */
  agreementsOfKommuner(codes: readonly string[]): readonly TypedDocument<'agreement'>[];
  /** The agreements that name this id in `supersedes`. */
  successorsOf(id: string): readonly TypedDocument<'agreement'>[];
  reviewsOf(agreementId: string): readonly TypedDocument<'annual_review'>[];
  followUpsOf(agreementId: string): readonly TypedDocument<'follow_up'>[];
  promisesOf(agreementId: string): readonly TypedDocument<'citizen_promises'>[];
  /** Lägesbilder that name this agreement. */
  situationReportsOf(agreementId: string): readonly TypedDocument<'situation_report'>[];
  /** Lägesbilder and åtgärdsplaner of a kommun, by kommunkod. */
  situationReportsIn(code: string): readonly TypedDocument<'situation_report'>[];
  actionPlansIn(code: string): readonly TypedDocument<'action_plan'>[];
  /** The ids of an agreement's parties, focus areas, goals, measures and indicators. */
  items(agreement: Agreement): AgreementItems;
  goals(agreement: Agreement): readonly LocatedGoal[];
  measures(agreement: Agreement): readonly LocatedMeasure[];
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
  /** The shipped kommuner and polisregioner. */
  readonly reference: ReferenceData;
  /**
   * The same repository without these documents: what states and deadlines are derived from, once
   * the rules have found errors in some. Without any to leave out, the index itself.
   */
  without(left: ReadonlySet<LoadedDocument>): RepositoryIndex;
}

/**
 * @param valid the documents that passed their schema, in path order
 * @param all every loaded document, valid or not, for the ids they declare
 */
export function createRepositoryIndex(documents: readonly TypedDocument[], all: readonly LoadedDocument[]): RepositoryIndex {
  const visible: TypedDocument[] = [];
  const invalidIds: string[] = [];
  for (const doc of documents) {
    if (readIfValid(() => doc.data.id) !== undefined) visible.push(doc);
    else invalidIds.push(...idsOf(doc.loaded.data));
  }
  const once = <T>(make: () => T): (() => T) => {
    let value: { made: T } | undefined;
    return () => (value ??= { made: make() }).made;
  };
  const byKind = once(() => groupBy(visible, (d) => [d.kind]));
  // Each kind's list is made once: rules ask for one per document they check.
  const kinds = new Map<RepositoryKind, readonly TypedDocument[]>();
  const kind = <K extends RepositoryKind>(k: K): readonly TypedDocument<K>[] => {
    let list = kinds.get(k);
    if (list === undefined) {
      list = (byKind().get(k) ?? []).filter((d) => ofKind(d, k));
      kinds.set(k, list);
    }
    return list as readonly TypedDocument<K>[];
  };
  const agreements = once(() => kind('agreement'));
  const lookup = <T>(groups: () => Map<string, T[]>) => (key: string): readonly T[] => groups().get(key) ?? [];
  const firstById = once(() => {
    const map = new Map<string, TypedDocument<'agreement'>>();
    for (const doc of agreements()) if (!map.has(doc.data.id)) map.set(doc.data.id, doc);
    return map;
  });
  const byKommun = once(() => groupBy(agreements(), (d) => municipalityCodes(d.data)));
  const position = once(() => new Map(agreements().map((doc, i) => [doc, i])));
  const declared = once(() => groupBy(all, (doc) => idsOf(doc.data)));
  const situationReports = once(() => kind('situation_report'));
  const remember = <T>(make: (agreement: Agreement) => T) => {
    const known = new Map<Agreement, T>();
    return (agreement: Agreement): T => {
      let value = known.get(agreement);
      if (value === undefined) {
        value = make(agreement);
        known.set(agreement, value);
      }
      return value;
    };
  };
  const index: RepositoryIndex = {
    documents,
    ofKind: kind,
    agreement: (id) => firstById().get(id),
    agreementsOfKommuner: (codes) => {
      if (codes.length === 1) return byKommun().get(codes[0]!) ?? [];
      const order = position();
      return [...new Set(codes.flatMap((code) => byKommun().get(code) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
    },
    successorsOf: lookup(once(() => groupBy(agreements(), (d) => optional(d.data.supersedes)))),
    reviewsOf: lookup(once(() => groupBy(kind('annual_review'), (d) => [d.data.agreement]))),
    followUpsOf: lookup(once(() => groupBy(kind('follow_up'), (d) => [d.data.agreement]))),
    promisesOf: lookup(once(() => groupBy(kind('citizen_promises'), (d) => [d.data.agreement]))),
    situationReportsOf: lookup(once(() => groupBy(situationReports(), (d) => optional(d.data.agreement)))),
    situationReportsIn: lookup(once(() => groupBy(situationReports(), (d) => [d.data.municipality_code]))),
    actionPlansIn: lookup(once(() => groupBy(kind('action_plan'), (d) => [d.data.municipality_code]))),
    items: remember(agreementItems),
    goals: remember(goalsOf),
    measures: remember(measuresOf),
    hasId: (id) => declared().has(id),
    withId: (id) => {
      if (invalidIds.length > 0 && suggest(id, invalidIds) !== undefined) throw new InvalidInputRead('/id');
      return declared().get(id) ?? [];
    },
    ids: () => declared().keys(),
    get reference() {
      return referenceData();
    },
    without: (left) => (left.size === 0 ? index : createRepositoryIndex(documents.filter((d) => !left.has(d.loaded)), all)),
  };
  return index;
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

function optional(key: string | undefined): string[] {
  return key === undefined ? [] : [key];
}

function idsOf(data: unknown): string[] {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'id')) return [];
  const id = (data as { id: unknown }).id;
  return typeof id === 'string' ? [id] : [];
}

/**
 * What every section builder of the report view needs: the documents by kind, the derived state,
 * the year and the language. Built once per report by build-view.ts.
 */
import type { DeriveRun } from '../../derive/deadline.js';
import type { DerivedRepository } from '../../derive/derive-repository.js';
import type { Deadline } from '../../derive/types.js';
import type { RepositoryIndex } from '../../domain/repository-index.js';
import type { ActionPlan, Agreement, AnnualReview, CitizenPromises, FollowUp, IsoDate, SituationReport } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import type { ReportFormat } from './format-helpers.js';
import type { ReportWords } from './words.js';

/**
 * The documents of the report by the agreement or kommun they belong to (each group in path
 * order), as the index groups them once: the sections look them up per agreement, and scanning the
 * whole repository for each of a national report's agreements was quadratic.
 */
export interface ReportDocuments {
  /** The file a document's data was read from, relative to the root. */
  fileOf(data: object): string | undefined;
  agreementsWithId: Grouped<Agreement>;
  followUpsOf: Grouped<FollowUp>;
  promisesOf: Grouped<CitizenPromises>;
  reviewsOf: Grouped<AnnualReview>;
  /** By the agreement a lägesbild names, if it names one. */
  situationReportsOf: Grouped<SituationReport>;
  /** By kommunkod. */
  situationReportsIn: Grouped<SituationReport>;
  actionPlansIn: Grouped<ActionPlan>;
}

/** The items filed under a key, in the order given; an empty list for a key without any. */
export type Grouped<T> = (key: string) => readonly T[];

export interface ViewContext {
  derived: DerivedRepository;
  /** The repository's one index, of the documents without errors. */
  index: RepositoryIndex;
  documents: ReportDocuments;
  deadlines: DeadlineLookup;
  year: number;
  lang: Lang;
  asOf: IsoDate;
  /** The as-of date and the working-day rule (`deadlines.working_days`), as derive applied them. */
  run: DeriveRun;
  words: ReportWords;
  /** Dates and numbers in the report's language. */
  format: ReportFormat;
  /**
   * Every document a section read, for the appendix "Underlag". The builders add what they use,
   * so the appendix lists exactly the files the report was built from.
   */
  used: Set<object>;
}

/**
 * The report's view of the repository's one index (domain/repository-index.ts): the documents
 * states and deadlines are derived from, loaded, schema-valid and free of errors, as plain data.
 * Documents with errors are left out here as in `status`, which says so on stderr.
 */
export function reportDocuments(index: RepositoryIndex): ReportDocuments {
  const files = new WeakMap<object, string>();
  for (const d of index.documents) files.set(d.data, d.loaded.file);
  const data =
    <T>(group: (key: string) => readonly { data: T }[]): Grouped<T> =>
    (key) =>
      group(key).map((d) => d.data);
  return {
    fileOf: (d) => files.get(d),
    agreementsWithId: (id) => {
      const found = index.agreement(id);
      return found === undefined ? [] : [found.data];
    },
    followUpsOf: data(index.followUpsOf),
    promisesOf: data(index.promisesOf),
    reviewsOf: data(index.reviewsOf),
    situationReportsOf: data(index.situationReportsOf),
    situationReportsIn: data(index.situationReportsIn),
    actionPlansIn: data(index.actionPlansIn),
  };
}

/** The derived deadlines, looked up without a scan of them all per agreement. */
export interface DeadlineLookup {
  /** An agreement's own deadlines and its kommuner's duties, in the derived order. */
  ofAgreement(id: string, codes: ReadonlySet<string>): readonly Deadline[];
  /** A kommun's duties under lag (2023:196), in the derived order. */
  dutiesIn: Grouped<Deadline>;
}

export function deadlineLookup(deadlines: readonly Deadline[]): DeadlineLookup {
  const own = groupBy(deadlines, (d) => d.agreement ?? undefined);
  const dutiesIn = groupBy(deadlines, (d) => (d.agreement === null ? (d.municipalityCode ?? undefined) : undefined));
  const position = new Map(deadlines.map((d, i) => [d, i]));
  return {
    ofAgreement: (id, codes) => [...own(id), ...[...codes].flatMap(dutiesIn)].sort((a, b) => position.get(a)! - position.get(b)!),
    dutiesIn,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Grouped<T> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return (k) => groups.get(k) ?? [];
}

/** The text, or null when it is absent or only white space: templates then print "uppgift saknas". */
export function textOrNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

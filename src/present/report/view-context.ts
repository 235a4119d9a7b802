/**
 * What every section builder of the report view needs: the documents by kind, the derived state,
 * the year and the language. Built once per report by build-view.ts.
 */
import type { DeriveRun } from '../../derive/deadline.js';
import type { DerivedRepository } from '../../derive/derive-repository.js';
import type { Deadline } from '../../derive/types.js';
import type {
  ActionPlan,
  Agreement,
  AnnualReview,
  CitizenPromises,
  DocumentKind,
  DocumentOf,
  FollowUp,
  IsoDate,
  SituationReport,
} from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import type { ReportFormat } from './format-helpers.js';
import type { ReportWords } from './words.js';

/**
 * The documents of the report, grouped once by the agreement or kommun they belong to (each group
 * in path order): the sections look them up per agreement, and scanning the whole repository for
 * each of a national report's agreements was quadratic.
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
 * The documents states and deadlines are derived from: loaded, schema-valid and free of errors.
 * Documents with errors are left out here as in `status`, which says so on stderr.
 */
export function reportDocuments(derived: DerivedRepository): ReportDocuments {
  const usable = derived.validation.documents.filter((d) => d.derivable);
  const files = new WeakMap<object, string>();
  for (const d of usable) if (typeof d.document.data === 'object' && d.document.data !== null) files.set(d.document.data, d.document.file);
  const of = <K extends DocumentKind>(kind: K): DocumentOf<K>[] =>
    // The schema check has passed (derivable), so the data has the kind's type.
    usable.filter((d) => d.kind === kind).map((d) => d.document.data as DocumentOf<K>);
  const situationReports = of('situation_report');
  return {
    fileOf: (data) => files.get(data),
    agreementsWithId: groupBy(of('agreement'), (a) => a.id),
    followUpsOf: groupBy(of('follow_up'), (f) => f.agreement),
    promisesOf: groupBy(of('citizen_promises'), (p) => p.agreement),
    reviewsOf: groupBy(of('annual_review'), (r) => r.agreement),
    situationReportsOf: groupBy(situationReports, (r) => r.agreement),
    situationReportsIn: groupBy(situationReports, (r) => r.municipality_code),
    actionPlansIn: groupBy(of('action_plan'), (p) => p.municipality_code),
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

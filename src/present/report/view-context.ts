/**
 * What every section builder of the report view needs: the documents by kind, the derived state,
 * the year and the language. Built once per report by build-view.ts.
 */
import type { DerivedRepository } from '../../derive/derive-repository.js';
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
import type { ReportWords } from './words.js';

export interface ReportDocuments {
  agreements: Agreement[];
  followUps: FollowUp[];
  promises: CitizenPromises[];
  situationReports: SituationReport[];
  actionPlans: ActionPlan[];
  reviews: AnnualReview[];
}

export interface ViewContext {
  derived: DerivedRepository;
  documents: ReportDocuments;
  year: number;
  lang: Lang;
  asOf: IsoDate;
  words: ReportWords;
}

/**
 * The documents states and deadlines are derived from: loaded, schema-valid and free of errors.
 * Documents with errors are left out here as in `status`, which says so on stderr.
 */
export function reportDocuments(derived: DerivedRepository): ReportDocuments {
  const usable = derived.validation.documents.filter((d) => d.derivable);
  const of = <K extends DocumentKind>(kind: K): DocumentOf<K>[] =>
    // The schema check has passed (derivable), so the data has the kind's type.
    usable.filter((d) => d.kind === kind).map((d) => d.document.data as DocumentOf<K>);
  return {
    agreements: of('agreement'),
    followUps: of('follow_up'),
    promises: of('citizen_promises'),
    situationReports: of('situation_report'),
    actionPlans: of('action_plan'),
    reviews: of('annual_review'),
  };
}

/** Whether a period of inclusive dates has a day in the calendar year. */
export function touchesYear(from: IsoDate, to: IsoDate, year: number): boolean {
  const y = String(year).padStart(4, '0');
  return from <= `${y}-12-31` && to >= `${y}-01-01`;
}

/** The text, or null when it is absent or only white space: templates then print "uppgift saknas". */
export function textOrNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

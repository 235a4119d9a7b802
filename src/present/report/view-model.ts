/**
 * The data a report template receives: a plain, preformatted object. Every date, number and label
 * is already a string in the output language, so templates hold layout only and need no helpers
 * for logic. `*Key` fields carry the stable English key beside a label for CSS classes and charts.
 * Where the repository has no data, a `missing` flag is true so a template prints
 * `words.missing` ("uppgift saknas") and a half-filled report shows as such.
 *
 * This file holds the TYPES only (the sections in view-model-sections.ts); the builders live beside
 * it (build-view.ts and view-*.ts).
 */
import type { AgreementState } from '../../derive/types.js';
import type { GoalAssessment, MeasureStatus } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import type { FocusAreaView, IndicatorView, PromisesView, ReviewsView, TodayView, YearDeadlinesView } from './view-model-sections.js';
import type { ReportWords } from './words.js';

export type TrendKey = 'improving' | 'worsening' | 'unchanged' | 'unknown';

export type GoalKind = 'effect' | 'process' | 'output';

/** Every fixed heading and label, in the output language: see words.ts. */
export type { ReportWords } from './words.js';
export type * from './view-model-sections.js';

export interface ReportView {
  lang: Lang;
  htmlLang: 'sv' | 'en';
  /**
   * The document's title, for `<title>` and the PDF's and DOCX's metadata: "Årsrapport 2024", or
   * with the agreement's title after a colon when the report has one agreement.
   */
  title: string;
  /** The report's one top heading: "Årsrapport 2024". Each agreement's title is its own heading below. */
  heading: string;
  year: number;
  /** The as-of date, formatted ("24 november 2026"): the day the report is made. */
  generatedOn: string;
  /** The as-of date, ISO ("2026-11-24"), for `<time datetime>`. */
  generatedOnIso: string;
  /** `git rev-parse --short HEAD` of the root; null when it is not a git repository. */
  commit: string | null;
  /** samverkan's version. */
  version: string;
  /**
   * The colophon in plain words: "Sammanställd 24 november 2026 med samverkan 0.2.0 ur arkivets
   * version 0b7533f." (without the last part outside git).
   */
  colophon: string;
  /** More than one agreement: templates print the table of contents. */
  multiple: boolean;
  /** The agreements, then the appendix. */
  toc: TocEntry[];
  agreements: AgreementReport[];
  /** True when no agreement is valid in the year: templates print `noAgreementsText`. */
  noAgreements: boolean;
  /** "Ingen överenskommelse gäller under 2010." */
  noAgreementsText: string;
  /** The appendix "Underlag": every file the report was built from, in path order. */
  sources: SourcesView;
  /** The repository's `templates/logo.svg` or `logo.png`, embedded; null without one. */
  logo: LogoView | null;
  words: ReportWords;
}

export interface LogoView {
  /** A `data:` URI: the report fetches nothing. */
  src: string;
  /** The SVG's own `<title>`, else "Logotyp". */
  alt: string;
  /** The size shown, in CSS pixels: 64 high, at most 320 wide. */
  width: number;
  height: number;
}

export interface TocEntry {
  /** The HTML id of the agreement (AgreementReport.anchor) or of the appendix. */
  anchor: string;
  /**
   * The slug GitHub and GitLab give the heading, for Markdown links: Markdown has no ids of its
   * own, and raw HTML anchors would not pass a Markdown linter.
   */
  mdAnchor: string;
  title: string;
}

export interface SourcesView {
  /** The appendix's HTML id; ids of documents cannot contain `_`, so no agreement takes it. */
  anchor: string;
  items: SourceView[];
}

/** The kinds of document a report is built from. */
export type SourceKind = 'agreement' | 'follow_up' | 'citizen_promises' | 'annual_review' | 'situation_report' | 'action_plan';

export interface SourceView {
  /** Relative to the root, with `/`. */
  file: string;
  /** "Uppföljning", "Lägesbild" … */
  kind: string;
  kindKey: SourceKind;
  id: string;
}

/** One line of a definition list: "Diarienummer: KS 2023/118". */
export interface FactView {
  key: 'municipalities' | 'police' | 'caseNumber' | 'validity' | 'reportYear' | 'reportTo' | 'followUp';
  label: string;
  value: string;
  /** The value is due and the repository has none: print it as `words.missing`. */
  missing: boolean;
}

export interface AgreementReport {
  /** The agreement's id, unique in the document: its HTML id. Nested anchors add `__<id>`. */
  anchor: string;
  /** For anchors and the appendix; the report's text names the agreement by its title. */
  id: string;
  title: string;
  /**
   * The opening: kommun(er), lokalpolisområde, diarienummer, validity, the report's year, whom it
   * is reported to and whether the year's follow-up has been. Facts the repository does not
   * record and does not owe (a case number, `report_to`) are left out.
   */
  facts: FactView[];
  caseNumber: string | null;
  /** The state as of the report's as-of date (generatedOn), in words. */
  state: string;
  stateKey: AgreementState;
  validity: Validity;
  /** `follow_up.report_to` of the agreement; empty when it names none. */
  reportTo: string[];
  parties: PartyView[];
  signatories: SignatoryView[];
  purpose: string | null;
  overallGoals: string[];
  /** The reporting of the year's follow-up; null when there is no follow_up for the year. */
  followUp: FollowUpView | null;
  summary: SummaryView;
  focusAreas: FocusAreaView[];
  /** The agreement's indicators that no goal uses, so none is left out of the report. */
  otherIndicators: IndicatorView[];
  promises: PromisesView;
  reviews: ReviewsView;
  /** The deadlines that fell in the report's year, with what came of each. */
  yearDeadlines: YearDeadlinesView;
  /** The agreement as it stands on the day the report is made: kept apart from the year. */
  today: TodayView;
}

export interface Validity {
  from: string;
  to: string;
  fromIso: string;
  toIso: string;
  /** "1 juli 2023 – 31 december 2026". */
  text: string;
}

export interface PartyView {
  id: string;
  name: string;
  /** "kommun" / "polisen" / "annan part" in the output language. */
  type: string;
  typeKey: 'municipality' | 'police' | 'other';
  /** Kommunkod or polisregion in words: "kommunkod 0461", "polisregion Öst"; null when none. */
  detail: string | null;
}

export interface SignatoryView {
  name: string;
  role: string;
  /** The party's name (its id when the party is unknown). */
  party: string;
  /** The signing date, formatted; null → not signed (words.notSigned). */
  signedOn: string | null;
}

export interface FollowUpView {
  /** The date the follow-up was reported, formatted; null → not yet reported. */
  reportedOn: string | null;
}

export interface CountRow<K extends string> {
  key: K;
  /** The word alone, as in a table cell: "genomförd". */
  label: string;
  count: number;
  /** The count formatted as a number in the output language. */
  countText: string;
  /** The count and the word in the form the count asks: "6 genomförda". */
  text: string;
}

/** One line of the summary: "Åtgärder: 10, varav 6 genomförda och 4 pågående". */
export interface SummaryLine {
  key: 'measures' | 'goals' | 'indicators' | 'overdue';
  label: string;
  text: string;
}

export interface SummaryView {
  /** The summary as lines ready to print, the rows below in words. */
  lines: SummaryLine[];
  /** The statuses the year's measures have, in a fixed order; statuses no measure has are left out. */
  measuresByStatus: CountRow<MeasureStatus | 'unreported'>[];
  measuresTotal: number;
  measuresTotalText: string;
  /** The assessments of the year's goals, in a fixed order; none with a count of 0. */
  goalsByAssessment: CountRow<GoalAssessment | 'unreported'>[];
  goalsTotal: number;
  goalsTotalText: string;
  /** How the agreement's indicators moved in their latest step; none with a count of 0. */
  indicatorsByTrend: CountRow<TrendKey>[];
  indicatorsTotal: number;
  /** Overdue on the as-of date. */
  overdueCount: number;
  overdueCountText: string;
  /** No follow-up for the year: every measure and goal counts as "unreported". */
  missing: boolean;
}

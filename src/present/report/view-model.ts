/**
 * The data a report template receives: a plain, preformatted object. Every date, number and label
 * is already a string in the output language, so templates hold layout only and need no helpers
 * for logic. `*Key` fields carry the stable English key beside a label for CSS classes and charts.
 * Where the repository has no data, a `missing` flag is true so a template prints
 * `words.missing` ("uppgift saknas") and a half-filled report shows as such.
 *
 * This file holds the TYPES only; the builders live beside it (build-view.ts and view-*.ts).
 */
import type { AgreementState, DeadlineStatus, DeadlineType } from '../../derive/types.js';
import type { GoalAssessment, IndicatorUnit, MeasureStatus, ReviewOutcome } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import type { ReportWords } from './words.js';

export type TrendKey = 'improving' | 'worsening' | 'unchanged' | 'unknown';

export type GoalKind = 'effect' | 'process' | 'output';

/** Every fixed heading and label, in the output language: see words.ts. */
export type { ReportWords } from './words.js';

export interface ReportView {
  lang: Lang;
  htmlLang: 'sv' | 'en';
  /** "Årsrapport 2024" / "Annual report 2024", or with the agreement's title when there is one. */
  title: string;
  year: number;
  /** The as-of date, formatted ("24 november 2026"). */
  generatedOn: string;
  /** The as-of date, ISO ("2026-11-24"), for `<time datetime>`. */
  generatedOnIso: string;
  /** `git rev-parse --short HEAD` of the root; null when it is not a git repository. */
  commit: string | null;
  /** More than one agreement: templates print the table of contents. */
  multiple: boolean;
  toc: TocEntry[];
  agreements: AgreementReport[];
  /** True when no agreement is valid in the year: templates print `words.noAgreements`. */
  noAgreements: boolean;
  words: ReportWords;
}

export interface TocEntry {
  /** The agreement's HTML id (AgreementReport.anchor). */
  anchor: string;
  /**
   * The slug GitHub and GitLab give the agreement's heading, for Markdown links: Markdown has no
   * ids of its own, and raw HTML anchors would not pass a Markdown linter.
   */
  mdAnchor: string;
  title: string;
}

export interface AgreementReport {
  /** The agreement's id, unique in the document: its HTML id. Nested anchors add `__<id>`. */
  anchor: string;
  id: string;
  title: string;
  /** null → print words.missing. */
  caseNumber: string | null;
  /** The state as of the report's as-of date (generatedOn), in words. */
  state: string;
  stateKey: AgreementState;
  validity: Validity;
  parties: PartyView[];
  signatories: SignatoryView[];
  /** null → print words.missing. */
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
  law: LawView;
  deadlinesAhead: DeadlinesView;
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
  /** "kommun" / "polis" / "annan part" in the output language. */
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
  /** The follow_up document's id. */
  id: string;
  /** The date the follow-up was reported, formatted; null → not yet reported (words.notReported). */
  reportedOn: string | null;
}

export interface CountRow<K extends string> {
  key: K;
  label: string;
  count: number;
  /** The count formatted as a number in the output language. */
  countText: string;
}

export interface SummaryView {
  /** Every status in a fixed order, zeros included, then "unreported" when a measure has none. */
  measuresByStatus: CountRow<MeasureStatus | 'unreported'>[];
  measuresTotal: number;
  measuresTotalText: string;
  /** Every assessment in a fixed order, zeros included, then "unreported" when a goal has none. */
  goalsByAssessment: CountRow<GoalAssessment | 'unreported'>[];
  goalsTotal: number;
  goalsTotalText: string;
  overdueCount: number;
  overdueCountText: string;
  overdue: DeadlineView[];
  /** No follow-up for the year: every measure and goal counts as "unreported". */
  missing: boolean;
}

export interface FocusAreaView {
  anchor: string;
  id: string;
  title: string;
  description: string | null;
  causeAnalysis: string | null;
  goals: GoalView[];
  /** The agreement names no goals (measures, indicators) for this area: print words.missing. */
  goalsMissing: boolean;
  measures: MeasureView[];
  measuresMissing: boolean;
  indicators: IndicatorView[];
  indicatorsMissing: boolean;
}

export interface GoalView {
  id: string;
  text: string;
  kind: string;
  kindKey: GoalKind;
  /** words.missing when the follow-up does not assess the goal. */
  assessment: string;
  assessmentKey: GoalAssessment | 'unreported';
  /** null → nothing to print (or words.missing, as the template prefers). */
  comment: string | null;
}

export interface MeasureView {
  id: string;
  text: string;
  /** The responsible parties' names, joined: "Gnesta kommun, Polisen LPO Nyköping". */
  responsible: string;
  /** Formatted; null when the measure has no due date. */
  due: string | null;
  /** words.missing when the follow-up does not report the measure. */
  status: string;
  statusKey: MeasureStatus | 'unreported';
  comment: string | null;
}

export interface IndicatorValueView {
  year: number;
  /** Formatted in the output language: "24,1", "1 480". */
  value: string;
  /** The raw number, for charts. */
  number: number;
}

export interface IndicatorView {
  /** Unique in the document ("gnesta-2023__fa-unga__ind-vald"), for chart ids and links. */
  anchor: string;
  id: string;
  name: string;
  unit: string;
  unitKey: IndicatorUnit;
  /** "lägre är bättre" / "lower is better". */
  better: string;
  betterKey: 'lower' | 'higher';
  source: string | null;
  /**
   * Every year up to the report's, sorted; each year once (a follow-up's value wins over a
   * situation report's, a later document over an earlier one).
   */
  values: IndicatorValueView[];
  /** No values known: print words.missing. */
  missing: boolean;
  trend: { key: TrendKey; label: string };
  /** The ids of the goals in the area that use the indicator; empty in otherIndicators. */
  goals: string[];
}

export interface PromisesView {
  items: PromiseSetView[];
  missing: boolean;
}

/** One citizen_promises document whose period touches the year. */
export interface PromiseSetView {
  id: string;
  period: string;
  signedOn: string | null;
  promises: PromiseView[];
}

export interface PromiseView {
  id: string;
  text: string;
  /** The focus area's title; null when the promise names none. */
  focusArea: string | null;
  activities: { id: string; text: string; responsible: string | null }[];
}

export interface ReviewsView {
  items: ReviewView[];
  missing: boolean;
}

export interface ReviewView {
  id: string;
  heldOn: string;
  outcome: string;
  outcomeKey: ReviewOutcome;
  notes: string | null;
}

export interface LawView {
  kommuner: KommunLawView[];
  missing: boolean;
}

/** A kommun's duties under lag (2023:196) 4–6 §. */
export interface KommunLawView {
  code: string;
  /** "Gnesta (0461)". */
  name: string;
  situationReport: DutyView;
  actionPlan: DutyView;
}

export interface DutyView {
  /** The latest adopted (lägesbild) or decided/followed-up (åtgärdsplan) date; null → none. */
  last: string | null;
  /** The id of the document the last date comes from; null → none. */
  document: string | null;
  /** The next statutory date, formatted; null when it is not derived. */
  nextDue: string | null;
  /** The status of that deadline in the output language, or words.missing. */
  status: string;
  statusKey: DeadlineStatus | 'unknown';
}

export interface DeadlinesView {
  /** Not done and not yet due, as of the as-of date, in date order. */
  items: DeadlineView[];
  /** None ahead: print words.noDeadlinesAhead. */
  missing: boolean;
}

export interface DeadlineView {
  date: string;
  dateIso: string;
  type: string;
  typeKey: DeadlineType;
  title: string;
  status: string;
  statusKey: DeadlineStatus;
}

/**
 * The sections of an agreement's report in the view model: focus areas with goals, measures and
 * indicators, the year's promises, reviews and deadlines, and the day the report is made. Types
 * only; view-model.ts re-exports them with the rest.
 */
import type { DeadlineStatus, DeadlineType } from '../../derive/types.js';
import type { GoalAssessment, IndicatorUnit, MeasureStatus, ReviewOutcome } from '../../model/documents.js';
import type { GoalKind, TrendKey } from './view-model.js';

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
  /** The agreement's starting point (format.md `baseline`); null when it names none. */
  baseline: IndicatorValueView | null;
  /** The level aimed for by its year (`target`); null when it names none. */
  target: IndicatorValueView | null;
  /**
   * Whether the latest value is on the right side of the target ("nås av det senaste värdet");
   * null without a target, `unknown` without values.
   */
  targetStatus: { key: TargetStatusKey; label: string } | null;
  /** The ids of the goals in the area that use the indicator; empty in otherIndicators. */
  goals: string[];
}

export type TargetStatusKey = 'reached' | 'not_reached' | 'unknown';

export interface PromisesView {
  /** The citizen promises whose period touches the year; the section is left out when empty. */
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
  /** The annual reviews held in the year; the section is left out when empty. */
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

/** What came of a deadline of the year, as of the day the report is made. */
export type ResultKey = 'on_time' | 'late' | 'done' | 'missed' | 'pending';

export interface YearDeadlinesView {
  /** "Tidsfrister 2024". */
  heading: string;
  items: YearDeadlineView[];
  missing: boolean;
}

export interface YearDeadlineView {
  date: string;
  dateIso: string;
  title: string;
  typeKey: DeadlineType;
  /** "klar i tid", "klar för sent" … */
  result: string;
  resultKey: ResultKey;
  /** When it was done, where the repository says: "11 juni 2024"; null otherwise. */
  doneOn: string | null;
}

export interface TodayView {
  /** "Läget den 24 november 2026". */
  heading: string;
  overdue: DeadlineView[];
  law: LawView;
  ahead: DeadlineView[];
}

export interface LawView {
  kommuner: KommunLawView[];
  missing: boolean;
}

/** A kommun's duties under lag (2023:196) 4–6 §, as of the day the report is made. */
export interface KommunLawView {
  code: string;
  /** The kommun's name as the agreement writes it ("Gnesta kommun"), else SCB's. */
  name: string;
  situationReport: DutyView;
  actionPlan: DutyView;
}

export interface DutyView {
  /** The latest adopted (lägesbild) or decided/followed-up (åtgärdsplan) date; null → none. */
  last: string | null;
  /** The document the last date comes from, named for a reader ("Lägesbild 2024"); null → none. */
  document: string | null;
  /** The next statutory date, formatted; null when it is not derived. */
  nextDue: string | null;
}

export interface DeadlineView {
  date: string;
  dateIso: string;
  type: string;
  typeKey: DeadlineType;
  /** What is to be done, for a reader of this agreement's report (no ids). */
  title: string;
  status: string;
  statusKey: DeadlineStatus;
}

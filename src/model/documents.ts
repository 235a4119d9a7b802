/**
 * The document kinds of the repository format (version 1) as TypeScript types. They describe a
 * document that has passed its schema; before that, data is `unknown`.
 */

export const DOCUMENT_KINDS = [
  'agreement',
  'citizen_promises',
  'situation_report',
  'action_plan',
  'follow_up',
  'annual_review',
  'config',
  'workspace',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** `YYYY-MM-DD`, a real calendar date. */
export type IsoDate = string;

export type PartyType = 'municipality' | 'police' | 'other';
export type PoliceRegion = 'Nord' | 'Mitt' | 'Stockholm' | 'Öst' | 'Väst' | 'Syd' | 'Bergslagen';
export type IndicatorUnit = 'percent' | 'count' | 'per_100k' | 'per_1000' | 'index' | 'other';
export type MeasureStatus = 'done' | 'ongoing' | 'not_started' | 'postponed' | 'cancelled';
export type GoalAssessment = 'achieved' | 'partly_achieved' | 'not_achieved' | 'not_assessed';
export type ReviewOutcome = 'unchanged' | 'revised' | 'terminated';
export type RuleSetting = 'off' | 'warning' | 'error';

export interface Party {
  id: string;
  type: PartyType;
  name: string;
  municipality_code?: string;
  police_region?: PoliceRegion;
}

export interface Signatory {
  name: string;
  role: string;
  party: string;
  signed_on?: IsoDate;
}

export interface Goal {
  id: string;
  text: string;
  indicators?: string[];
}

export interface Measure {
  id: string;
  text: string;
  responsible: string[];
  due?: IsoDate;
}

export interface FocusArea {
  id: string;
  title: string;
  description?: string;
  cause_analysis?: string;
  effect_goals?: Goal[];
  process_goals?: Goal[];
  output_goals?: Goal[];
  measures?: Measure[];
}

export interface Indicator {
  id: string;
  name: string;
  unit: IndicatorUnit;
  better: 'lower' | 'higher';
  source?: string;
  /** Where the agreement starts from. */
  baseline?: IndicatorPoint;
  /** The level the agreement aims for by that year. */
  target?: IndicatorPoint;
}

/** An indicator's value in a year: its baseline or its target. */
export interface IndicatorPoint {
  year: number;
  value: number;
}

export interface IndicatorValue {
  indicator: string;
  year: number;
  value: number;
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export interface Agreement {
  kind: 'agreement';
  id: string;
  title: string;
  case_number?: string;
  supersedes?: string;
  purpose?: string;
  overall_goals?: string[];
  parties: Party[];
  signatories: Signatory[];
  valid_from: IsoDate;
  valid_to: IsoDate;
  review?: { due?: string };
  renewal_notice_months?: number;
  follow_up?: { due?: string; report_to?: string[] };
  focus_areas: FocusArea[];
  indicators?: Indicator[];
}

export interface CitizenPromises {
  kind: 'citizen_promises';
  id: string;
  agreement: string;
  period: Period;
  signed_on?: IsoDate;
  promises: {
    id: string;
    text: string;
    focus_area?: string;
    activities?: { id: string; text: string; responsible?: string[] }[];
  }[];
}

export interface SituationReport {
  kind: 'situation_report';
  id: string;
  municipality_code: string;
  year: number;
  agreement?: string;
  adopted_on?: IsoDate;
  period?: Partial<Period>;
  sources?: string[];
  /** The report's own figures; those behind one finding may stand under it instead. */
  indicator_values?: IndicatorValue[];
  findings?: {
    id: string;
    text: string;
    focus_area?: string;
    indicator_values?: IndicatorValue[];
  }[];
}

export interface ActionPlan {
  kind: 'action_plan';
  id: string;
  municipality_code: string;
  situation_report?: string;
  decided_by: string;
  decided_on?: IsoDate;
  case_number?: string;
  period?: Period;
  followed_up_on?: IsoDate[];
  measures?: { id: string; text: string; responsible?: string }[];
}

export interface FollowUp {
  kind: 'follow_up';
  id: string;
  agreement: string;
  year: number;
  reported_on?: IsoDate;
  measures?: { measure: string; status: MeasureStatus; comment?: string }[];
  goals?: { goal: string; assessment: GoalAssessment; comment?: string }[];
  indicator_values?: IndicatorValue[];
}

export interface AnnualReview {
  kind: 'annual_review';
  id: string;
  agreement: string;
  held_on: IsoDate;
  outcome: ReviewOutcome;
  notes?: string;
}

export interface Config {
  kind: 'config';
  language?: 'sv' | 'en';
  exclude?: string[];
  rules?: Record<string, RuleSetting>;
  deadlines?: { working_days?: boolean; reminder_days?: number[] };
  templates?: string;
}

/** `samverkan-workspace.yaml`: several repositories seen as one. */
export interface Workspace {
  kind: 'workspace';
  /** Root folders relative to the workspace file, each with its own optional samverkan.yaml. */
  roots: string[];
  /** The language of what belongs to the whole run; each root's findings keep its own. */
  language?: 'sv' | 'en';
}

/** Every kind of document, discriminated by `kind`. */
export type SamverkanDocument =
  | Agreement
  | CitizenPromises
  | SituationReport
  | ActionPlan
  | FollowUp
  | AnnualReview
  | Config
  | Workspace;

export type DocumentOf<K extends DocumentKind> = Extract<SamverkanDocument, { kind: K }>;

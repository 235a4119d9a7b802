/**
 * The one Swedish/English dictionary of the report's status words: measure statuses, goal
 * assessments, goal kinds, indicator units and directions, review outcomes, party types, trends.
 * Agreement states and deadline words come from ../labels.ts and ../calendar/deadline-titles.ts,
 * so the report says what `status` and `deadlines` say. Each table is a Record over its union, so a
 * new key fails to compile until it has words in both languages.
 */
import type { GoalAssessment, IndicatorUnit, MeasureStatus, PartyType, ReviewOutcome } from '../../model/documents.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import type { GoalKind, TrendKey } from './view-model.js';

export const MEASURE_STATUSES: readonly MeasureStatus[] = ['done', 'ongoing', 'not_started', 'postponed', 'cancelled'];
export const ASSESSMENTS: readonly GoalAssessment[] = ['achieved', 'partly_achieved', 'not_achieved', 'not_assessed'];

const LABELS = {
  measureStatus: {
    done: { sv: 'genomförd', en: 'done' },
    ongoing: { sv: 'pågående', en: 'ongoing' },
    not_started: { sv: 'ej påbörjad', en: 'not started' },
    postponed: { sv: 'skjuten upp', en: 'postponed' },
    cancelled: { sv: 'avbruten', en: 'cancelled' },
    // A measure the year's follow-up does not mention: not a status the user wrote.
    unreported: { sv: 'uppgift saknas', en: 'no data' },
  } satisfies Record<MeasureStatus | 'unreported', Localized>,
  assessment: {
    achieved: { sv: 'uppnått', en: 'achieved' },
    partly_achieved: { sv: 'delvis uppnått', en: 'partly achieved' },
    not_achieved: { sv: 'ej uppnått', en: 'not achieved' },
    not_assessed: { sv: 'ej bedömt', en: 'not assessed' },
    unreported: { sv: 'uppgift saknas', en: 'no data' },
  } satisfies Record<GoalAssessment | 'unreported', Localized>,
  goalKind: {
    effect: { sv: 'effektmål', en: 'effect goal' },
    process: { sv: 'processmål', en: 'process goal' },
    output: { sv: 'produktionsmål', en: 'output goal' },
  } satisfies Record<GoalKind, Localized>,
  unit: {
    percent: { sv: 'procent', en: 'per cent' },
    count: { sv: 'antal', en: 'count' },
    // A no-break space inside 100 000, as in the numbers (format-helpers.ts).
    per_100k: { sv: 'per 100\u00a0000 invånare', en: 'per 100,000 inhabitants' },
    per_1000: { sv: 'per 1\u00a0000 invånare', en: 'per 1,000 inhabitants' },
    index: { sv: 'index', en: 'index' },
    other: { sv: 'annan enhet', en: 'other unit' },
  } satisfies Record<IndicatorUnit, Localized>,
  better: {
    lower: { sv: 'lägre är bättre', en: 'lower is better' },
    higher: { sv: 'högre är bättre', en: 'higher is better' },
  } satisfies Record<'lower' | 'higher', Localized>,
  trend: {
    improving: { sv: 'förbättras', en: 'improving' },
    worsening: { sv: 'försämras', en: 'worsening' },
    unchanged: { sv: 'oförändrad', en: 'unchanged' },
    unknown: { sv: 'kan inte bedömas', en: 'cannot be assessed' },
  } satisfies Record<TrendKey, Localized>,
  outcome: {
    unchanged: { sv: 'oförändrad', en: 'unchanged' },
    revised: { sv: 'reviderad', en: 'revised' },
    terminated: { sv: 'avslutad', en: 'terminated' },
  } satisfies Record<ReviewOutcome, Localized>,
  partyType: {
    municipality: { sv: 'kommun', en: 'municipality' },
    police: { sv: 'polis', en: 'police' },
    other: { sv: 'annan part', en: 'other party' },
  } satisfies Record<PartyType, Localized>,
} as const;

export type LabelKind = keyof typeof LABELS;
type KeyOf<K extends LabelKind> = keyof (typeof LABELS)[K] & string;

/** The label of a key in the output language: `reportLabel('measureStatus', 'done', 'sv')` → "genomförd". */
export function reportLabel<K extends LabelKind>(kind: K, key: KeyOf<K>, lang: Lang): string {
  const table: Record<string, Localized> = LABELS[kind];
  return localize(table[key] as Localized, lang);
}

export function isLabelKind(value: unknown): value is LabelKind {
  return typeof value === 'string' && Object.hasOwn(LABELS, value);
}

/**
 * For the `label` template helper, whose arguments are whatever a template passes: the label, or
 * undefined when the kind or key is unknown (own keys only, so "__proto__" finds nothing).
 */
export function lookupLabel(kind: unknown, key: unknown, lang: Lang): string | undefined {
  if (!isLabelKind(kind) || typeof key !== 'string') return undefined;
  const table: Record<string, Localized> = LABELS[kind];
  return Object.hasOwn(table, key) ? localize(table[key] as Localized, lang) : undefined;
}

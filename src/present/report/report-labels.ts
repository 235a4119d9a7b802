/**
 * The report's status words: measure statuses, goal assessments, goal kinds, indicator units and
 * directions, review outcomes, party types, trends. The words for values users write come from
 * model/value-labels.ts, the same the schemas' descriptions and validate's suggestions use.
 * Agreement states and deadline words come from ../labels.ts and ../calendar/deadline-titles.ts,
 * so the report says what `status` and `deadlines` say. Each table is a Record over its union, so a
 * new key fails to compile until it has words in both languages.
 */
import type { GoalAssessment, IndicatorUnit, MeasureStatus, PartyType, ReviewOutcome } from '../../model/documents.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { VALUE_LABELS } from '../../model/value-labels.js';
import type { GoalKind, ResultKey, SourceKind, TargetStatusKey, TrendKey } from './view-model.js';

export const MEASURE_STATUSES: readonly MeasureStatus[] = ['done', 'ongoing', 'not_started', 'postponed', 'cancelled'];
export const ASSESSMENTS: readonly GoalAssessment[] = ['achieved', 'partly_achieved', 'not_achieved', 'not_assessed'];

const LABELS = {
  measureStatus: {
    ...VALUE_LABELS.measureStatus,
    // A measure the year's follow-up does not mention: not a status the user wrote.
    unreported: { sv: 'uppgift saknas', en: 'no data' },
  } satisfies Record<MeasureStatus | 'unreported', Localized>,
  assessment: {
    ...VALUE_LABELS.assessment,
    unreported: { sv: 'uppgift saknas', en: 'no data' },
  } satisfies Record<GoalAssessment | 'unreported', Localized>,
  goalKind: {
    effect: { sv: 'effektmål', en: 'effect goal' },
    process: { sv: 'processmål', en: 'process goal' },
    output: { sv: 'produktionsmål', en: 'output goal' },
  } satisfies Record<GoalKind, Localized>,
  unit: VALUE_LABELS.unit satisfies Record<IndicatorUnit, Localized>,
  better: VALUE_LABELS.better satisfies Record<'lower' | 'higher', Localized>,
  // The direction is the reader's question ("is it going the right way?"), whether lower or
  // higher is better; "förbättras" alone left them to work out which way was meant.
  trend: {
    improving: { sv: 'åt rätt håll', en: 'improving' },
    worsening: { sv: 'åt fel håll', en: 'worsening' },
    unchanged: { sv: 'oförändrad', en: 'unchanged' },
    unknown: { sv: 'kan inte bedömas', en: 'cannot be assessed' },
  } satisfies Record<TrendKey, Localized>,
  outcome: VALUE_LABELS.outcome satisfies Record<ReviewOutcome, Localized>,
  partyType: VALUE_LABELS.partyType satisfies Record<PartyType, Localized>,
  targetStatus: {
    reached: { sv: 'nås av det senaste värdet', en: 'reached by the latest value' },
    not_reached: { sv: 'nås inte av det senaste värdet', en: 'not reached by the latest value' },
    unknown: { sv: 'inga värden att jämföra med än', en: 'no values to compare with yet' },
  } satisfies Record<TargetStatusKey, Localized>,
  // What came of a deadline of the report's year, as of the day the report is made.
  result: {
    on_time: { sv: 'klar i tid', en: 'done on time' },
    late: { sv: 'klar för sent', en: 'done late' },
    done: { sv: 'klar', en: 'done' },
    missed: { sv: 'inte klar', en: 'not done' },
    pending: { sv: 'kommande', en: 'upcoming' },
  } satisfies Record<ResultKey, Localized>,
  documentKind: {
    agreement: { sv: 'Samverkansöverenskommelse', en: 'Cooperation agreement' },
    follow_up: { sv: 'Uppföljning', en: 'Follow-up' },
    citizen_promises: { sv: 'Medborgarlöften', en: 'Citizen promises' },
    annual_review: { sv: 'Aktualitetsprövning', en: 'Annual review' },
    situation_report: { sv: 'Lägesbild', en: 'Situation report' },
    action_plan: { sv: 'Åtgärdsplan', en: 'Action plan' },
  } satisfies Record<SourceKind, Localized>,
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

/** Singular and plural of a status word after a number, for the summary's sentences. */
const COUNTED = {
  measureStatus: {
    done: { sv: ['genomförd', 'genomförda'], en: ['done', 'done'] },
    ongoing: { sv: ['pågående', 'pågående'], en: ['ongoing', 'ongoing'] },
    not_started: { sv: ['ej påbörjad', 'ej påbörjade'], en: ['not started', 'not started'] },
    postponed: { sv: ['uppskjuten', 'uppskjutna'], en: ['postponed', 'postponed'] },
    cancelled: { sv: ['avbruten', 'avbrutna'], en: ['cancelled', 'cancelled'] },
    unreported: { sv: ['utan uppgift om status', 'utan uppgift om status'], en: ['without a status', 'without a status'] },
  } satisfies Record<MeasureStatus | 'unreported', Counted>,
  assessment: {
    achieved: { sv: ['uppnått', 'uppnådda'], en: ['achieved', 'achieved'] },
    partly_achieved: { sv: ['delvis uppnått', 'delvis uppnådda'], en: ['partly achieved', 'partly achieved'] },
    not_achieved: { sv: ['ej uppnått', 'ej uppnådda'], en: ['not achieved', 'not achieved'] },
    not_assessed: { sv: ['ej bedömt', 'ej bedömda'], en: ['not assessed', 'not assessed'] },
    unreported: { sv: ['utan bedömning', 'utan bedömning'], en: ['without an assessment', 'without an assessment'] },
  } satisfies Record<GoalAssessment | 'unreported', Counted>,
  trend: {
    improving: { sv: ['utvecklas åt rätt håll', 'utvecklas åt rätt håll'], en: ['improving', 'improving'] },
    worsening: { sv: ['utvecklas åt fel håll', 'utvecklas åt fel håll'], en: ['worsening', 'worsening'] },
    unchanged: { sv: ['är oförändrad', 'är oförändrade'], en: ['unchanged', 'unchanged'] },
    unknown: { sv: ['har för få värden för att bedömas', 'har för få värden för att bedömas'], en: ['with too few values to tell', 'with too few values to tell'] },
  } satisfies Record<TrendKey, Counted>,
} as const;

type Counted = Record<Lang, readonly [one: string, many: string]>;
export type CountedKind = keyof typeof COUNTED;

/** "genomförda" after 6, "ej uppnått" after 1: the word in the form a count gives it. */
export function countedWord<K extends CountedKind>(kind: K, key: keyof (typeof COUNTED)[K] & string, count: number, lang: Lang): string {
  const table: Record<string, Counted> = COUNTED[kind];
  const [one, many] = (table[key] as Counted)[lang];
  return count === 1 ? one : many;
}

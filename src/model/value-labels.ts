import type { DocumentKind, GoalAssessment, IndicatorUnit, MeasureStatus, PartyType, PoliceRegion, ReviewOutcome, RuleSetting } from './documents.js';
import type { Lang } from './lang.js';

/**
 * The words for a value of the format: its label in each language (what the report prints and
 * the schema's description gives, "done = genomförd"), and other Swedish words people write for
 * it, so that `status: klar` can be answered with "menade du done?".
 */
export interface ValueLabel {
  sv: string;
  en: string;
  /** Other Swedish words for the value, lower case. */
  also?: readonly string[];
}

type Labels<K extends string> = Readonly<Record<K, ValueLabel>>;

/**
 * The one dictionary of every enum of the schemas, keyed by the value as written in YAML. Each
 * table is a Record over its union, so a new value fails to compile until it has words; a test
 * holds each to its schema (the same values, and the description naming each label).
 */
export const VALUE_LABELS = {
  kind: {
    agreement: { sv: 'samverkansöverenskommelse', en: 'cooperation agreement', also: ['överenskommelse', 'samverkansavtal', 'avtal'] },
    citizen_promises: { sv: 'medborgarlöften', en: 'citizen promises', also: ['medborgarlöfte'] },
    situation_report: { sv: 'lägesbild', en: 'situation report', also: ['lägesbilder'] },
    action_plan: { sv: 'åtgärdsplan', en: 'action plan', also: ['handlingsplan'] },
    follow_up: { sv: 'uppföljning', en: 'follow-up', also: ['årlig uppföljning', 'årsuppföljning'] },
    annual_review: { sv: 'aktualitetsprövning', en: 'annual review', also: ['årlig prövning', 'prövning'] },
    config: { sv: 'inställningar', en: 'configuration', also: ['konfiguration'] },
    workspace: { sv: 'arbetsyta', en: 'workspace', also: ['arbetsytan', 'region'] },
  } satisfies Labels<DocumentKind>,
  partyType: {
    municipality: { sv: 'kommun', en: 'municipality' },
    police: { sv: 'polisen', en: 'police', also: ['polis', 'lokalpolisområde', 'lpo'] },
    other: { sv: 'annan part', en: 'other party', also: ['annan aktör', 'annan'] },
  } satisfies Labels<PartyType>,
  policeRegion: {
    Nord: { sv: 'Nord', en: 'Nord', also: ['region nord', 'polisregion nord'] },
    Mitt: { sv: 'Mitt', en: 'Mitt', also: ['region mitt', 'polisregion mitt'] },
    Stockholm: { sv: 'Stockholm', en: 'Stockholm', also: ['region stockholm', 'polisregion stockholm'] },
    Öst: { sv: 'Öst', en: 'Öst', also: ['region öst', 'polisregion öst', 'ost'] },
    Väst: { sv: 'Väst', en: 'Väst', also: ['region väst', 'polisregion väst', 'vast'] },
    Syd: { sv: 'Syd', en: 'Syd', also: ['region syd', 'polisregion syd'] },
    Bergslagen: { sv: 'Bergslagen', en: 'Bergslagen', also: ['region bergslagen', 'polisregion bergslagen'] },
  } satisfies Labels<PoliceRegion>,
  unit: {
    percent: { sv: 'procent', en: 'per cent', also: ['%', 'andel', 'procentandel'] },
    count: { sv: 'antal', en: 'count', also: ['st', 'stycken'] },
    // A no-break space inside 100 000, as in the report's numbers.
    per_100k: { sv: 'per 100\u00a0000 invånare', en: 'per 100,000 inhabitants', also: ['per 100 000 invånare', 'per 100 000', 'per 100000'] },
    per_1000: { sv: 'per 1\u00a0000 invånare', en: 'per 1,000 inhabitants', also: ['per 1 000 invånare', 'per 1 000', 'per 1000', 'promille'] },
    index: { sv: 'index', en: 'index', also: ['indexvärde'] },
    other: { sv: 'annan enhet', en: 'other unit', also: ['annan'] },
  } satisfies Labels<IndicatorUnit>,
  better: {
    lower: { sv: 'lägre är bättre', en: 'lower is better', also: ['lägre', 'lägre bättre', 'lågt'] },
    higher: { sv: 'högre är bättre', en: 'higher is better', also: ['högre', 'högre bättre', 'högt'] },
  } satisfies Labels<'lower' | 'higher'>,
  measureStatus: {
    done: { sv: 'genomförd', en: 'done', also: ['klar', 'klart', 'genomfört', 'utförd', 'färdig'] },
    ongoing: { sv: 'pågående', en: 'ongoing', also: ['pågår', 'påbörjad', 'påbörjat', 'startad'] },
    not_started: { sv: 'ej påbörjad', en: 'not started', also: ['inte påbörjad', 'ej påbörjat', 'ej startad', 'inte startad'] },
    postponed: { sv: 'uppskjuten', en: 'postponed', also: ['skjuten upp', 'senarelagd', 'framflyttad'] },
    cancelled: { sv: 'avbruten', en: 'cancelled', also: ['inställd', 'struken', 'stoppad', 'avbrutet'] },
  } satisfies Labels<MeasureStatus>,
  assessment: {
    achieved: { sv: 'uppnått', en: 'achieved', also: ['uppnådd', 'uppfyllt', 'nått'] },
    partly_achieved: { sv: 'delvis uppnått', en: 'partly achieved', also: ['delvis', 'delvis uppnådd', 'delvis uppfyllt'] },
    not_achieved: { sv: 'ej uppnått', en: 'not achieved', also: ['inte uppnått', 'ej uppnådd', 'ej uppfyllt'] },
    not_assessed: { sv: 'ej bedömt', en: 'not assessed', also: ['inte bedömt', 'ej bedömd', 'går ej att bedöma'] },
  } satisfies Labels<GoalAssessment>,
  outcome: {
    unchanged: { sv: 'oförändrad', en: 'unchanged', also: ['oförändrat', 'ingen ändring'] },
    revised: { sv: 'reviderad', en: 'revised', also: ['reviderat', 'ändrad', 'omarbetad'] },
    terminated: { sv: 'avslutad', en: 'terminated', also: ['avslutat', 'upphör', 'uppsagd', 'upphävd'] },
  } satisfies Labels<ReviewOutcome>,
  language: {
    sv: { sv: 'svenska', en: 'Swedish' },
    en: { sv: 'engelska', en: 'English' },
  } satisfies Labels<'sv' | 'en'>,
  ruleSetting: {
    off: { sv: 'av', en: 'off', also: ['avstängd', 'avstängt', 'avslagen'] },
    warning: { sv: 'varning', en: 'warning' },
    error: { sv: 'fel', en: 'error' },
  } satisfies Labels<RuleSetting>,
} as const;

export type ValueKind = keyof typeof VALUE_LABELS;

/**
 * The labels of the values of an enum, found by its set of values: ajv names the allowed values
 * of a failed enum, not where in our dictionary they live.
 */
export function labelsOf(allowed: readonly unknown[]): Labels<string> | undefined {
  const wanted = [...allowed].map(String).sort().join('\u0000');
  for (const table of Object.values(VALUE_LABELS)) {
    if (Object.keys(table).sort().join('\u0000') === wanted) return table;
  }
  return undefined;
}

/** The label of a value in a language. */
export function valueLabel(labels: Labels<string>, value: string, lang: Lang): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value]![lang] : undefined;
}

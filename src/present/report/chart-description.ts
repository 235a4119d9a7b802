/**
 * The text alternative of an indicator's chart (svg-chart.ts), in full sentences so a screen
 * reader reads it as prose: the unit and direction, every value, the latest change, and where the
 * indicator stands against its baseline and target. The title is not repeated: `aria-labelledby`
 * names the chart by the title and the description together.
 */
import type { Lang } from '../../model/lang.js';
import type { ChartPoint, IndicatorChartInput } from './svg-chart.js';
import { targetReached } from './view-indicators.js';

export const CHART_WORDS = {
  sv: {
    unit: 'Enhet',
    lower: 'lägre värde är bättre',
    higher: 'högre värde är bättre',
    noValues: 'Uppgift saknas: inga värden har rapporterats.',
    oneValue: 'Bara ett värde finns, så ingen utveckling kan visas.',
    rose: 'ökade',
    fell: 'minskade',
    same: 'Senaste förändringen: värdet är oförändrat mellan {from} och {to}',
    change: 'Senaste förändringen: värdet {dir} från {a} ({from}) till {b} ({to})',
    better: 'en förbättring',
    worse: 'en försämring',
    which: 'vilket är',
    baseline: 'Utgångsläge',
    target: 'Målvärde',
    baselineSentence: 'Utgångsläget är {value} år {year}.',
    targetSentence: 'Målvärdet är {value} år {year}.',
    equal: 'Det senaste värdet, {value} år {year}, är lika med målvärdet och når det.',
    reached: 'Det senaste värdet, {value} år {year}, är {side} målvärdet och alltså på rätt sida om det.',
    missed: 'Det senaste värdet, {value} år {year}, är {side} målvärdet och alltså på fel sida om det.',
    above: 'över',
    below: 'under',
  },
  en: {
    unit: 'Unit',
    lower: 'lower is better',
    higher: 'higher is better',
    noValues: 'No data: no values have been reported.',
    oneValue: 'There is only one value, so no change can be shown.',
    rose: 'rose',
    fell: 'fell',
    same: 'Latest change: the value is unchanged between {from} and {to}',
    change: 'Latest change: the value {dir} from {a} ({from}) to {b} ({to})',
    better: 'an improvement',
    worse: 'a deterioration',
    which: 'which is',
    baseline: 'Baseline',
    target: 'Target',
    baselineSentence: 'The baseline is {value} in {year}.',
    targetSentence: 'The target is {value} by {year}.',
    equal: 'The latest value, {value} in {year}, equals the target and so reaches it.',
    reached: 'The latest value, {value} in {year}, is {side} the target, on the right side of it.',
    missed: 'The latest value, {value} in {year}, is {side} the target, on the wrong side of it.',
    above: 'above',
    below: 'below',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * The verdict on the latest change is the last value against the one before, the same rule as the
 * view model's trend column (view-indicators.ts), and the verdict on the target the same as its
 * target status, so chart and table never disagree.
 */
export function chartDescription(input: IndicatorChartInput, sorted: readonly ChartPoint[]): string {
  const words = CHART_WORDS[input.lang];
  const head = `${words.unit}: ${input.unit}; ${words[input.better]}.`;
  return [head, ...valueSentences(input, sorted), ...referenceSentences(input, sorted.at(-1))].join(' ');
}

function valueSentences(input: IndicatorChartInput, sorted: readonly ChartPoint[]): string[] {
  const words = CHART_WORDS[input.lang];
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  if (last === undefined) return [words.noValues];
  const values = `${sorted.map((p) => `${p.year}: ${p.label}`).join(', ')}.`;
  if (previous === undefined) return [values, words.oneValue];
  const span = { from: previous.year, to: last.year, a: previous.label, b: last.label };
  if (previous.value === last.value) return [values, `${fill(words.same, span)}.`];
  const dir = last.value > previous.value ? words.rose : words.fell;
  const improved = (last.value < previous.value) === (input.better === 'lower');
  return [values, `${fill(words.change, { ...span, dir })}, ${words.which} ${improved ? words.better : words.worse}.`];
}

/** The baseline and the target, and on which side of the target the latest value lies. */
function referenceSentences(input: IndicatorChartInput, last: ChartPoint | undefined): string[] {
  const words = CHART_WORDS[input.lang];
  const out: string[] = [];
  if (input.baseline !== undefined) out.push(fill(words.baselineSentence, { value: input.baseline.label, year: input.baseline.year }));
  const target = input.target;
  if (target === undefined) return out;
  out.push(fill(words.targetSentence, { value: target.label, year: target.year }));
  if (last === undefined || !Number.isFinite(last.value)) return out;
  const data = { value: last.label, year: last.year, side: last.value > target.value ? words.above : words.below };
  if (last.value === target.value) out.push(fill(words.equal, data));
  else out.push(fill(targetReached(last.value, target.value, input.better) ? words.reached : words.missed, data));
  return out;
}

export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

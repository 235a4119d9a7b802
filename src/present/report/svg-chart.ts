import { createHash } from 'node:crypto';
import type { Lang } from '../../model/lang.js';

/** One year's value of an indicator; `label` is the value already formatted for `lang` ("24,1"). */
export interface ChartPoint {
  year: number;
  value: number;
  label: string;
}

export interface IndicatorChartInput {
  /** The indicator's name, as the user wrote it (escaped here). */
  title: string;
  /** The unit in words for `lang` ("procent", "per 100 000 invånare"). */
  unit: string;
  better: 'lower' | 'higher';
  points: readonly ChartPoint[];
  lang: Lang;
  /**
   * Prefix for the ids `aria-labelledby` points at; they must be unique in the HTML document.
   * Default: `chart-` plus a hash of the other fields, so identical input gives identical output.
   */
  id?: string;
}

/**
 * Colours of the chart, checked in the tests against white: text ≥ 4.5:1 and graphics ≥ 3:1
 * (WCAG 2.1 1.4.3 and 1.4.11). Exported so the stylesheet and the tests use the same values.
 */
export const CHART_COLOURS = {
  text: '#1a1a1a',
  mutedText: '#4a4a4a',
  axis: '#595959',
  column: '#1d4f7c',
  background: '#ffffff',
} as const;

const WIDTH = 480;
const HEIGHT = 250;
const PLOT_LEFT = 24;
const PLOT_RIGHT = WIDTH - 24;
// Room above the plot for the unit line, and inside it for a value label past a column's end.
const PLOT_TOP = 34;
const LABEL_ROOM = 20;
const PLOT_BOTTOM = HEIGHT - 30;
const MAX_COLUMN = 56;

const WORDS = {
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
  },
} as const;

/**
 * An accessible column chart of one indicator over the years, as an inline SVG string.
 *
 * Columns rather than a line: follow-ups have one value a year and often only two or three years,
 * and a line through two points suggests a trend between the years that was never measured. Each
 * column carries its value as text, so the chart reads without a value axis and without colour.
 *
 * The SVG is drawn here, at render time, with presentation attributes only: no script, no `style`
 * attribute, no external reference, so it passes a `default-src 'none'` Content-Security-Policy
 * and prints the same as it shows. `<title>` and `<desc>` (named by `aria-labelledby`) are the
 * text alternative: every value, and whether the indicator got better (WCAG 2.1 1.1.1).
 */
export function indicatorChart(input: IndicatorChartInput): string {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const id = input.id ?? defaultId(input, points);
  const words = WORDS[input.lang];
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const unitLine = `${words.unit}: ${input.unit} (${words[input.better]})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"` +
      ` aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="13">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(input.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chartDescription(input, points))}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${CHART_COLOURS.background}"/>`,
    `<text x="${PLOT_LEFT}" y="18" fill="${CHART_COLOURS.mutedText}">${escapeXml(unitLine)}</text>`,
    ...plot(points),
    '</svg>',
  ].join('\n');
}

/**
 * The text alternative, in full sentences so a screen reader reads it as prose. The verdict is on
 * the latest change (the last value against the one before), the same rule as the view model's
 * trend column (view-indicators.ts), so chart and table never disagree. The title is not repeated:
 * `aria-labelledby` names the chart by the title and the description together.
 */
export function chartDescription(input: IndicatorChartInput, sorted: readonly ChartPoint[]): string {
  const words = WORDS[input.lang];
  const head = `${words.unit}: ${input.unit}; ${words[input.better]}.`;
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  if (last === undefined) return `${head} ${words.noValues}`;
  const values = `${sorted.map((p) => `${p.year}: ${p.label}`).join(', ')}.`;
  if (previous === undefined) return `${head} ${values} ${words.oneValue}`;
  const span = { from: previous.year, to: last.year, a: previous.label, b: last.label };
  if (previous.value === last.value) return `${head} ${values} ${fill(words.same, span)}.`;
  const dir = last.value > previous.value ? words.rose : words.fell;
  const improved = (last.value < previous.value) === (input.better === 'lower');
  const verdict = improved ? words.better : words.worse;
  return `${head} ${values} ${fill(words.change, { ...span, dir })}, ${words.which} ${verdict}.`;
}

function plot(points: readonly ChartPoint[]): string[] {
  // YAML allows `.inf` and `.nan`; such a value is named in the text alternative but not drawn.
  const values = points.map((p) => p.value).filter(Number.isFinite);
  // Columns start at zero, or lengths would lie; negative values hang below the zero line.
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = 1;
  const top = PLOT_TOP + LABEL_ROOM;
  const bottom = PLOT_BOTTOM - (min < 0 ? LABEL_ROOM : 0);
  // In units of the largest magnitude, so the span stays finite and above zero for any finite
  // values: 1e308 - -1e308 is Infinity, and half of 5e-324 is 0; either drew columns at NaN.
  const scale = Math.max(-min, max);
  const span = max / scale - min / scale;
  const y = (v: number): number => bottom - ((v / scale - min / scale) / span) * (bottom - top);
  const zero = y(0);
  const slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(points.length, 1);
  const column = Math.min(MAX_COLUMN, slot * 0.6);
  // Many years make narrow slots; the value labels shrink instead of overlapping.
  const labelSize = slot < 40 ? 10 : 13;
  const out: string[] = [];
  points.forEach((p, i) => {
    const centre = PLOT_LEFT + slot * (i + 0.5);
    const end = Number.isFinite(p.value) ? y(p.value) : zero;
    const height = Math.abs(zero - end);
    out.push(
      `<rect x="${num(centre - column / 2)}" y="${num(Math.min(zero, end))}" width="${num(column)}" height="${num(height)}" fill="${CHART_COLOURS.column}"/>`,
    );
    const labelY = p.value < 0 ? end + 15 : end - 6;
    out.push(
      `<text x="${num(centre)}" y="${num(labelY)}" text-anchor="middle" font-size="${labelSize}" font-weight="bold" fill="${CHART_COLOURS.text}">${escapeXml(p.label)}</text>`,
      `<text x="${num(centre)}" y="${HEIGHT - 10}" text-anchor="middle" fill="${CHART_COLOURS.text}">${p.year}</text>`,
    );
  });
  // The zero line last, so it stays visible across columns of value 0.
  out.push(
    `<line x1="${PLOT_LEFT}" y1="${num(zero)}" x2="${PLOT_RIGHT}" y2="${num(zero)}" stroke="${CHART_COLOURS.axis}" stroke-width="1.5"/>`,
  );
  if (min < 0) {
    out.push(`<text x="${PLOT_LEFT - 4}" y="${num(zero + 4)}" text-anchor="end" font-size="11" fill="${CHART_COLOURS.mutedText}">0</text>`);
  }
  return out;
}

/** One decimal is finer than a printed pixel; `-0` would make equal charts differ as text. */
function num(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function defaultId(input: IndicatorChartInput, points: readonly ChartPoint[]): string {
  const key = JSON.stringify([input.title, input.unit, input.better, input.lang, points]);
  return `chart-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** Escapes for both XML text and double- or single-quoted attributes (and so for HTML too). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

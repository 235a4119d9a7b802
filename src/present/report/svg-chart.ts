import { createHash } from 'node:crypto';
import type { Lang } from '../../model/lang.js';
import { CHART_WORDS, chartDescription } from './chart-description.js';

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
  /** Where the agreement starts from (format.md: an indicator's `baseline`), drawn as a dotted line. */
  baseline?: ChartPoint;
  /** The level aimed for by its year (`target`), drawn as a dashed line. */
  target?: ChartPoint;
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
  target: '#1e5a2b',
  baseline: '#595959',
  background: '#ffffff',
} as const;

const WIDTH = 480;
const HEIGHT = 250;
/** The legend of the baseline and target lines, below the unit line, when there are any. */
const LEGEND_ROW = 20;
const PLOT_LEFT = 24;
const PLOT_RIGHT = WIDTH - 24;
// Room above the plot for the unit line, and inside it for a value label past a column's end.
const PLOT_TOP = 34;
const LABEL_ROOM = 20;
const PLOT_BOTTOM = HEIGHT - 30;
const MAX_COLUMN = 56;

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
 * text alternative (chart-description.ts): every value, whether the indicator got better, and on
 * which side of its target it lies (WCAG 2.1 1.1.1).
 */
export function indicatorChart(input: IndicatorChartInput): string {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const id = input.id ?? defaultId(input, points);
  const words = CHART_WORDS[input.lang];
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const unitLine = `${words.unit}: ${input.unit} (${words[input.better]})`;
  const references = referencesOf(input);
  const legend = references.length === 0 ? 0 : LEGEND_ROW;
  const height = HEIGHT + legend;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"` +
      ` aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="13">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(input.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chartDescription(input, points))}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="${CHART_COLOURS.background}"/>`,
    `<text x="${PLOT_LEFT}" y="18" fill="${CHART_COLOURS.mutedText}">${escapeXml(unitLine)}</text>`,
    ...legendOf(references, input.lang),
    ...plot(points, references, legend),
    '</svg>',
  ].join('\n');
}

interface Reference {
  kind: 'baseline' | 'target';
  point: ChartPoint;
}

/** The target's dashes and the baseline's dots: told apart without colour (WCAG 1.4.1). */
const DASHES: Record<Reference['kind'], string> = { target: '7 4', baseline: '2 3' };

function referencesOf(input: IndicatorChartInput): Reference[] {
  return [
    ...(input.target === undefined ? [] : [{ kind: 'target' as const, point: input.target }]),
    ...(input.baseline === undefined ? [] : [{ kind: 'baseline' as const, point: input.baseline }]),
  ].filter((r) => Number.isFinite(r.point.value));
}

/** "– – Målvärde 2026: 24   ··· Utgångsläge 2022: 29", below the unit line. */
function legendOf(references: readonly Reference[], lang: Lang): string[] {
  const y = 18 + LEGEND_ROW;
  let x = PLOT_LEFT;
  return references.flatMap(({ kind, point }) => {
    const text = `${CHART_WORDS[lang][kind]} ${point.year}: ${point.label}`;
    const at = x;
    // Wide enough for the system fonts at 13 px; the next entry starts after it.
    x += 30 + text.length * 7.5 + 18;
    return [
      `<line x1="${num(at)}" y1="${y - 4}" x2="${num(at + 24)}" y2="${y - 4}" stroke="${CHART_COLOURS[kind]}" stroke-width="2" stroke-dasharray="${DASHES[kind]}"/>`,
      `<text x="${num(at + 30)}" y="${y}" fill="${CHART_COLOURS.text}">${escapeXml(text)}</text>`,
    ];
  });
}

function plot(points: readonly ChartPoint[], references: readonly Reference[], offset: number): string[] {
  // YAML allows `.inf` and `.nan`; such a value is named in the text alternative but not drawn.
  const values = [...points.map((p) => p.value), ...references.map((r) => r.point.value)].filter(Number.isFinite);
  // Columns start at zero, or lengths would lie; negative values hang below the zero line.
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = 1;
  const top = PLOT_TOP + offset + LABEL_ROOM;
  const bottom = PLOT_BOTTOM + offset - (min < 0 ? LABEL_ROOM : 0);
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
  const columns: string[] = [];
  const labels: string[] = [];
  points.forEach((p, i) => {
    const centre = PLOT_LEFT + slot * (i + 0.5);
    const end = Number.isFinite(p.value) ? y(p.value) : zero;
    const height = Math.abs(zero - end);
    columns.push(
      `<rect x="${num(centre - column / 2)}" y="${num(Math.min(zero, end))}" width="${num(column)}" height="${num(height)}" fill="${CHART_COLOURS.column}"/>`,
    );
    const labelY = p.value < 0 ? end + 15 : end - 6;
    // A white halo keeps a value readable where the baseline or target line crosses it.
    labels.push(
      `<text x="${num(centre)}" y="${num(labelY)}" text-anchor="middle" font-size="${labelSize}" font-weight="bold" fill="${CHART_COLOURS.text}" stroke="${CHART_COLOURS.background}" stroke-width="3" paint-order="stroke">${escapeXml(p.label)}</text>`,
      `<text x="${num(centre)}" y="${HEIGHT + offset - 10}" text-anchor="middle" fill="${CHART_COLOURS.text}">${p.year}</text>`,
    );
  });
  // The zero line after the columns, so it stays visible across columns of value 0; then the
  // baseline and the target, the lines the columns are read against; the values on top.
  const lines = [
    `<line x1="${PLOT_LEFT}" y1="${num(zero)}" x2="${PLOT_RIGHT}" y2="${num(zero)}" stroke="${CHART_COLOURS.axis}" stroke-width="1.5"/>`,
    ...(min < 0 ? [`<text x="${PLOT_LEFT - 4}" y="${num(zero + 4)}" text-anchor="end" font-size="11" fill="${CHART_COLOURS.mutedText}">0</text>`] : []),
    // Each over a white edge, so the dashes stay visible where they cross a dark column.
    ...[...references].reverse().flatMap(({ kind, point }) => {
      const at = num(y(point.value));
      return [
        `<line x1="${PLOT_LEFT}" y1="${at}" x2="${PLOT_RIGHT}" y2="${at}" stroke="${CHART_COLOURS.background}" stroke-width="4"/>`,
        `<line x1="${PLOT_LEFT}" y1="${at}" x2="${PLOT_RIGHT}" y2="${at}" stroke="${CHART_COLOURS[kind]}" stroke-width="2" stroke-dasharray="${DASHES[kind]}"/>`,
      ];
    }),
  ];
  return [...columns, ...lines, ...labels];
}

/** One decimal is finer than a printed pixel; `-0` would make equal charts differ as text. */
function num(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function defaultId(input: IndicatorChartInput, points: readonly ChartPoint[]): string {
  const key = JSON.stringify([input.title, input.unit, input.better, input.lang, points, input.baseline ?? null, input.target ?? null]);
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

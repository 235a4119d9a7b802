/** An agreement's indicators in the report: every value known up to the year, and the trend. */
import type { Agreement, Indicator, IndicatorPoint, IndicatorValue } from '../../model/documents.js';
import { reportLabel } from './report-labels.js';
import type { ViewContext } from './view-context.js';
import type { IndicatorValueView, IndicatorView, TrendKey } from './view-model.js';

/** Indicator id → year → value. */
export type IndicatorSeries = Map<string, Map<number, number>>;

/**
 * Every value of the agreement's indicators for the report's year and the years before it, from
 * its situation reports and follow-ups. Later years are left out so that a report of 2024 reads
 * the same whenever it is made. When two documents give a year a value, a follow-up wins over a
 * situation report (it is the agreement's own report to the council), and among documents of one
 * kind the later one wins, since it may correct a figure.
 */
export function indicatorSeries(ctx: ViewContext, agreement: Agreement): IndicatorSeries {
  const series: IndicatorSeries = new Map();
  const add = (document: object, values: readonly IndicatorValue[]): void => {
    for (const v of values) {
      if (v.year > ctx.year) continue;
      ctx.used.add(document);
      const years = series.get(v.indicator) ?? new Map<number, number>();
      years.set(v.year, v.value);
      series.set(v.indicator, years);
    }
  };
  const reports = [...ctx.documents.situationReportsOf(agreement.id)].sort((a, b) => a.year - b.year);
  // A lägesbild's own figures and those behind its findings: either place is valid (format.md).
  for (const report of reports) add(report, [...(report.indicator_values ?? []), ...(report.findings ?? []).flatMap((f) => f.indicator_values ?? [])]);
  const followUps = [...ctx.documents.followUpsOf(agreement.id)].sort((a, b) => a.year - b.year);
  for (const followUp of followUps) add(followUp, followUp.indicator_values ?? []);
  return series;
}

export function indicatorView(ctx: ViewContext, indicator: Indicator, series: IndicatorSeries, anchor: string, goals: string[]): IndicatorView {
  const known = series.get(indicator.id) ?? new Map<number, number>();
  const values: IndicatorValueView[] = [...known.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, number]) => ({ year, value: ctx.format.number(number), number }));
  const key = trend(values, indicator.better);
  const point = (p: IndicatorPoint | undefined): IndicatorValueView | null =>
    p === undefined ? null : { year: p.year, value: ctx.format.number(p.value), number: p.value };
  return {
    anchor,
    id: indicator.id,
    name: indicator.name,
    unit: reportLabel('unit', indicator.unit, ctx.lang),
    unitKey: indicator.unit,
    better: reportLabel('better', indicator.better, ctx.lang),
    betterKey: indicator.better,
    source: indicator.source ?? null,
    values,
    missing: values.length === 0,
    trend: { key, label: reportLabel('trend', key, ctx.lang) },
    baseline: point(indicator.baseline),
    target: point(indicator.target),
    targetStatus: indicator.target === undefined ? null : targetStatus(ctx, values.at(-1)?.number, indicator.target.value, indicator.better),
    goals,
  };
}

function targetStatus(ctx: ViewContext, latest: number | undefined, target: number, better: 'lower' | 'higher'): IndicatorView['targetStatus'] {
  const key = latest === undefined || !Number.isFinite(latest) ? 'unknown' : targetReached(latest, target, better) ? 'reached' : 'not_reached';
  return { key, label: reportLabel('targetStatus', key, ctx.lang) };
}

/**
 * Whether a value is on the right side of the target, the target itself included: at or below it
 * when lower is better, at or above it when higher is. The chart's text alternative says the same.
 */
export function targetReached(value: number, target: number, better: 'lower' | 'higher'): boolean {
  return better === 'lower' ? value <= target : value >= target;
}

/**
 * The direction of the latest change: the last known value against the one before it. The latest
 * step, not the first value against the last, because the report follows up the year: a value
 * that fell for years and rose this year is worsening now. Fewer than two values: unknown.
 */
export function trend(values: readonly { number: number }[], better: 'lower' | 'higher'): TrendKey {
  const last = values.at(-1);
  const previous = values.at(-2);
  if (last === undefined || previous === undefined) return 'unknown';
  if (last.number === previous.number) return 'unchanged';
  return (last.number < previous.number) === (better === 'lower') ? 'improving' : 'worsening';
}

/**
 * The summary at the top of an agreement's report: the year's measures by status, its goals by
 * assessment, which way the indicators moved, and how many deadlines are overdue on the day the
 * report is made. Counts of 0 are left out: a row of zeros carries nothing for the reader.
 */
import { localize } from '../../model/lang.js';
import { ASSESSMENTS, MEASURE_STATUSES, countedWord, reportLabel, type CountedKind } from './report-labels.js';
import { totalOf } from './sentences.js';
import type { ViewContext } from './view-context.js';
import type { CountRow, FocusAreaView, IndicatorView, SummaryLine, SummaryView, TrendKey } from './view-model.js';

const TRENDS: readonly TrendKey[] = ['improving', 'worsening', 'unchanged', 'unknown'];

const LINE_LABELS = {
  measures: { sv: 'Åtgärder', en: 'Measures' },
  goals: { sv: 'Mål', en: 'Goals' },
  indicators: { sv: 'Indikatorer', en: 'Indicators' },
  overdue: { sv: 'Försenade tidsfrister den {date}', en: 'Deadlines overdue on {date}' },
  none: { sv: 'inga', en: 'none' },
} as const;

export function summaryView(
  ctx: ViewContext,
  focusAreas: readonly FocusAreaView[],
  otherIndicators: readonly IndicatorView[],
  overdueCount: number,
  noFollowUp: boolean,
): SummaryView {
  const measures = focusAreas.flatMap((a) => a.measures);
  const goals = focusAreas.flatMap((a) => a.goals);
  // An indicator two areas share is one indicator.
  const indicators = [...new Map([...focusAreas.flatMap((a) => a.indicators), ...otherIndicators].map((i) => [i.id, i])).values()];
  const measuresByStatus = counts(ctx, 'measureStatus', [...MEASURE_STATUSES, 'unreported'], (key) => measures.filter((m) => m.statusKey === key).length);
  const goalsByAssessment = counts(ctx, 'assessment', [...ASSESSMENTS, 'unreported'], (key) => goals.filter((g) => g.assessmentKey === key).length);
  const indicatorsByTrend = counts(ctx, 'trend', TRENDS, (key) => indicators.filter((i) => i.trend.key === key).length);
  const line = (key: SummaryLine['key'], total: number, rows: readonly Row[]): SummaryLine[] =>
    total === 0 ? [] : [{ key, label: localize(LINE_LABELS[key], ctx.lang), text: totalOf(total, ctx.format.number(total), rows, ctx.lang) }];
  const overdueCountText = ctx.format.number(overdueCount);
  return {
    lines: [
      ...line('measures', measures.length, measuresByStatus),
      ...line('goals', goals.length, goalsByAssessment),
      ...line('indicators', indicators.length, indicatorsByTrend),
      {
        key: 'overdue',
        label: localize(LINE_LABELS.overdue, ctx.lang, { date: ctx.format.date(ctx.asOf) }),
        text: overdueCount === 0 ? localize(LINE_LABELS.none, ctx.lang) : overdueCountText,
      },
    ],
    measuresByStatus: measuresByStatus.map(publicRow),
    measuresTotal: measures.length,
    measuresTotalText: ctx.format.number(measures.length),
    goalsByAssessment: goalsByAssessment.map(publicRow),
    goalsTotal: goals.length,
    goalsTotalText: ctx.format.number(goals.length),
    indicatorsByTrend: indicatorsByTrend.map(publicRow),
    indicatorsTotal: indicators.length,
    overdueCount,
    overdueCountText,
    missing: noFollowUp,
  };
}

type Row<K extends string = string> = CountRow<K> & { word: string };

function counts<K extends string>(ctx: ViewContext, kind: CountedKind & ('measureStatus' | 'assessment' | 'trend'), keys: readonly K[], count: (key: K) => number): Row<K>[] {
  return keys.flatMap((key) => {
    const n = count(key);
    if (n === 0) return [];
    // The keys are the tables' own keys (MEASURE_STATUSES, ASSESSMENTS, TRENDS and 'unreported').
    const word = countedWord(kind, key as never, n, ctx.lang);
    const countText = ctx.format.number(n);
    return [{ key, label: reportLabel(kind, key as never, ctx.lang), count: n, countText, text: `${countText} ${word}`, word }];
  });
}

function publicRow<K extends string>({ key, label, count, countText, text }: Row<K>): CountRow<K> {
  return { key, label, count, countText, text };
}

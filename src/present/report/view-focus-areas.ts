/**
 * The focus areas of an agreement in the report: each goal with the year's assessment, each
 * measure with the year's status, and the indicators the area's goals are measured by.
 */
import type { Agreement, FocusArea, FollowUp, Goal, Indicator } from '../../model/documents.js';
import { reportLabel } from './report-labels.js';
import { textOrNull, type ViewContext } from './view-context.js';
import { indicatorSeries, indicatorView, type IndicatorSeries } from './view-indicators.js';
import type { FocusAreaView, GoalKind, GoalView, IndicatorView, MeasureView } from './view-model.js';

const GOAL_FIELDS: readonly [GoalKind, 'effect_goals' | 'process_goals' | 'output_goals'][] = [
  ['effect', 'effect_goals'],
  ['process', 'process_goals'],
  ['output', 'output_goals'],
];

export interface FocusAreasResult {
  focusAreas: FocusAreaView[];
  otherIndicators: IndicatorView[];
}

/** `followUp` is the follow-up of the report's year, or undefined when there is none. */
export function focusAreasView(ctx: ViewContext, agreement: Agreement, anchor: string, followUp: FollowUp | undefined): FocusAreasResult {
  const series = indicatorSeries(ctx, agreement);
  const indicators = new Map((agreement.indicators ?? []).map((i) => [i.id, i]));
  const used = new Set<string>();
  const focusAreas = agreement.focus_areas.map((area): FocusAreaView => {
    const areaAnchor = `${anchor}__${area.id}`;
    const goals = goalsOf(area);
    const areaIndicators = indicatorsOf(ctx, goals, indicators, series, areaAnchor);
    for (const indicator of areaIndicators) used.add(indicator.id);
    const measures = (area.measures ?? []).map((m) => measureView(ctx, agreement, followUp, m));
    return {
      anchor: areaAnchor,
      id: area.id,
      title: area.title,
      description: textOrNull(area.description),
      causeAnalysis: textOrNull(area.cause_analysis),
      goals: goals.map(([kind, goal]) => goalView(ctx, followUp, kind, goal)),
      goalsMissing: goals.length === 0,
      measures,
      measuresMissing: measures.length === 0,
      indicators: areaIndicators,
      indicatorsMissing: areaIndicators.length === 0,
    };
  });
  const otherIndicators = (agreement.indicators ?? [])
    .filter((i) => !used.has(i.id))
    .map((i) => indicatorView(ctx, i, series, `${anchor}__${i.id}`, []));
  return { focusAreas, otherIndicators };
}

function goalsOf(area: FocusArea): [GoalKind, Goal][] {
  return GOAL_FIELDS.flatMap(([kind, field]) => (area[field] ?? []).map((goal): [GoalKind, Goal] => [kind, goal]));
}

/** The indicators of the area's goals, each once, in the order the goals name them. */
function indicatorsOf(
  ctx: ViewContext,
  goals: readonly [GoalKind, Goal][],
  indicators: ReadonlyMap<string, Indicator>,
  series: IndicatorSeries,
  areaAnchor: string,
): IndicatorView[] {
  const byId = new Map<string, string[]>();
  for (const [, goal] of goals) {
    for (const id of goal.indicators ?? []) {
      if (!indicators.has(id)) continue;
      byId.set(id, [...(byId.get(id) ?? []), goal.id]);
    }
  }
  return [...byId.entries()].map(([id, goalIds]) => indicatorView(ctx, indicators.get(id) as Indicator, series, `${areaAnchor}__${id}`, goalIds));
}

function goalView(ctx: ViewContext, followUp: FollowUp | undefined, kind: GoalKind, goal: Goal): GoalView {
  const reported = followUp?.goals?.find((g) => g.goal === goal.id);
  const key = reported?.assessment ?? 'unreported';
  return {
    id: goal.id,
    text: goal.text,
    kind: reportLabel('goalKind', kind, ctx.lang),
    kindKey: kind,
    assessment: reportLabel('assessment', key, ctx.lang),
    assessmentKey: key,
    comment: textOrNull(reported?.comment),
  };
}

function measureView(ctx: ViewContext, agreement: Agreement, followUp: FollowUp | undefined, measure: NonNullable<FocusArea['measures']>[number]): MeasureView {
  const reported = followUp?.measures?.find((m) => m.measure === measure.id);
  const key = reported?.status ?? 'unreported';
  const names = measure.responsible.map((id) => agreement.parties.find((p) => p.id === id)?.name ?? id);
  return {
    id: measure.id,
    text: measure.text,
    responsible: names.join(', '),
    due: measure.due === undefined ? null : ctx.format.date(measure.due),
    status: reportLabel('measureStatus', key, ctx.lang),
    statusKey: key,
    comment: textOrNull(reported?.comment),
  };
}

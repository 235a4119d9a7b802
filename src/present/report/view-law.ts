/**
 * The kommun's duties under lag (2023:196) in the report: for each kommun of the agreement, its
 * latest lägesbild (4 §) and åtgärdsplan (5 §) and when 6 § wants the next update.
 */
import type { DeadlineType } from '../../derive/types.js';
import type { IsoDate } from '../../model/documents.js';
import { deadlineStatusLabel } from '../calendar/deadline-titles.js';
import { kommunLabel } from '../labels.js';
import type { ViewContext } from './view-context.js';
import type { DutyView, KommunLawView, LawView } from './view-model.js';

interface Dated {
  date: IsoDate;
  document: string;
}

export function lawView(ctx: ViewContext, codes: readonly string[]): LawView {
  const kommuner = codes.map((code): KommunLawView => {
    const reports = ctx.documents
      .situationReportsIn(code)
      .flatMap((r) => (r.adopted_on === undefined ? [] : [{ date: r.adopted_on, document: r.id }]));
    const plans = ctx.documents
      .actionPlansIn(code)
      .flatMap((p) => [...(p.decided_on === undefined ? [] : [p.decided_on]), ...(p.followed_up_on ?? [])].map((date) => ({ date, document: p.id })));
    return {
      code,
      name: kommunLabel(code, ctx.derived.kommunNames),
      situationReport: duty(ctx, code, 'situation_report_update', latest(reports)),
      actionPlan: duty(ctx, code, 'action_plan_review', latest(plans)),
    };
  });
  return { kommuner, missing: kommuner.length === 0 };
}

/**
 * The latest date of all, as derive/kommun-duties.ts counts it, so that the "last" date shown is
 * the one the next due date follows from.
 */
function latest(dates: readonly Dated[]): Dated | undefined {
  return dates.reduce<Dated | undefined>((best, d) => (best === undefined || d.date > best.date ? d : best), undefined);
}

function duty(ctx: ViewContext, code: string, type: DeadlineType, last: Dated | undefined): DutyView {
  const next = ctx.deadlines.dutiesIn(code).find((d) => d.type === type && d.status !== 'done');
  return {
    last: last === undefined ? null : ctx.format.date(last.date),
    document: last?.document ?? null,
    nextDue: next === undefined ? null : ctx.format.date(next.date),
    status: next === undefined ? ctx.words.missing : deadlineStatusLabel(next.status, ctx.lang),
    statusKey: next?.status ?? 'unknown',
  };
}

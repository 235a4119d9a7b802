/**
 * The kommun's duties under lag (2023:196) in the report, as they stand on the day the report is
 * made: for each kommun of the agreement, its latest lägesbild (4 §) and åtgärdsplan (5 §) and
 * when 6 § wants the next update. Whether that date is overdue is said once, in the list of
 * overdue deadlines beside it.
 */
import type { DeadlineType } from '../../derive/types.js';
import { lastAdoption, lastPlanDecision, type LawRecord } from '../../domain/law-records.js';
import type { ActionPlan, Agreement, IsoDate, SituationReport } from '../../model/documents.js';
import type { ViewContext } from './view-context.js';
import { kommunName } from './view-deadlines.js';
import type { DutyView, KommunLawView, LawView } from './view-model.js';

interface Dated {
  date: IsoDate;
  document: SituationReport | ActionPlan;
}

export function lawView(ctx: ViewContext, agreement: Agreement, codes: readonly string[]): LawView {
  const kommuner = codes.map((code): KommunLawView => {
    return {
      code,
      name: kommunName(ctx, agreement, code),
      // The same record the next due date follows from (derive/kommun-duties.ts), up to the report's day.
      situationReport: duty(ctx, code, 'situation_report_update', dated(lastAdoption(ctx.index, code, ctx.asOf))),
      actionPlan: duty(ctx, code, 'action_plan_review', dated(lastPlanDecision(ctx.index, code, ctx.asOf))),
    };
  });
  return { kommuner, missing: kommuner.length === 0 };
}

function dated(record: LawRecord | undefined): Dated | undefined {
  return record === undefined ? undefined : { date: record.date, document: record.doc.data };
}

function duty(ctx: ViewContext, code: string, type: DeadlineType, last: Dated | undefined): DutyView {
  const next = ctx.deadlines.dutiesIn(code).find((d) => d.type === type && d.status !== 'done');
  if (last !== undefined) ctx.used.add(last.document);
  return {
    last: last === undefined ? null : ctx.format.date(last.date),
    document: last === undefined ? null : documentName(ctx, last.document),
    nextDue: next === undefined ? null : ctx.format.date(next.date),
  };
}

/**
 * A lägesbild or åtgärdsplan named as a reader knows it: neither has a title in the format, so
 * the kind and its year ("Lägesbild 2024") or its period's years ("Åtgärdsplan 2024–2027"),
 * or the kind alone for a plan without a period.
 */
function documentName(ctx: ViewContext, doc: SituationReport | ActionPlan): string {
  if (doc.kind === 'situation_report') return `${ctx.words.situationReport} ${doc.year}`;
  if (doc.period === undefined) return ctx.words.actionPlan;
  const from = doc.period.from.slice(0, 4);
  const to = doc.period.to.slice(0, 4);
  return `${ctx.words.actionPlan} ${from === to ? from : `${from}–${to}`}`;
}

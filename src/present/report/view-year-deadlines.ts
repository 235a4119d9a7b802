/**
 * The deadlines that fell in the report's year, with what came of each: the year's record, kept
 * apart from what is overdue on the day the report is made (TodayView). A kommun's duties under
 * lag (2023:196) roll on, so the derived deadlines hold only the next one; the due dates the year
 * had are worked out here from the same rule (derive/kommun-duties.ts, dutyHistory).
 */
import { dutyHistory } from '../../derive/kommun-duties.js';
import { compareDeadlineTypes } from '../../derive/deadline.js';
import type { Deadline } from '../../derive/types.js';
import type { Agreement, IsoDate } from '../../model/documents.js';
import { localize } from '../../model/lang.js';
import { reportLabel } from './report-labels.js';
import type { ViewContext } from './view-context.js';
import { reportDeadlineTitle } from './view-deadlines.js';
import type { ResultKey, YearDeadlineView, YearDeadlinesView } from './view-model.js';

interface Entry {
  d: Pick<Deadline, 'type' | 'date' | 'nominalDate' | 'subject' | 'agreement' | 'municipalityCode'>;
  resultKey: ResultKey;
  doneOn: IsoDate | undefined;
}

const DUTIES: readonly ('situation_report_update' | 'action_plan_review')[] = ['situation_report_update', 'action_plan_review'];

export function yearDeadlinesView(ctx: ViewContext, agreement: Agreement, codes: readonly string[]): YearDeadlinesView {
  const yearStart = `${String(ctx.year).padStart(4, '0')}-01-01`;
  const inYear = (date: IsoDate): boolean => date.startsWith(yearStart.slice(0, 5));
  const own = ctx.deadlines
    .ofAgreement(agreement.id, new Set())
    .filter((d) => inYear(d.date))
    .map((d): Entry => {
      const doneOn = d.status === 'done' ? doneDate(ctx, agreement, d) : undefined;
      return { d, doneOn, resultKey: d.status === 'done' ? (doneOn === undefined ? 'done' : timely(doneOn, d.date)) : open(ctx, d.date) };
    });
  const duties = codes.flatMap((code) =>
    DUTIES.flatMap((type) =>
      dutyHistory(dutyDates(ctx, code, type), ctx.run)
        // A due date the kommun had met before the year began never came due in it: a lägesbild
        // of 2022 put the next date in March 2024, and the transitional 1 July 2024 was not
        // the kommun's any more.
        .filter((step) => inYear(step.date) && (step.doneOn === undefined || step.doneOn >= yearStart))
        .map((step): Entry => ({
          d: { type, date: step.date, nominalDate: step.nominalDate, agreement: null, municipalityCode: code },
          doneOn: step.doneOn,
          resultKey: step.doneOn === undefined ? open(ctx, step.date) : timely(step.doneOn, step.date),
        })),
    ),
  );
  const codeSet = new Set(codes);
  const items = [...own, ...duties]
    .sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : compareDeadlineTypes(a.d.type, b.d.type)))
    .map(
      ({ d, resultKey, doneOn }): YearDeadlineView => ({
        date: ctx.format.date(d.date),
        dateIso: d.date,
        title: reportDeadlineTitle(ctx, agreement, codeSet, d),
        typeKey: d.type,
        result: doneOn === undefined ? reportLabel('result', resultKey, ctx.lang) : `${reportLabel('result', resultKey, ctx.lang)} (${ctx.format.date(doneOn)})`,
        resultKey,
        doneOn: doneOn === undefined ? null : ctx.format.date(doneOn),
      }),
    );
  return { heading: localize({ sv: 'Tidsfrister {year}', en: 'Deadlines in {year}' }, ctx.lang, { year: ctx.year }), items, missing: items.length === 0 };
}

function timely(doneOn: IsoDate, due: IsoDate): ResultKey {
  return doneOn <= due ? 'on_time' : 'late';
}

/** Not done: missed once the day the report is made is past it, else still to come. */
function open(ctx: ViewContext, date: IsoDate): ResultKey {
  return ctx.asOf > date ? 'missed' : 'pending';
}

/**
 * When a done deadline was done, where a document records it: the review held in the deadline's
 * calendar year (the one that counts for it, derive/deadlines.ts), the follow-up's reported_on.
 * Renewal and expiry are done by a successor, promises by the next promises: no one date.
 */
function doneDate(ctx: ViewContext, agreement: Agreement, d: Deadline): IsoDate | undefined {
  if (d.type === 'annual_review') {
    const year = d.nominalDate.slice(0, 4);
    const held = ctx.documents
      .reviewsOf(agreement.id)
      .filter((r) => r.held_on.startsWith(`${year}-`) && r.held_on <= ctx.asOf)
      .sort((a, b) => (a.held_on < b.held_on ? -1 : 1))[0];
    if (held !== undefined) ctx.used.add(held);
    return held?.held_on;
  }
  if (d.type === 'follow_up_report') {
    const followUp = ctx.documents.followUpsOf(agreement.id).find((f) => String(f.year) === d.subject && f.reported_on !== undefined);
    if (followUp !== undefined) ctx.used.add(followUp);
    return followUp?.reported_on;
  }
  return undefined;
}

/** The dates a kommun did the duty up to the day the report is made; the documents count as used. */
function dutyDates(ctx: ViewContext, code: string, type: 'situation_report_update' | 'action_plan_review'): IsoDate[] {
  const dated =
    type === 'situation_report_update'
      ? ctx.documents.situationReportsIn(code).map((r) => ({ doc: r, dates: r.adopted_on === undefined ? [] : [r.adopted_on] }))
      : ctx.documents.actionPlansIn(code).map((p) => ({ doc: p, dates: [...(p.decided_on === undefined ? [] : [p.decided_on]), ...(p.followed_up_on ?? [])] }));
  return dated.flatMap(({ doc, dates }) => {
    const counted = dates.filter((date) => date <= ctx.asOf);
    if (counted.length > 0) ctx.used.add(doc);
    return counted;
  });
}

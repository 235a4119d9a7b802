/** The deadlines of an agreement in the report: overdue ones for the summary, upcoming ones ahead. */
import type { Deadline, DeadlineStatus } from '../../derive/types.js';
import { deadlineStatusLabel, deadlineTitle, deadlineTypeLabel } from '../calendar/deadline-titles.js';
import type { ViewContext } from './view-context.js';
import type { DeadlineView } from './view-model.js';

/**
 * The agreement's own deadlines and its kommuner's duties under lag (2023:196) with a status, in
 * date order. The duties belong to the kommun, not to the agreement, but a coordinator reading the
 * agreement's report must see them: the law section shows where they come from.
 */
export function agreementDeadlines(ctx: ViewContext, agreementId: string, codes: ReadonlySet<string>, status: DeadlineStatus): DeadlineView[] {
  return ctx.deadlines
    .ofAgreement(agreementId, codes)
    .filter((d) => d.status === status)
    .map((d) => deadlineView(ctx, d));
}

export function deadlineView(ctx: ViewContext, d: Deadline): DeadlineView {
  // The agreement's own deadlines are named by id only: the whole section is about that agreement,
  // and its long title in every row would hide what is due.
  const kommun = d.municipalityCode === null ? undefined : ctx.derived.kommunNames.get(d.municipalityCode);
  return {
    date: ctx.format.date(d.date),
    dateIso: d.date,
    type: deadlineTypeLabel(d.type, ctx.lang),
    typeKey: d.type,
    title: deadlineTitle(d, ctx.lang, d.agreement === null && kommun !== undefined ? { kommun } : {}),
    status: deadlineStatusLabel(d.status, ctx.lang),
    statusKey: d.status,
  };
}

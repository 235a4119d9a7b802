/** The deadlines of an agreement in the report, titled for a reader of that agreement's report. */
import type { Deadline, DeadlineStatus } from '../../derive/types.js';
import type { Agreement } from '../../model/documents.js';
import { deadlineAction, deadlineStatusLabel, deadlineTypeLabel } from '../calendar/deadline-titles.js';
import type { ViewContext } from './view-context.js';
import type { DeadlineView } from './view-model.js';

/**
 * The agreement's own deadlines and its kommuner's duties under lag (2023:196) with a status, in
 * date order. The duties belong to the kommun, not to the agreement, but a coordinator reading the
 * agreement's report must see them: the law section shows where they come from.
 */
export function agreementDeadlines(ctx: ViewContext, agreement: Agreement, codes: ReadonlySet<string>, status: DeadlineStatus): DeadlineView[] {
  return ctx.deadlines
    .ofAgreement(agreement.id, codes)
    .filter((d) => d.status === status)
    .map((d) => ({
      date: ctx.format.date(d.date),
      dateIso: d.date,
      type: deadlineTypeLabel(d.type, ctx.lang),
      typeKey: d.type,
      title: reportDeadlineTitle(ctx, agreement, codes, d),
      status: deadlineStatusLabel(d.status, ctx.lang),
      statusKey: d.status,
    }));
}

/**
 * What is to be done, in words: the whole section is about one agreement, so neither its title
 * nor its id is repeated; citizen promises are named by their period rather than their id, and a
 * kommun's duty by the kommun only where the agreement has more than one.
 */
export function reportDeadlineTitle(
  ctx: ViewContext,
  agreement: Agreement,
  codes: ReadonlySet<string>,
  d: Pick<Deadline, 'type' | 'nominalDate' | 'subject' | 'agreement' | 'municipalityCode'>,
): string {
  if (d.type === 'citizen_promises_renewal') {
    const promises = ctx.documents.promisesOf(agreement.id).find((p) => p.id === d.subject);
    const period = promises === undefined ? undefined : ctx.format.dateRange(promises.period.from, promises.period.to);
    return deadlineAction(d, ctx.lang, period);
  }
  const action = deadlineAction(d, ctx.lang);
  if (d.agreement !== null || codes.size < 2 || d.municipalityCode === null) return action;
  return `${action}: ${kommunName(ctx, agreement, d.municipalityCode)}`;
}

/** The kommun as the agreement names it ("Burlövs kommun"), else SCB's name, else its code. */
export function kommunName(ctx: ViewContext, agreement: Agreement, code: string): string {
  const party = agreement.parties.find((p) => p.type === 'municipality' && p.municipality_code === code);
  return party?.name ?? ctx.derived.kommunNames.get(code) ?? code;
}

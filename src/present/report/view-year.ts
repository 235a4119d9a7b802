/** What happened in the report's year besides the follow-up: citizen promises and annual reviews. */
import { touchesYear } from '../../domain/calendar/dates.js';
import type { Agreement } from '../../model/documents.js';
import { reportLabel } from './report-labels.js';
import { textOrNull, type ViewContext } from './view-context.js';
import type { PromiseSetView, PromisesView, ReviewsView } from './view-model.js';

/** The agreement's citizen promises whose period has a day in the year, earliest first. */
export function promisesView(ctx: ViewContext, agreement: Agreement): PromisesView {
  const partyName = (id: string): string => agreement.parties.find((p) => p.id === id)?.name ?? id;
  const areaTitle = (id: string | undefined): string | null =>
    id === undefined ? null : (agreement.focus_areas.find((a) => a.id === id)?.title ?? id);
  const items = ctx.index
    .promisesOf(agreement.id)
    .map((d) => d.data)
    .filter((p) => touchesYear(p.period.from, p.period.to, ctx.year))
    .sort((a, b) => a.period.from.localeCompare(b.period.from) || a.id.localeCompare(b.id))
    .map((set): PromiseSetView => {
      ctx.used.add(set);
      return {
        id: set.id,
        period: ctx.format.dateRange(set.period.from, set.period.to),
        signedOn: set.signed_on === undefined ? null : ctx.format.date(set.signed_on),
        promises: set.promises.map((p) => ({
          id: p.id,
          text: p.text,
          focusArea: areaTitle(p.focus_area),
          activities: (p.activities ?? []).map((a) => ({
            id: a.id,
            text: a.text,
            responsible: a.responsible === undefined || a.responsible.length === 0 ? null : a.responsible.map(partyName).join(', '),
          })),
        })),
      };
    });
  return { items, missing: items.length === 0 };
}

/** The agreement's annual reviews held in the year, in date order. */
export function reviewsView(ctx: ViewContext, agreement: Agreement): ReviewsView {
  const items = ctx.index
    .reviewsOf(agreement.id)
    .map((d) => d.data)
    .filter((r) => r.held_on.startsWith(`${String(ctx.year).padStart(4, '0')}-`))
    .sort((a, b) => a.held_on.localeCompare(b.held_on) || a.id.localeCompare(b.id))
    .map((r) => {
      ctx.used.add(r);
      return {
        id: r.id,
        heldOn: ctx.format.date(r.held_on),
        outcome: reportLabel('outcome', r.outcome, ctx.lang),
        outcomeKey: r.outcome,
        notes: textOrNull(r.notes),
      };
    });
  return { items, missing: items.length === 0 };
}

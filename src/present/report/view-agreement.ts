/** One agreement's part of the report: its record, the summary and every section. */
import type { AgreementStatus } from '../../derive/types.js';
import type { Agreement, Party } from '../../model/documents.js';
import { stateLabel } from '../labels.js';
import { ASSESSMENTS, MEASURE_STATUSES, reportLabel } from './report-labels.js';
import { textOrNull, type ViewContext } from './view-context.js';
import { agreementDeadlines } from './view-deadlines.js';
import { focusAreasView } from './view-focus-areas.js';
import { lawView } from './view-law.js';
import type { AgreementReport, CountRow, DeadlineView, FocusAreaView, PartyView, SummaryView } from './view-model.js';
import { promisesView, reviewsView } from './view-year.js';

export function agreementReport(ctx: ViewContext, agreement: Agreement, status: AgreementStatus): AgreementReport {
  const anchor = agreement.id;
  const followUp = ctx.documents.followUpsOf(agreement.id).find((f) => f.year === ctx.year);
  const { focusAreas, otherIndicators } = focusAreasView(ctx, agreement, anchor, followUp);
  const codes = [...new Set(agreement.parties.flatMap((p) => (p.type === 'municipality' && p.municipality_code !== undefined ? [p.municipality_code] : [])))];
  const codeSet = new Set(codes);
  const ahead = agreementDeadlines(ctx, agreement.id, codeSet, 'upcoming');
  return {
    anchor,
    id: agreement.id,
    title: agreement.title,
    caseNumber: textOrNull(agreement.case_number),
    state: stateLabel(status.state, ctx.lang),
    stateKey: status.state,
    validity: {
      from: ctx.format.date(agreement.valid_from),
      to: ctx.format.date(agreement.valid_to),
      fromIso: agreement.valid_from,
      toIso: agreement.valid_to,
      text: ctx.format.dateRange(agreement.valid_from, agreement.valid_to),
    },
    parties: agreement.parties.map((p) => partyView(ctx, p)),
    signatories: agreement.signatories.map((s) => ({
      name: s.name,
      role: s.role,
      party: agreement.parties.find((p) => p.id === s.party)?.name ?? s.party,
      signedOn: s.signed_on === undefined ? null : ctx.format.date(s.signed_on),
    })),
    purpose: textOrNull(agreement.purpose),
    overallGoals: agreement.overall_goals ?? [],
    followUp: followUp === undefined ? null : { id: followUp.id, reportedOn: followUp.reported_on === undefined ? null : ctx.format.date(followUp.reported_on) },
    summary: summaryView(ctx, focusAreas, agreementDeadlines(ctx, agreement.id, codeSet, 'overdue'), followUp === undefined),
    focusAreas,
    otherIndicators,
    promises: promisesView(ctx, agreement),
    reviews: reviewsView(ctx, agreement),
    law: lawView(ctx, codes),
    deadlinesAhead: { items: ahead, missing: ahead.length === 0 },
  };
}

function partyView(ctx: ViewContext, party: Party): PartyView {
  const detail =
    party.type === 'municipality' && party.municipality_code !== undefined
      ? `${ctx.lang === 'en' ? 'municipality code' : 'kommunkod'} ${party.municipality_code}`
      : party.type === 'police' && party.police_region !== undefined
        ? `${ctx.lang === 'en' ? 'police region' : 'polisregion'} ${party.police_region}`
        : null;
  return { id: party.id, name: party.name, type: reportLabel('partyType', party.type, ctx.lang), typeKey: party.type, detail };
}

/**
 * Counts of every status and assessment, zeros included, so two years' reports line up row by
 * row; "uppgift saknas" gets a row only when something lacks a status.
 */
function summaryView(ctx: ViewContext, focusAreas: readonly FocusAreaView[], overdue: DeadlineView[], noFollowUp: boolean): SummaryView {
  const measures = focusAreas.flatMap((a) => a.measures);
  const goals = focusAreas.flatMap((a) => a.goals);
  const row = <K extends string>(key: K, label: string, count: number): CountRow<K> => ({ key, label, count, countText: ctx.format.number(count) });
  const measuresByStatus = MEASURE_STATUSES.map((key) => row(key, reportLabel('measureStatus', key, ctx.lang), measures.filter((m) => m.statusKey === key).length));
  const unreportedMeasures = measures.filter((m) => m.statusKey === 'unreported').length;
  const goalsByAssessment = ASSESSMENTS.map((key) => row(key, reportLabel('assessment', key, ctx.lang), goals.filter((g) => g.assessmentKey === key).length));
  const unreportedGoals = goals.filter((g) => g.assessmentKey === 'unreported').length;
  return {
    measuresByStatus: [
      ...measuresByStatus,
      ...(unreportedMeasures > 0 ? [row('unreported' as const, reportLabel('measureStatus', 'unreported', ctx.lang), unreportedMeasures)] : []),
    ],
    measuresTotal: measures.length,
    measuresTotalText: ctx.format.number(measures.length),
    goalsByAssessment: [
      ...goalsByAssessment,
      ...(unreportedGoals > 0 ? [row('unreported' as const, reportLabel('assessment', 'unreported', ctx.lang), unreportedGoals)] : []),
    ],
    goalsTotal: goals.length,
    goalsTotalText: ctx.format.number(goals.length),
    overdueCount: overdue.length,
    overdueCountText: ctx.format.number(overdue.length),
    overdue,
    missing: noFollowUp,
  };
}

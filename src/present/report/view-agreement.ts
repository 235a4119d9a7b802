/** One agreement's part of the report: its opening, its record, the year, and the day it is made. */
import type { AgreementStatus } from '../../derive/types.js';
import type { Agreement, Party } from '../../model/documents.js';
import { localize, type Localized } from '../../model/lang.js';
import { stateLabel } from '../labels.js';
import { reportLabel } from './report-labels.js';
import { joinWords } from './sentences.js';
import { textOrNull, type ViewContext } from './view-context.js';
import { agreementDeadlines } from './view-deadlines.js';
import { focusAreasView } from './view-focus-areas.js';
import { lawView } from './view-law.js';
import type { AgreementReport, FactView, PartyView, Validity } from './view-model.js';
import { summaryView } from './view-summary.js';
import { yearDeadlinesView } from './view-year-deadlines.js';
import { promisesView, reviewsView } from './view-year.js';

export function agreementReport(ctx: ViewContext, agreement: Agreement, status: AgreementStatus): AgreementReport {
  ctx.used.add(agreement);
  const anchor = agreement.id;
  const followUp = ctx.documents.followUpsOf(agreement.id).find((f) => f.year === ctx.year);
  if (followUp !== undefined) ctx.used.add(followUp);
  const { focusAreas, otherIndicators } = focusAreasView(ctx, agreement, anchor, followUp);
  const codes = [...new Set(agreement.parties.flatMap((p) => (p.type === 'municipality' && p.municipality_code !== undefined ? [p.municipality_code] : [])))];
  const codeSet = new Set(codes);
  const overdue = agreementDeadlines(ctx, agreement, codeSet, 'overdue');
  const ahead = agreementDeadlines(ctx, agreement, codeSet, 'upcoming');
  const validity: Validity = {
    from: ctx.format.date(agreement.valid_from),
    to: ctx.format.date(agreement.valid_to),
    fromIso: agreement.valid_from,
    toIso: agreement.valid_to,
    text: ctx.format.dateRange(agreement.valid_from, agreement.valid_to),
  };
  const followUpView = followUp === undefined ? null : { reportedOn: followUp.reported_on === undefined ? null : ctx.format.date(followUp.reported_on) };
  const reportTo = (agreement.follow_up?.report_to ?? []).filter((body) => body.trim() !== '');
  return {
    anchor,
    id: agreement.id,
    title: agreement.title,
    facts: factsOf(ctx, agreement, validity, reportTo, followUpView),
    caseNumber: textOrNull(agreement.case_number),
    state: stateLabel(status.state, ctx.lang),
    stateKey: status.state,
    validity,
    reportTo,
    parties: agreement.parties.map((p) => partyView(ctx, p)),
    signatories: agreement.signatories.map((s) => ({
      name: s.name,
      role: s.role,
      party: agreement.parties.find((p) => p.id === s.party)?.name ?? s.party,
      signedOn: s.signed_on === undefined ? null : ctx.format.date(s.signed_on),
    })),
    purpose: textOrNull(agreement.purpose),
    overallGoals: agreement.overall_goals ?? [],
    followUp: followUpView,
    summary: summaryView(ctx, focusAreas, otherIndicators, overdue.length, followUp === undefined),
    focusAreas,
    otherIndicators,
    promises: promisesView(ctx, agreement),
    reviews: reviewsView(ctx, agreement),
    yearDeadlines: yearDeadlinesView(ctx, agreement, codes),
    today: {
      heading: localize(TODAY, ctx.lang, { date: ctx.format.date(ctx.asOf) }),
      overdue,
      law: lawView(ctx, agreement, codes),
      ahead,
    },
  };
}

const TODAY: Localized = { sv: 'Läget den {date}', en: 'The situation on {date}' };

const FACT_LABELS = {
  municipality: { sv: 'Kommun', en: 'Kommun' },
  municipalities: { sv: 'Kommuner', en: 'Kommuner' },
  police: { sv: 'Lokalpolisområde', en: 'Local police area' },
  caseNumber: { sv: 'Diarienummer', en: 'Case number' },
  validity: { sv: 'Giltighetstid', en: 'Validity' },
  reportYear: { sv: 'Rapportår', en: 'Year reported on' },
  reportTo: { sv: 'Rapporteras till', en: 'Reported to' },
  followUp: { sv: 'Uppföljningen', en: 'The follow-up' },
  reported: { sv: 'rapporterad {date}', en: 'reported on {date}' },
  notReported: { sv: 'inte rapporterad än', en: 'not reported yet' },
} satisfies Record<string, Localized>;

/**
 * The opening of the agreement's report: whose it is and what it covers. A case number and the
 * bodies reported to are optional in the format, so they are left out when absent; the year's
 * follow-up is owed, so its absence shows as "uppgift saknas".
 */
function factsOf(ctx: ViewContext, agreement: Agreement, validity: Validity, reportTo: readonly string[], followUp: AgreementReport['followUp']): FactView[] {
  const label = (key: keyof typeof FACT_LABELS): string => localize(FACT_LABELS[key], ctx.lang);
  const fact = (key: FactView['key'], labelText: string, value: string | null): FactView[] =>
    value === null ? [] : [{ key, label: labelText, value, missing: false }];
  const kommuner = agreement.parties.filter((p) => p.type === 'municipality').map((p) => p.name);
  const police = agreement.parties
    .filter((p) => p.type === 'police')
    .map((p) => (p.police_region === undefined ? p.name : `${p.name} (${regionText(ctx, p.police_region)})`));
  const reported =
    followUp === null
      ? null
      : followUp.reportedOn === null
        ? label('notReported')
        : localize(FACT_LABELS.reported, ctx.lang, { date: followUp.reportedOn });
  return [
    ...fact('municipalities', label(kommuner.length > 1 ? 'municipalities' : 'municipality'), kommuner.length === 0 ? null : joinWords(kommuner, ctx.lang)),
    ...fact('police', label('police'), police.length === 0 ? null : joinWords(police, ctx.lang)),
    ...fact('caseNumber', label('caseNumber'), textOrNull(agreement.case_number)),
    ...fact('validity', label('validity'), validity.text),
    ...fact('reportYear', label('reportYear'), String(ctx.year)),
    ...fact('reportTo', label('reportTo'), reportTo.length === 0 ? null : joinWords(reportTo, ctx.lang)),
    reported === null
      ? { key: 'followUp', label: label('followUp'), value: ctx.words.missing, missing: true }
      : { key: 'followUp', label: label('followUp'), value: reported, missing: false },
  ];
}

function regionText(ctx: ViewContext, region: string): string {
  return `${ctx.lang === 'en' ? 'police region' : 'polisregion'} ${region}`;
}

function partyView(ctx: ViewContext, party: Party): PartyView {
  const detail =
    party.type === 'municipality' && party.municipality_code !== undefined
      ? `${ctx.lang === 'en' ? 'municipality code' : 'kommunkod'} ${party.municipality_code}`
      : party.type === 'police' && party.police_region !== undefined
        ? regionText(ctx, party.police_region)
        : null;
  return { id: party.id, name: party.name, type: reportLabel('partyType', party.type, ctx.lang), typeKey: party.type, detail };
}

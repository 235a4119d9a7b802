import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import { buildReportView, headingSlug } from './build-view.js';
import { agreementDoc, derive, type Doc } from './test-report-repository.js';

const followUp2024: Doc = {
  kind: 'follow_up',
  id: 'gnesta-2023-2024',
  agreement: 'gnesta-2023',
  year: 2024,
  reported_on: '2025-03-25',
  measures: [{ measure: 'at-1', status: 'done', comment: 'Klart.' }],
  goals: [{ goal: 'em-1', assessment: 'partly_achieved', comment: 'Nästan.' }],
  indicator_values: [
    { indicator: 'ind-vald', year: 2023, value: 1500 },
    { indicator: 'ind-vald', year: 2024, value: 1480.5 },
    { indicator: 'ind-vald', year: 2025, value: 1 },
  ],
};

const lagesbild: Doc = {
  kind: 'situation_report',
  id: 'lagesbild-2024',
  municipality_code: '0461',
  year: 2024,
  agreement: 'gnesta-2023',
  adopted_on: '2024-05-14',
  findings: [
    {
      id: 'f-1',
      text: 'Våldet minskar.',
      indicator_values: [
        { indicator: 'ind-vald', year: 2022, value: 1600 },
        { indicator: 'ind-vald', year: 2023, value: 1555 },
      ],
    },
  ],
};

const base = { year: 2024, lang: 'sv' as const, asOf: '2025-06-01', commit: null };

describe('buildReportView', () => {
  it('reports the agreements valid in the year, with a table of contents for several', async () => {
    const derived = await derive([
      agreementDoc(),
      agreementDoc({ id: 'old', title: 'Gammal', valid_from: '2019-01-01', valid_to: '2022-12-31' }),
      agreementDoc({
        id: 'second',
        title: 'Andra överenskommelsen',
        valid_from: '2024-12-31',
        valid_to: '2027-12-31',
        parties: [
          { id: 'kommun', type: 'municipality', name: 'Strängnäs kommun', municipality_code: '0486' },
          { id: 'polisen', type: 'police', name: 'LPO Eskilstuna', police_region: 'Öst' },
        ],
      }),
    ]);
    const view = buildReportView({ ...base, derived });
    expect(view.agreements.map((a) => a.id)).toEqual(['gnesta-2023', 'second']);
    expect(view.multiple).toBe(true);
    expect(view.title).toBe('Årsrapport 2024');
    expect(view.toc).toEqual([
      { anchor: 'gnesta-2023', mdAnchor: 'överenskommelse-gnesta', title: 'Överenskommelse Gnesta' },
      { anchor: 'second', mdAnchor: 'andra-överenskommelsen', title: 'Andra överenskommelsen' },
    ]);
    expect(view.generatedOn).toBe('1 juni 2025');
    // --agreement picks one whatever its validity.
    const one = buildReportView({ ...base, derived, agreementId: 'old' });
    expect(one.agreements.map((a) => a.id)).toEqual(['old']);
    expect(one.title).toBe('Årsrapport 2024: Gammal');
    expect(one.multiple).toBe(false);
  });

  it('rejects an unknown --agreement with the ids and a did-you-mean', async () => {
    const derived = await derive([agreementDoc()]);
    const attempt = () => buildReportView({ ...base, derived, agreementId: 'gnesta-2032' });
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow('Det finns ingen överenskommelse med id "gnesta-2032" – menade du "gnesta-2023"? Överenskommelser: gnesta-2023.');
  });

  it('still renders a year without agreements', async () => {
    const view = buildReportView({ ...base, year: 2030, derived: await derive([agreementDoc()]) });
    expect(view).toMatchObject({ noAgreements: true, multiple: false, agreements: [], toc: [] });
  });

  it("fills goals and measures from the year's follow-up and marks what it lacks", async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc(), followUp2024]) });
    const [report] = view.agreements;
    const unga = report?.focusAreas[0];
    expect(report?.followUp).toEqual({ id: 'gnesta-2023-2024', reportedOn: '25 mars 2025' });
    expect(unga?.goals.map((g) => [g.id, g.kindKey, g.assessment, g.comment])).toEqual([
      ['em-1', 'effect', 'delvis uppnått', 'Nästan.'],
      ['om-1', 'output', 'uppgift saknas', null],
    ]);
    expect(unga?.measures.map((m) => [m.id, m.responsible, m.due, m.statusKey, m.status])).toEqual([
      ['at-1', 'Gnesta kommun, LPO Nyköping/Gnesta', '31 mars 2024', 'done', 'genomförd'],
      ['at-2', 'LPO Nyköping/Gnesta', null, 'unreported', 'uppgift saknas'],
    ]);
    expect(report?.focusAreas[1]).toMatchObject({ goalsMissing: true, measuresMissing: true, indicatorsMissing: true, causeAnalysis: null });
    expect(report?.summary.measuresByStatus.map((r) => `${r.key}=${r.count}`)).toEqual([
      'done=1', 'ongoing=0', 'not_started=0', 'postponed=0', 'cancelled=0', 'unreported=1',
    ]);
    expect(report?.summary.goalsByAssessment.map((r) => `${r.key}=${r.count}`)).toEqual([
      'achieved=0', 'partly_achieved=1', 'not_achieved=0', 'not_assessed=0', 'unreported=1',
    ]);
    expect(report?.summary.missing).toBe(false);
  });

  it('marks a year without a follow-up, promises or reviews as missing', async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc({ case_number: undefined, purpose: undefined })]) });
    const report = view.agreements[0];
    expect(report).toMatchObject({ followUp: null, caseNumber: null, purpose: null });
    expect(report?.summary.missing).toBe(true);
    expect(report?.promises).toEqual({ items: [], missing: true });
    expect(report?.reviews).toEqual({ items: [], missing: true });
  });

  it('gathers indicator values up to the year, a follow-up winning over a situation report', async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc(), followUp2024, lagesbild]) });
    const [vald, trygg] = view.agreements[0]?.focusAreas[0]?.indicators ?? [];
    expect(vald?.values).toEqual([
      { year: 2022, value: '1\u00a0600', number: 1600 },
      { year: 2023, value: '1\u00a0500', number: 1500 },
      { year: 2024, value: '1\u00a0480,5', number: 1480.5 },
    ]);
    expect(vald).toMatchObject({ unit: 'per 100\u00a0000 invånare', better: 'lägre är bättre', trend: { key: 'improving', label: 'förbättras' } });
    expect(vald?.goals).toEqual(['em-1', 'om-1']);
    expect(vald?.anchor).toBe('gnesta-2023__fa-unga__ind-vald');
    expect(trygg).toMatchObject({ missing: true, values: [], source: 'Trygghetsmätningen', trend: { key: 'unknown' } });
    expect(view.agreements[0]?.otherIndicators.map((i) => i.id)).toEqual(['ind-extra']);
  });

  it("takes the year's promises and reviews, and the kommun's duties under the law", async () => {
    const derived = await derive([
      agreementDoc(),
      lagesbild,
      { kind: 'citizen_promises', id: 'cp-2023', agreement: 'gnesta-2023', period: { from: '2023-01-01', to: '2023-12-31' }, promises: [{ id: 'l', text: 'Gammalt' }] },
      {
        kind: 'citizen_promises',
        id: 'cp-2024',
        agreement: 'gnesta-2023',
        period: { from: '2024-01-01', to: '2025-12-31' },
        promises: [{ id: 'l', text: 'Vi syns', focus_area: 'fa-unga', activities: [{ id: 'a', text: 'Vandra', responsible: ['polisen'] }] }],
      },
      { kind: 'annual_review', id: 'r-2024', agreement: 'gnesta-2023', held_on: '2024-01-15', outcome: 'revised', notes: 'Nytt mål.' },
      { kind: 'annual_review', id: 'r-2025', agreement: 'gnesta-2023', held_on: '2025-01-15', outcome: 'unchanged' },
    ]);
    const report = buildReportView({ ...base, derived }).agreements[0];
    expect(report?.promises.items).toEqual([
      {
        id: 'cp-2024',
        period: '1 januari 2024 – 31 december 2025',
        signedOn: null,
        promises: [{ id: 'l', text: 'Vi syns', focusArea: 'Unga', activities: [{ id: 'a', text: 'Vandra', responsible: 'LPO Nyköping/Gnesta' }] }],
      },
    ]);
    expect(report?.reviews.items).toEqual([{ id: 'r-2024', heldOn: '15 januari 2024', outcome: 'reviderad', outcomeKey: 'revised', notes: 'Nytt mål.' }]);
    expect(report?.law.kommuner).toEqual([
      {
        code: '0461',
        name: 'Gnesta (0461)',
        situationReport: { last: '14 maj 2024', document: 'lagesbild-2024', nextDue: '15 maj 2026', status: 'kommande', statusKey: 'upcoming' },
        actionPlan: { last: null, document: null, nextDue: '1 juli 2024', status: 'försenad', statusKey: 'overdue' },
      },
    ]);
    expect(report?.summary.overdue.map((d) => d.typeKey)).toContain('action_plan_review');
    expect(report?.deadlinesAhead.items.every((d) => d.statusKey === 'upcoming')).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    const view = buildReportView({ ...base, lang: 'en', derived: await derive([agreementDoc(), followUp2024]) });
    expect(view).toMatchObject({ htmlLang: 'en', title: 'Annual report 2024: Överenskommelse Gnesta', generatedOn: '1 June 2025' });
    expect(view.words.missing).toBe('no data');
    expect(view.agreements[0]?.state).toBe('active');
    expect(view.agreements[0]?.focusAreas[0]?.goals[0]?.assessment).toBe('partly achieved');
    expect(view.agreements[0]?.focusAreas[0]?.indicators[0]?.values.at(-1)?.value).toBe('1,480.5');
  });
});

describe('headingSlug', () => {
  it('makes the slug GitHub gives a heading', () => {
    expect(headingSlug('Samverkan Gnesta/Nyköping 2023–2027')).toBe('samverkan-gnestanyköping-20232027');
    expect(headingSlug('A_b (c) "d"')).toBe('a_b-c-d');
  });
});

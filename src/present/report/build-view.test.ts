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

const base = { year: 2024, lang: 'sv' as const, asOf: '2025-06-01', commit: null, version: '9.9.9' };

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
    expect(view.heading).toBe('Årsrapport 2024');
    expect(view.toc).toEqual([
      { anchor: 'gnesta-2023', mdAnchor: 'överenskommelse-gnesta', title: 'Överenskommelse Gnesta' },
      { anchor: 'second', mdAnchor: 'andra-överenskommelsen', title: 'Andra överenskommelsen' },
      { anchor: 'bilaga_underlag', mdAnchor: 'underlag', title: 'Underlag' },
    ]);
    expect(view.generatedOn).toBe('1 juni 2025');
    expect(view.colophon).toBe('Sammanställd 1 juni 2025 med samverkan 9.9.9.');
    // --agreement picks one whatever its validity; its title is the document's, not a second heading.
    const one = buildReportView({ ...base, derived, agreementId: 'old', commit: '0b7533f' });
    expect(one.agreements.map((a) => a.id)).toEqual(['old']);
    expect(one.title).toBe('Årsrapport 2024: Gammal');
    expect(one.heading).toBe('Årsrapport 2024');
    expect(one.multiple).toBe(false);
    expect(one.colophon).toBe('Sammanställd 1 juni 2025 med samverkan 9.9.9 ur arkivets version 0b7533f.');
  });

  it('rejects an unknown --agreement with the ids and a did-you-mean', async () => {
    const derived = await derive([agreementDoc()]);
    const attempt = () => buildReportView({ ...base, derived, agreementId: 'gnesta-2032' });
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow('Det finns ingen överenskommelse med id "gnesta-2032" – menade du "gnesta-2023"? Överenskommelser: gnesta-2023.');
  });

  it('still renders a year without agreements', async () => {
    const view = buildReportView({ ...base, year: 2030, derived: await derive([agreementDoc()]) });
    expect(view).toMatchObject({ noAgreements: true, multiple: false, agreements: [], noAgreementsText: 'Ingen överenskommelse gäller under 2030.' });
    expect(view.sources.items).toEqual([]);
  });

  it("fills goals and measures from the year's follow-up and marks what it lacks", async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc(), followUp2024]) });
    const [report] = view.agreements;
    const unga = report?.focusAreas[0];
    expect(report?.followUp).toEqual({ reportedOn: '25 mars 2025' });
    expect(unga?.goals.map((g) => [g.id, g.kindKey, g.assessment, g.comment])).toEqual([
      ['em-1', 'effect', 'delvis uppnått', 'Nästan.'],
      ['om-1', 'output', 'uppgift saknas', null],
    ]);
    expect(unga?.measures.map((m) => [m.id, m.responsible, m.due, m.statusKey, m.status])).toEqual([
      ['at-1', 'Gnesta kommun, LPO Nyköping/Gnesta', '31 mars 2024', 'done', 'genomförd'],
      ['at-2', 'LPO Nyköping/Gnesta', null, 'unreported', 'uppgift saknas'],
    ]);
    expect(report?.focusAreas[1]).toMatchObject({ goalsMissing: true, measuresMissing: true, indicatorsMissing: true, causeAnalysis: null });
    // Statuses no measure has carry nothing: no rows of zeros.
    expect(report?.summary.measuresByStatus.map((r) => `${r.key}=${r.count}`)).toEqual(['done=1', 'unreported=1']);
    expect(report?.summary.goalsByAssessment.map((r) => `${r.key}=${r.count}`)).toEqual(['partly_achieved=1', 'unreported=1']);
    expect(report?.summary.missing).toBe(false);
    expect(report?.summary.lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Åtgärder: 2, varav 1 genomförd och 1 utan uppgift om status',
      'Mål: 2, varav 1 delvis uppnått och 1 utan bedömning',
      'Indikatorer: 3, varav 1 utvecklas åt rätt håll och 2 har för få värden för att bedömas',
      // On the as-of date: two reviews, the follow-up of 2023 and both duties of the law.
      'Försenade tidsfrister den 1 juni 2025: 5',
    ]);
  });

  it('opens with whose report it is, and marks a missing follow-up, which is owed, as missing', async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc({ case_number: undefined, purpose: undefined })]) });
    const report = view.agreements[0];
    expect(report).toMatchObject({ followUp: null, caseNumber: null, purpose: null });
    // No case number and no report_to: optional, so left out rather than called missing.
    expect(report?.facts.map((f) => [f.label, f.value, f.missing])).toEqual([
      ['Kommun', 'Gnesta kommun', false],
      ['Lokalpolisområde', 'LPO Nyköping/Gnesta (polisregion Öst)', false],
      ['Giltighetstid', '1 januari 2023 – 31 december 2026', false],
      ['Rapportår', '2024', false],
      ['Uppföljningen', 'uppgift saknas', true],
    ]);
    expect(report?.summary.missing).toBe(true);
    expect(report?.summary.lines[0]?.text).toBe('2, alla utan uppgift om status');
    expect(report?.promises).toEqual({ items: [], missing: true });
    expect(report?.reviews).toEqual({ items: [], missing: true });
  });

  it('names the bodies reported to and both kommuner of a joint agreement', async () => {
    const joint = agreementDoc({
      follow_up: { report_to: ['Kommunstyrelsen', 'Lokalpolisområdeschefen'] },
      parties: [
        { id: 'kommun', type: 'municipality', name: 'Gnesta kommun', municipality_code: '0461' },
        { id: 'trosa', type: 'municipality', name: 'Trosa kommun', municipality_code: '0488' },
        { id: 'polisen', type: 'police', name: 'LPO Nyköping/Gnesta' },
      ],
    });
    const report = buildReportView({ ...base, derived: await derive([joint]) }).agreements[0];
    expect(report?.facts.slice(0, 2).map((f) => `${f.label}: ${f.value}`)).toEqual(['Kommuner: Gnesta kommun och Trosa kommun', 'Lokalpolisområde: LPO Nyköping/Gnesta']);
    expect(report?.facts.find((f) => f.key === 'reportTo')?.value).toBe('Kommunstyrelsen och Lokalpolisområdeschefen');
    // With two kommuner, a duty under the law says whose it is.
    expect(report?.today.overdue.map((d) => d.title)).toContain('Följ upp åtgärdsplanen (lag 2023:196): Trosa kommun');
  });

  it('gathers indicator values up to the year, a follow-up winning over a situation report', async () => {
    const view = buildReportView({ ...base, derived: await derive([agreementDoc(), followUp2024, lagesbild]) });
    const [vald, trygg] = view.agreements[0]?.focusAreas[0]?.indicators ?? [];
    expect(vald?.values).toEqual([
      { year: 2022, value: '1\u00a0600', number: 1600 },
      { year: 2023, value: '1\u00a0500', number: 1500 },
      { year: 2024, value: '1\u00a0480,5', number: 1480.5 },
    ]);
    expect(vald).toMatchObject({ unit: 'per 100\u00a0000 invånare', better: 'lägre är bättre', trend: { key: 'improving', label: 'åt rätt håll' } });
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
    expect(report?.today.law.kommuner).toEqual([
      {
        code: '0461',
        name: 'Gnesta kommun',
        situationReport: { last: '14 maj 2024', document: 'Lägesbild 2024', nextDue: '15 maj 2026' },
        actionPlan: { last: null, document: null, nextDue: '1 juli 2024' },
      },
    ]);
    expect(report?.today.heading).toBe('Läget den 1 juni 2025');
    expect(report?.today.overdue.map((d) => d.typeKey)).toContain('action_plan_review');
    expect(report?.today.ahead.every((d) => d.statusKey === 'upcoming')).toBe(true);
    // Citizen promises are named by their period, not their id.
    expect(report?.today.ahead.map((d) => d.title)).toContain('Förnya medborgarlöften (1 januari 2024 – 31 december 2025)');
  });

  it("lists the year's deadlines with what came of them, apart from what is overdue today", async () => {
    const derived = await derive(
      [
        agreementDoc(),
        lagesbild,
        { kind: 'follow_up', id: 'f-2023', agreement: 'gnesta-2023', year: 2023, reported_on: '2024-04-20' },
        { kind: 'annual_review', id: 'r-2024', agreement: 'gnesta-2023', held_on: '2023-12-20', outcome: 'unchanged' },
        { kind: 'action_plan', id: 'plan', municipality_code: '0461', decided_by: 'KF', decided_on: '2025-02-03' },
      ],
      '2025-06-01',
    );
    const report = buildReportView({ ...base, derived }).agreements[0];
    expect(report?.yearDeadlines.heading).toBe('Tidsfrister 2024');
    expect(report?.yearDeadlines.items.map((d) => `${d.dateIso} ${d.title}: ${d.result}`)).toEqual([
      // 1 January 2024 is a holiday: the review moves to the 2nd, and none was held in 2024.
      '2024-01-02 Aktualitetsprövning: inte klar',
      '2024-04-02 Uppföljning av 2023 till kommunstyrelsen: klar för sent (20 april 2024)',
      // The law's first due date, met by the lägesbild of May and missed by the plan until 2025.
      '2024-07-01 Uppdatera lägesbilden (lag 2023:196): klar i tid (14 maj 2024)',
      '2024-07-01 Följ upp åtgärdsplanen (lag 2023:196): klar för sent (3 februari 2025)',
    ]);
    expect(report?.yearDeadlines.items.map((d) => d.resultKey)).toEqual(['missed', 'late', 'on_time', 'late']);
    // What the report was built from, for the appendix.
    const view = buildReportView({ ...base, derived });
    expect(view.sources.items.map((s) => `${s.kind} ${s.id}`)).toEqual([
      'Samverkansöverenskommelse gnesta-2023',
      'Lägesbild lagesbild-2024',
      'Uppföljning f-2023',
      'Åtgärdsplan plan',
    ]);
  });

  it('speaks English with --lang en', async () => {
    const view = buildReportView({ ...base, lang: 'en', derived: await derive([agreementDoc(), followUp2024]) });
    expect(view).toMatchObject({ htmlLang: 'en', title: 'Annual report 2024: Överenskommelse Gnesta', generatedOn: '1 June 2025' });
    expect(view.colophon).toBe('Compiled on 1 June 2025 with samverkan 9.9.9.');
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

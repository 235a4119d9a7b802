import { describe, expect, it } from 'vitest';
import type { TypedDocument } from '../domain/typed-document.js';
import { deriveDeadlines } from './deadlines.js';
import { deriveRun } from './deadline.js';
import { dutyHistory } from './kommun-duties.js';
import { actionPlan, agreement, indexOf, situationReport } from './test-documents.js';
import type { Deadline } from './types.js';

/**
 * format.md, "Deadlines": each kommun's duties under lag (2023:196) 6 § and its transitional
 * rule — situation_report_update and action_plan_review, rolling, upcoming or overdue.
 */
const AS_OF = '2026-11-24';
const duties = (documents: TypedDocument[], asOf = AS_OF, workingDays = true) =>
  deriveDeadlines(indexOf(documents), { asOf, workingDays })
    .filter((d) => d.agreement === null)
    .map(({ type, date, nominalDate, status, municipalityCode }: Deadline) => ({ type, municipalityCode, date, nominalDate, status }));

const gnesta = agreement({ id: 'gnesta-2023', valid_from: '2023-06-20', valid_to: '2027-05-31', municipalityCode: '0461' });

describe('a kommun’s duties under lag (2023:196)', () => {
  it('with no situation report or action plan: both due 2024-07-01, overdue as of 2026-11-24', () => {
    expect(duties([gnesta])).toEqual([
      { type: 'situation_report_update', municipalityCode: '0461', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue' },
      { type: 'action_plan_review', municipalityCode: '0461', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue' },
    ]);
  });

  it('before 2024-07-01 they are upcoming', () => {
    expect(duties([gnesta], '2024-07-01').map((d) => d.status)).toEqual(['upcoming', 'upcoming']);
  });

  it('a report adopted 2024-05-14 is due again 2026-05-14 (Kristi himmelsfärdsdag → Friday 15 May), overdue', () => {
    const report = situationReport('gnesta-lagesbild-2024', '0461', '2024-05-14');
    expect(duties([gnesta, report]).filter((d) => d.type === 'situation_report_update')).toEqual([
      { type: 'situation_report_update', municipalityCode: '0461', date: '2026-05-15', nominalDate: '2026-05-14', status: 'overdue' },
    ]);
  });

  it('is rolling: only the next one, from the latest adopted report, whatever the file order', () => {
    const reports = [
      situationReport('r-2024', '0461', '2024-05-14'),
      situationReport('r-2025', '0461', '2025-09-10'),
      situationReport('r-2022', '0461', '2022-03-15'),
      situationReport('r-draft', '0461'),
    ];
    const found = duties([gnesta, ...reports]).filter((d) => d.type === 'situation_report_update');
    expect(found).toEqual([{ type: 'situation_report_update', municipalityCode: '0461', date: '2027-09-10', nominalDate: '2027-09-10', status: 'upcoming' }]);
  });

  it('a report adopted after D has not happened yet: before, on and after the day', () => {
    const report = situationReport('gnesta-lagesbild-2024', '0461', '2024-05-14');
    const due = (asOf: string) => duties([gnesta, report], asOf).find((d) => d.type === 'situation_report_update')?.nominalDate;
    expect(due('2024-05-13')).toBe('2024-07-01');
    expect(due('2024-05-14')).toBe('2026-05-14');
    expect(due('2024-05-15')).toBe('2026-05-14');
  });

  it('a plan decided or followed up after D has not happened yet', () => {
    const plan = actionPlan('p', '0461', { decidedOn: '2024-06-12', followedUpOn: ['2025-06-10'] });
    const due = (asOf: string) => duties([gnesta, plan], asOf).find((d) => d.type === 'action_plan_review')?.nominalDate;
    expect(due('2024-06-11')).toBe('2024-07-01');
    expect(due('2024-06-12')).toBe('2026-06-12');
    expect(due('2025-06-09')).toBe('2026-06-12');
    expect(due('2025-06-10')).toBe('2027-06-10');
  });

  it('a report without adopted_on does not count: still 2024-07-01', () => {
    const found = duties([gnesta, situationReport('r', '0461')]).filter((d) => d.type === 'situation_report_update');
    expect(found.map((d) => d.nominalDate)).toEqual(['2024-07-01']);
  });

  it('action_plan_review follows the latest decided_on or followed_up_on', () => {
    const plans = [actionPlan('p-2024', '0461', { decidedOn: '2024-06-17', followedUpOn: ['2025-06-16', '2024-12-01'] })];
    expect(duties([gnesta, ...plans]).filter((d) => d.type === 'action_plan_review')).toEqual([
      { type: 'action_plan_review', municipalityCode: '0461', date: '2027-06-16', nominalDate: '2027-06-16', status: 'upcoming' },
    ]);
  });

  it('action_plan_review from decided_on alone: 2024-06-12 + 2 years, overdue', () => {
    const plans = [actionPlan('p', '0461', { decidedOn: '2024-06-12' })];
    expect(duties([gnesta, ...plans]).filter((d) => d.type === 'action_plan_review').map((d) => [d.date, d.status])).toEqual([['2026-06-12', 'overdue']]);
  });

  it('a plan not yet decided does not count', () => {
    const found = duties([gnesta, actionPlan('p', '0461')]).filter((d) => d.type === 'action_plan_review');
    expect(found.map((d) => d.nominalDate)).toEqual(['2024-07-01']);
  });

  it('+2 years from 29 February is 28 February', () => {
    const found = duties([gnesta, situationReport('r', '0461', '2024-02-29')], AS_OF, false).filter((d) => d.type === 'situation_report_update');
    expect(found.map((d) => d.nominalDate)).toEqual(['2026-02-28']);
  });

  it('every kommun named by an agreement party, a situation report or an action plan, once each', () => {
    const twoKommuner = agreement({
      id: 'joint',
      valid_from: '2023-01-01',
      valid_to: '2026-12-31',
      parties: [
        { id: 'k1', type: 'municipality', name: 'Burlövs kommun', municipality_code: '1231' },
        { id: 'k2', type: 'municipality', name: 'Lomma kommun', municipality_code: '1262' },
        { id: 'p', type: 'police', name: 'LPO', police_region: 'Syd' },
      ],
      signatories: [{ name: 'A', role: 'KSO', party: 'k1', signed_on: '2022-12-01' }],
    });
    const draft = agreement({ id: 'draft', valid_from: '2027-01-01', valid_to: '2030-12-31', municipalityCode: '0486', signedOn: null });
    const documents = [gnesta, twoKommuner, draft, situationReport('r', '0780', '2025-01-10'), actionPlan('p', '1287'), situationReport('r2', '0461', '2025-01-10')];
    const codes = duties(documents).map((d) => `${d.municipalityCode} ${d.type}`);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...new Set(duties(documents).map((d) => d.municipalityCode))].sort()).toEqual(['0461', '0486', '0780', '1231', '1262', '1287']);
  });

  it('is never done, has no agreement, and points at the latest report or else the kommun’s first document', () => {
    const report = situationReport('r', '0461', '2026-01-20');
    const found = deriveDeadlines(indexOf([gnesta, report]), { asOf: AS_OF, workingDays: true }).filter((d) => d.agreement === null);
    const update = found.find((d) => d.type === 'situation_report_update');
    const review = found.find((d) => d.type === 'action_plan_review');
    expect([update?.status, review?.status]).toEqual(['upcoming', 'overdue']);
    expect(update).toMatchObject({ type: 'situation_report_update', agreement: null, origin: { file: 'situation-reports/r.yaml', pointer: '/adopted_on' } });
    expect(report.loaded.source.lineText(update?.origin.line ?? 0)).toContain('adopted_on: 2026-01-20');
    // No action plan: the kommun is first named by the agreement (agreements/ sorts before situation-reports/).
    expect(review).toMatchObject({ type: 'action_plan_review', origin: { file: 'agreements/gnesta-2023.yaml', pointer: '/parties/0/municipality_code' } });
    expect(gnesta.loaded.source.lineText(review?.origin.line ?? 0)).toContain('municipality_code: "0461"');
  });

  it('working_days false keeps 2026-05-14', () => {
    const report = situationReport('r', '0461', '2024-05-14');
    expect(duties([gnesta, report], AS_OF, false).filter((d) => d.type === 'situation_report_update').map((d) => d.date)).toEqual(['2026-05-14']);
  });
});

describe('dutyHistory: every due date a rolling duty has had', () => {
  it('the transitional date while none was done, then two years after each time it was, moved to a working day', () => {
    expect(dutyHistory(['2026-05-14', '2024-05-14', '2024-05-14'], deriveRun({ asOf: AS_OF, workingDays: true }))).toEqual([
      { nominalDate: '2024-07-01', date: '2024-07-01', doneOn: '2024-05-14' },
      // Kristi himmelsfärdsdag 2026 → Friday 15 May.
      { nominalDate: '2026-05-14', date: '2026-05-15', doneOn: '2026-05-14' },
      { nominalDate: '2028-05-14', date: '2028-05-15', doneOn: undefined },
    ]);
  });

  it('its last step is the deadline the repository derives', () => {
    const steps = dutyHistory(['2024-05-14'], deriveRun({ asOf: AS_OF, workingDays: false }));
    expect(steps.at(-1)).toEqual({ nominalDate: '2026-05-14', date: '2026-05-14', doneOn: undefined });
    expect(duties([gnesta, situationReport('r-2024', '0461', '2024-05-14')], AS_OF, false).find((d) => d.type === 'situation_report_update')?.date).toBe('2026-05-14');
    expect(dutyHistory([], deriveRun({ asOf: AS_OF, workingDays: true }))).toEqual([{ nominalDate: '2024-07-01', date: '2024-07-01', doneOn: undefined }]);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveDeadlines } from './deadlines.js';
import { deriveStatus } from './status.js';
import { agreement, annualReview, followUp, indexOf, situationReport } from './test-documents.js';

const options = (asOf: string) => ({ asOf, workingDays: true });

describe('deriveStatus', () => {
  const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31', municipalityCode: '1231' });
  const b = agreement({ id: 'b', valid_from: '2023-06-20', valid_to: '2027-05-31', municipalityCode: '0461' });
  const c = agreement({ id: 'c', valid_from: '2019-01-01', valid_to: '2022-12-31', municipalityCode: '1231' });
  const draft = agreement({ id: 'd', valid_from: '2027-01-01', valid_to: '2030-12-31', municipalityCode: '0461', signedOn: null });
  const documents = [
    a,
    b,
    c,
    draft,
    followUp('a', 2023, '2024-03-12'),
    followUp('a', 2024, '2025-03-11'),
    annualReview('a', '2024-07-01'),
    situationReport('r', '1231', '2024-04-16'),
  ];

  it('gives each agreement its state and days left to valid_to, sorted by kommun, valid_from, id', () => {
    const { agreements } = deriveStatus(indexOf(documents), options('2026-11-24'));
    expect(agreements.map(({ id, state, daysLeft, municipalityCodes }) => ({ id, state, daysLeft, municipalityCodes }))).toEqual([
      { id: 'b', state: 'active', daysLeft: 188, municipalityCodes: ['0461'] },
      { id: 'd', state: 'draft', daysLeft: 1498, municipalityCodes: ['0461'] },
      { id: 'c', state: 'expired', daysLeft: -1424, municipalityCodes: ['1231'] },
      { id: 'a', state: 'expiring', daysLeft: 37, municipalityCodes: ['1231'] },
    ]);
  });

  it('counts days left as 0 on the last day and negative once passed', () => {
    expect(deriveStatus(indexOf([a]), options('2026-12-31')).agreements[0]?.daysLeft).toBe(0);
    expect(deriveStatus(indexOf([a]), options('2027-01-01')).agreements[0]?.daysLeft).toBe(-1);
  });

  it('names the next deadline not done and counts the overdue ones', () => {
    const { agreements } = deriveStatus(indexOf(documents), options('2026-11-24'));
    const status = agreements.find((s) => s.id === 'a');
    // a: reviews 2024 (done by 2024-07-01), 2025-07-01 and 2026-07-01 (overdue); follow-ups for
    // 2023 and 2024 done, 2025 (2026-03-31) overdue, 2026 upcoming; renewal_start 2026-06-30
    // overdue; expiry 2026-12-31 upcoming.
    expect(status?.overdue).toBe(4);
    expect(status?.nextDeadline).toMatchObject({ type: 'annual_review', nominalDate: '2025-07-01', status: 'overdue' });
    expect(agreements.find((s) => s.id === 'd')).toMatchObject({ nextDeadline: undefined, overdue: 0 });
  });

  it("counts each kommun's overdue duties under the law once, with its current agreement", () => {
    const { agreements } = deriveStatus(indexOf(documents), options('2026-11-24'));
    // 1231: the lägesbild of 2024-04-16 was due again 2026-04-16, and no åtgärdsplan was decided
    // (due 2024-07-01); they count with a (expiring), not c (expired). 0461: neither, with b.
    expect(Object.fromEntries(agreements.map((s) => [s.id, [s.overdue, s.lawOverdue]]))).toEqual({ a: [4, 2], b: [6, 2], c: [9, 0], d: [0, 0] });
    // Before the law's first date nothing of the kommun is overdue.
    expect(deriveStatus(indexOf(documents), options('2024-06-30')).agreements.map((s) => s.lawOverdue)).toEqual([0, 0, 0, 0]);
  });

  it('lists every deadline, done ones included, the same as deriveDeadlines', () => {
    const result = deriveStatus(indexOf(documents), options('2026-11-24'));
    expect(result.deadlines).toEqual(deriveDeadlines(indexOf(documents), options('2026-11-24')));
    expect(result.deadlines.some((d) => d.status === 'done')).toBe(true);
  });

  it('keeps the title, validity and where the agreement is', () => {
    const [status] = deriveStatus(indexOf([a]), options('2026-11-24')).agreements;
    expect(status).toMatchObject({ title: 'Överenskommelse a', validFrom: '2023-07-01', validTo: '2026-12-31', origin: { file: 'agreements/a.yaml', line: 1, column: 1, pointer: '' } });
  });
});

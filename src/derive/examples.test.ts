import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRepository } from '../check/validate-repository.js';
import { deriveStatus, type DerivedStatus } from './status.js';

/**
 * The bundled examples as of 2026-11-24, the date their README describes. Each expectation is
 * worked out by hand from the files and format.md.
 */
const ROOT = fileURLToPath(new URL('../../examples', import.meta.url));
const AS_OF = '2026-11-24';

let derived: DerivedStatus;

beforeAll(async () => {
  const validation = await validateRepository({ root: ROOT });
  derived = deriveStatus(validation.index, { asOf: AS_OF, workingDays: validation.config.deadlines?.working_days ?? true });
});

describe('the examples as of 2026-11-24', () => {
  it.each([
    // valid_to 2027-05-31 − 6 months = 2026-11-30, still ahead.
    ['gnesta-2023', 'active'],
    // Ended 2026-06-20; its successor strangnas-2026 is unsigned, so it does not supersede it.
    ['strangnas-2023', 'expired'],
    ['strangnas-2026', 'draft'],
    ['trelleborg-2019', 'expired'],
    // vaxjo-2023 is signed, supersedes it and began 2023-10-01.
    ['vaxjo-2019', 'superseded'],
    // renewal_notice_months 12: 2027-09-30 − 12 months = 2026-09-30 ≤ D, no successor.
    ['vaxjo-2023', 'expiring'],
    // 2026-12-31 − 6 months = 2026-06-30 ≤ D.
    ['burlov-2023', 'expiring'],
  ])('%s is %s', (id, state) => {
    expect(derived.agreements.find((a) => a.id === id)?.state).toBe(state);
  });

  it('lists the agreements by kommunkod, then valid_from', () => {
    expect(derived.agreements.map((a) => a.id)).toEqual([
      'gnesta-2023',
      'strangnas-2023',
      'strangnas-2026',
      'vaxjo-2019',
      'vaxjo-2023',
      'burlov-2023',
      'trelleborg-2019',
    ]);
    expect(derived.agreements.find((a) => a.id === 'gnesta-2023')?.daysLeft).toBe(188);
  });

  it('has the overdue deadlines the README describes', () => {
    const find = (type: string, agreement: string | null, code?: string) =>
      derived.deadlines.filter((d) => d.type === type && d.agreement === agreement && (code === undefined || d.municipalityCode === code));
    // Gnesta's follow-up of 2025 has no reported_on: due 2026-03-31, a Tuesday.
    expect(find('follow_up_report', 'gnesta-2023').find((d) => d.subject === '2025')).toMatchObject({ date: '2026-03-31', status: 'overdue' });
    // Växjö's latest situation report was adopted 2022-03-15 → 2024-03-15, a Friday.
    expect(find('situation_report_update', null, '0780')).toMatchObject([{ date: '2024-03-15', status: 'overdue' }]);
    // Strängnäs and Trelleborg have none: the transitional date.
    expect(find('situation_report_update', null, '0486')).toMatchObject([{ date: '2024-07-01', status: 'overdue' }]);
    expect(find('action_plan_review', null, '1287')).toMatchObject([{ date: '2024-07-01', status: 'overdue' }]);
    // Gnesta's report of 2024-05-14 → 2026-05-14, Kristi himmelsfärdsdag → Friday 15 May.
    expect(find('situation_report_update', null, '0461')).toMatchObject([{ date: '2026-05-15', nominalDate: '2026-05-14', status: 'overdue' }]);
    // Gnesta's plan was followed up 2025-06-16 → 2027-06-16.
    expect(find('action_plan_review', null, '0461')).toMatchObject([{ date: '2027-06-16', status: 'upcoming' }]);
    // Strängnäs' expiry is a date of record: Saturday 2026-06-20, unmoved, not done.
    expect(find('expiry', 'strangnas-2023')).toMatchObject([{ date: '2026-06-20', status: 'overdue' }]);
    // Växjö 2019 was superseded by a signed agreement: its renewal and expiry are done.
    expect(find('expiry', 'vaxjo-2019').map((d) => d.status)).toEqual(['done']);
    expect(find('renewal_start', 'vaxjo-2019').map((d) => d.status)).toEqual(['done']);
    // The draft has no deadlines.
    expect(find('expiry', 'strangnas-2026')).toEqual([]);
  });

  it('is sorted by date', () => {
    const dates = derived.deadlines.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { latestRecordedDate } from './derive-repository.js';
import { actionPlan, agreement, annualReview, citizenPromises, followUp, situationReport } from './test-documents.js';

describe('latestRecordedDate: the calendar’s stamp', () => {
  const signed = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2027-06-20', signedOn: '2023-06-01' });

  it('is the latest signature, review, follow-up, adoption, decision or follow-up of a plan', () => {
    const cases = [
      [annualReview('a', '2024-06-10'), '2024-06-10'],
      [followUp('a', 2024, '2025-03-02'), '2025-03-02'],
      [situationReport('lb', '0461', '2025-04-03'), '2025-04-03'],
      [actionPlan('ap', '0461', { decidedOn: '2025-05-04' }), '2025-05-04'],
      [actionPlan('ap', '0461', { decidedOn: '2024-01-01', followedUpOn: ['2025-06-05', '2024-02-02'] }), '2025-06-05'],
    ] as const;
    for (const [document, expected] of cases) expect(latestRecordedDate([signed, document])).toBe(expected);
    expect(latestRecordedDate([signed])).toBe('2023-06-01');
  });

  it('takes each signatory’s date, and none of a signature not yet given', () => {
    const half = agreement({ id: 'b', valid_from: '2023-06-20', valid_to: '2027-06-20', signedOn: null });
    expect(latestRecordedDate([half])).toBeUndefined();
    // The same signatories, each signing on a day of their own.
    const days = ['2023-06-01', '2023-06-15'];
    const signatories = half.data.signatories.map((s, i) => ({ ...s, signed_on: days[i] }));
    const late = agreement({ id: 'c', valid_from: '2023-06-20', valid_to: '2027-06-20', signatories });
    expect(latestRecordedDate([late])).toBe('2023-06-15');
  });

  it('passes over validity and period dates, which may lie years ahead', () => {
    const promises = citizenPromises('lofte', 'a', '2024-01-01', '2030-12-31');
    expect(latestRecordedDate([signed, promises, followUp('a', 2029)])).toBe('2023-06-01');
  });
});

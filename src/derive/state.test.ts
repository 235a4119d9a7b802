import { describe, expect, it } from 'vitest';
import type { TypedDocument } from '../domain/typed-document.js';
import { agreementState } from './state.js';
import { agreement, annualReview, indexOf, type Built } from './test-documents.js';
import type { AgreementState } from './types.js';

/**
 * format.md, "Derived state of an agreement, as of a date D" — first match wins:
 * draft, terminated, superseded, upcoming, expired, expiring, active.
 * The agreement under test, `a`, is valid 2023-07-01 – 2026-12-31 with the default six months'
 * notice, so it is expiring from 2026-06-30; it is signed on 2023-06-20, before it begins.
 */
const A = { id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' };
const a = agreement({ ...A, signedOn: '2023-06-20' });
const unsigned = agreement({ ...A, signedOn: null });
const noSignatories = agreement({ ...A, signatories: [] });
const halfSigned = agreement({
  ...A,
  signatories: [
    { name: 'Anna Andersson', role: 'KSO', party: 'kommun', signed_on: '2023-06-20' },
    { name: 'Bo Berg', role: 'LPO-chef', party: 'polisen' },
  ],
});
function halfSignedLater(): Built<'agreement'> {
  return agreement({
    ...A,
    signatories: [
      { name: 'Anna Andersson', role: 'KSO', party: 'kommun', signed_on: '2023-06-20' },
      { name: 'Bo Berg', role: 'LPO-chef', party: 'polisen', signed_on: '2023-06-30' },
    ],
  });
}
const successor = (fields: { valid_from: string; signedOn?: string | null }) =>
  agreement({ id: 'b', supersedes: 'a', valid_to: '2030-12-31', signedOn: '2025-03-01', ...fields });

interface Case {
  name: string;
  subject?: Built<'agreement'>;
  others?: TypedDocument[];
  asOf: string;
  state: AgreementState;
}

const cases: Case[] = [
  // 1. draft
  { name: 'draft: no signatories', subject: noSignatories, asOf: '2024-01-01', state: 'draft' },
  { name: 'draft: every signatory unsigned', subject: unsigned, asOf: '2024-01-01', state: 'draft' },
  { name: 'draft: one signatory without signed_on', subject: halfSigned, asOf: '2024-01-01', state: 'draft' },
  { name: 'draft wins over terminated', subject: unsigned, others: [annualReview('a', '2024-05-01', 'terminated')], asOf: '2025-01-01', state: 'draft' },
  { name: 'draft wins over expired', subject: unsigned, asOf: '2030-01-01', state: 'draft' },
  // As of D, a signature dated after D has not happened yet: a draft before, signed on the day.
  { name: 'draft the day before it is signed', asOf: '2023-06-19', state: 'draft' },
  { name: 'signed (and upcoming) on the day it is signed', asOf: '2023-06-20', state: 'upcoming' },
  { name: 'draft while one of two signatures is still ahead', subject: halfSignedLater(), asOf: '2023-06-25', state: 'draft' },
  // 2. terminated
  { name: 'terminated on the day the review is held', others: [annualReview('a', '2025-05-01', 'terminated')], asOf: '2025-05-01', state: 'terminated' },
  { name: 'not yet terminated the day before the review', others: [annualReview('a', '2025-05-01', 'terminated')], asOf: '2025-04-30', state: 'active' },
  { name: 'a review with outcome revised does not terminate', others: [annualReview('a', '2025-05-01', 'revised')], asOf: '2025-06-01', state: 'active' },
  { name: 'a terminating review of another agreement does not count', others: [annualReview('other', '2025-05-01', 'terminated')], asOf: '2025-06-01', state: 'active' },
  { name: 'terminated wins over superseded', others: [annualReview('a', '2025-05-01', 'terminated'), successor({ valid_from: '2025-06-01' })], asOf: '2025-07-01', state: 'terminated' },
  { name: 'terminated wins over expired', others: [annualReview('a', '2025-05-01', 'terminated')], asOf: '2028-01-01', state: 'terminated' },
  // 3. superseded
  { name: 'superseded when the signed successor begins', others: [successor({ valid_from: '2026-10-01' })], asOf: '2026-10-01', state: 'superseded' },
  { name: 'not superseded the day before the successor begins (and not expiring either)', others: [successor({ valid_from: '2026-10-01' })], asOf: '2026-09-30', state: 'active' },
  { name: 'superseded wins over expired', others: [successor({ valid_from: '2027-01-01' })], asOf: '2027-06-01', state: 'superseded' },
  { name: 'an unsigned draft successor does not supersede: expired', others: [successor({ valid_from: '2026-10-01', signedOn: null })], asOf: '2027-01-01', state: 'expired' },
  { name: 'an unsigned draft successor does not stop expiring', others: [successor({ valid_from: '2026-10-01', signedOn: null })], asOf: '2026-10-01', state: 'expiring' },
  // A successor signed after D does not supersede as of D (format.md: it has not signed yet).
  { name: 'a successor signed after D: expiring, not superseded', others: [successor({ valid_from: '2026-10-01', signedOn: '2026-11-15' })], asOf: '2026-11-01', state: 'expiring' },
  { name: 'the same successor supersedes once signed', others: [successor({ valid_from: '2026-10-01', signedOn: '2026-11-15' })], asOf: '2026-11-15', state: 'superseded' },
  { name: 'a successor signed after D: expired, not superseded', others: [successor({ valid_from: '2027-01-01', signedOn: '2027-02-01' })], asOf: '2027-01-15', state: 'expired' },
  // 4. upcoming
  { name: 'upcoming the day before valid_from', asOf: '2023-06-30', state: 'upcoming' },
  { name: 'active on valid_from', asOf: '2023-07-01', state: 'active' },
  // 5. expired
  { name: 'expired the day after valid_to', asOf: '2027-01-01', state: 'expired' },
  { name: 'expiring (not expired) on valid_to', asOf: '2026-12-31', state: 'expiring' },
  // 6. expiring
  { name: 'expiring exactly at valid_to minus 6 months', asOf: '2026-06-30', state: 'expiring' },
  { name: 'active the day before valid_to minus 6 months', asOf: '2026-06-29', state: 'active' },
  { name: 'not expiring when a signed successor exists, even one not begun', others: [successor({ valid_from: '2027-01-01' })], asOf: '2026-08-01', state: 'active' },
  // 7. active
  { name: 'active in the middle', asOf: '2025-01-01', state: 'active' },
];

describe('agreementState', () => {
  it.each(cases)('$name', ({ subject = a, others = [], asOf, state }) => {
    expect(agreementState(subject.data, indexOf([subject, ...others]), asOf)).toBe(state);
  });

  it.each([
    ['renewal_notice_months 12: expiring from 2026-09-30', { valid_to: '2027-09-30', renewal_notice_months: 12 }, '2026-09-30', 'expiring'],
    ['renewal_notice_months 12: active on 2026-09-29', { valid_to: '2027-09-30', renewal_notice_months: 12 }, '2026-09-29', 'active'],
    ['renewal_notice_months 0: expiring only on valid_to', { valid_to: '2026-12-31', renewal_notice_months: 0 }, '2026-12-30', 'active'],
    ['renewal_notice_months 0: expiring on valid_to', { valid_to: '2026-12-31', renewal_notice_months: 0 }, '2026-12-31', 'expiring'],
    ['valid_to 31 August: 6 months back is 28 February', { valid_to: '2026-08-31' }, '2026-02-28', 'expiring'],
    ['valid_to 31 August: active on 27 February', { valid_to: '2026-08-31' }, '2026-02-27', 'active'],
  ] as const)('%s', (_name, fields, asOf, state) => {
    const doc = agreement({ ...A, ...fields });
    expect(agreementState(doc.data, indexOf([doc]), asOf)).toBe(state);
  });
});

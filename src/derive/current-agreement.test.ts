import { describe, expect, it } from 'vitest';
import { currentAgreement } from './current-agreement.js';
import type { AgreementState, AgreementStatus } from './types.js';

const status = (id: string, state: AgreementState, validFrom: string, validTo = '2030-12-31') => ({ id, state, validFrom, validTo }) as AgreementStatus;
const pick = (...list: AgreementStatus[]) => currentAgreement(list, (s) => s)?.id;

describe('currentAgreement', () => {
  it('prefers active or expiring, then upcoming, then the latest of the rest', () => {
    expect(pick(status('old', 'superseded', '2019-01-01'), status('now', 'expiring', '2023-01-01'), status('next', 'upcoming', '2027-01-01'))).toBe('now');
    expect(pick(status('ended', 'expired', '2019-01-01'), status('next', 'upcoming', '2027-01-01'))).toBe('next');
    expect(pick(status('ended', 'expired', '2019-01-01'), status('draft', 'draft', '2026-09-01'), status('older', 'terminated', '2015-01-01'))).toBe('draft');
    expect(pick()).toBeUndefined();
  });

  it('among equals takes the latest start, then the latest end, whatever the order given', () => {
    const a = status('a', 'active', '2023-01-01', '2026-12-31');
    const b = status('b', 'active', '2024-01-01', '2026-12-31');
    const c = status('c', 'active', '2024-01-01', '2027-12-31');
    expect([pick(a, b, c), pick(c, b, a), pick(b, c, a)]).toEqual(['c', 'c', 'c']);
  });
});

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../model/documents.js';
import { findKommun, type Kommun } from '../kommun.js';
import { draftAgreement } from './agreement-draft.js';

const uppsala = findKommun('0380').kommun as Kommun;

describe('draftAgreement', () => {
  it('starts on the first 1 January after today and runs four years', () => {
    for (const [today, from, to] of [
      ['2026-12-04', '2027-01-01', '2030-12-31'],
      ['2027-01-01', '2028-01-01', '2031-12-31'],
      ['2024-02-29', '2025-01-01', '2028-12-31'],
    ] as const) {
      const draft = draftAgreement(uppsala, today, 'sv');
      expect(draft.id).toBe(`uppsala-${from.slice(0, 4)}`);
      expect(parse(draft.content)).toMatchObject({ valid_from: from, valid_to: to });
    }
  });

  it('is a draft of the kommun and its polisregion, with Swedish or English comments', () => {
    const sv = draftAgreement(findKommun('Trelleborg').kommun as Kommun, '2026-12-04', 'sv');
    const data = parse(sv.content) as Agreement;
    expect(data.parties.map((p) => [p.type, p.name, p.municipality_code ?? p.police_region])).toEqual([
      ['municipality', 'Trelleborgs kommun', '1287'],
      ['police', 'Polisen, lokalpolisområde [namn]', 'Syd'],
    ]);
    expect(data.signatories.some((s) => s.signed_on !== undefined)).toBe(false);
    expect(sv.content).toContain('# Undertecknarna.');
    expect(draftAgreement(uppsala, '2026-12-04', 'en').content).toContain('# The signatories.');
  });
});

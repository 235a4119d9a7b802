import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../model/documents.js';
import { findKommun, type Kommun } from '../kommun.js';
import { draftAgreement } from './agreement-draft.js';

const uppsala = findKommun('0380').kommun as Kommun;

describe('draftAgreement', () => {
  it('starts on 1 January of last year and runs four years, so last year can be followed up', () => {
    for (const [today, from, to] of [
      ['2026-12-04', '2025-01-01', '2028-12-31'],
      ['2027-01-01', '2026-01-01', '2029-12-31'],
      ['2024-02-29', '2023-01-01', '2026-12-31'],
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

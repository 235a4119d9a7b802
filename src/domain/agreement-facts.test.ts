import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../model/documents.js';
import { agreementYaml } from '../../test/helpers/documents.js';
import { eitherSupersedes, goalsOf, isSigned, measuresOf, municipalityCodes, validityYears } from './agreement-facts.js';

const agreement = (overrides: Record<string, string> = {}) => parse(agreementYaml(overrides)) as Agreement;

describe('agreement facts', () => {
  it('is signed when every signatory has a date, and someone signs', () => {
    expect(isSigned(agreement())).toBe(true);
    // As of D, a signature dated after D has not happened yet; on the day it has.
    expect(isSigned(agreement(), '2023-06-19')).toBe(false);
    expect(isSigned(agreement(), '2023-06-20')).toBe(true);
    expect(isSigned(agreement(), '2023-06-21')).toBe(true);
    expect(isSigned(agreement({ signatories: 'signatories: []' }))).toBe(false);
    expect(isSigned(agreement({ signatories: 'signatories:\n  - name: A\n    role: B\n    party: gnesta-kommun' }))).toBe(false);
  });

  it('lists the kommunkoder of municipality parties only, each once', () => {
    const parties = [
      'parties:',
      '  - { id: a, type: municipality, name: Gnesta kommun, municipality_code: "0461" }',
      '  - { id: b, type: other, name: Bostadsbolaget, municipality_code: "0480" }',
      '  - { id: c, type: municipality, name: Gnesta, municipality_code: "0461" }',
      '  - { id: d, type: municipality, name: Strängnäs kommun, municipality_code: "0486" }',
    ].join('\n');
    expect(municipalityCodes(agreement({ parties }))).toEqual(['0461', '0486']);
  });

  it('knows supersession in either direction', () => {
    const old = agreement();
    const next = agreement({ id: 'id: gnesta-2027', supersedes: 'supersedes: gnesta-2023' });
    expect(eitherSupersedes(old, next)).toBe(true);
    expect(eitherSupersedes(next, old)).toBe(true);
    expect(eitherSupersedes(old, agreement({ id: 'id: other' }))).toBe(false);
  });

  it('gives the years the validity touches', () => {
    expect(validityYears(agreement())).toEqual({ first: 2023, last: 2027 });
  });

  it('locates goals of all kinds in written order, and measures', () => {
    const focus = [
      'focus_areas:',
      '  - id: fa-1',
      '    title: Ett',
      '    output_goals: [{ id: om-1, text: Två vandringar }]',
      '    effect_goals: [{ id: em-1, text: Färre brott }, { id: em-2, text: Tryggare }]',
      '  - id: fa-2',
      '    title: Två',
      '    process_goals: [{ id: pm-1, text: En rutin }]',
      '    measures: [{ id: at-1, text: Vandring, responsible: [gnesta-kommun] }]',
    ].join('\n');
    const a = agreement({ focus_areas: focus });
    expect(goalsOf(a).map((g) => [g.goal.id, g.area.id, g.pointer])).toEqual([
      ['om-1', 'fa-1', '/focus_areas/0/output_goals/0'],
      ['em-1', 'fa-1', '/focus_areas/0/effect_goals/0'],
      ['em-2', 'fa-1', '/focus_areas/0/effect_goals/1'],
      ['pm-1', 'fa-2', '/focus_areas/1/process_goals/0'],
    ]);
    expect(measuresOf(a).map((m) => [m.measure.id, m.pointer])).toEqual([['at-1', '/focus_areas/1/measures/0']]);
  });
});

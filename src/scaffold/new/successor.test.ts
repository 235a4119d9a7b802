import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../model/documents.js';
import { createRepositoryIndex } from '../../domain/repository-index.js';
import { factsOf } from '../repository-facts.js';
import type { NewContext } from './common.js';
import { newSuccessor, retitle } from './successor.js';
import { parse } from 'yaml';

function context(agreement: Agreement): NewContext {
  const facts = factsOf({
    root: '/r',
    lang: 'sv',
    config: { kind: 'config' },
    files: ['agreements/a.yaml'],
    diagnostics: [],
    suppressed: [],
    totals: { errors: 0, warnings: 0 },
    documents: [{ document: { file: 'agreements/a.yaml', data: agreement } as never, kind: 'agreement', valid: true, derivable: true }],
    index: createRepositoryIndex([], []),
  });
  return { facts, today: '2026-12-04', lang: 'sv', hasSchemas: false };
}

const OLD: Agreement = {
  kind: 'agreement',
  id: 'gnesta-2023',
  title: 'Samverkansöverenskommelse Gnesta 2023–2027',
  parties: [
    { id: 'gnesta-kommun', type: 'municipality', name: 'Gnesta kommun', municipality_code: '0461' },
    { id: 'lpo', type: 'police', name: 'LPO Nyköping/Gnesta', police_region: 'Öst' },
  ],
  signatories: [{ name: 'Linda Lundin', role: 'KSO', party: 'gnesta-kommun', signed_on: '2023-06-20' }],
  valid_from: '2023-06-20',
  valid_to: '2027-05-31',
  focus_areas: [{ id: 'fa', title: 'Trygghet', measures: [{ id: 'at', text: 'Vandringar', responsible: ['lpo'], due: '2024-12-31' }] }],
};

describe('newSuccessor', () => {
  it('starts the day after, runs as many whole years, drops signatures and due dates', () => {
    const written = newSuccessor({ supersedes: 'gnesta-2023' }, context(OLD));
    expect(written.path).toBe('agreements/gnesta-2027.yaml');
    const data = parse(written.content) as Agreement;
    expect(data).toMatchObject({ id: 'gnesta-2027', supersedes: 'gnesta-2023', valid_from: '2027-06-01', valid_to: '2031-05-31', title: 'Samverkansöverenskommelse Gnesta 2027–2031' });
    expect(data.signatories).toEqual([{ name: 'Linda Lundin', role: 'KSO', party: 'gnesta-kommun' }]);
    expect(data.focus_areas[0]!.measures).toEqual([{ id: 'at', text: 'Vandringar', responsible: ['lpo'] }]);
    expect(data.parties).toEqual(OLD.parties);
  });

  it('keeps a one-year agreement one year', () => {
    const written = newSuccessor({ supersedes: 'gnesta-2023' }, context({ ...OLD, valid_from: '2025-01-01', valid_to: '2025-12-31' }));
    expect(parse(written.content)).toMatchObject({ valid_from: '2026-01-01', valid_to: '2026-12-31' });
  });
});

describe('retitle', () => {
  it('replaces the span of years, else the last year, else nothing', () => {
    expect(retitle('Överenskommelse 2023–2027', '2027-06-01', '2031-05-31')).toBe('Överenskommelse 2027–2031');
    expect(retitle('Överenskommelse 2019-2022', '2023-01-01', '2026-12-31')).toBe('Överenskommelse 2023–2026');
    expect(retitle('Överenskommelse 2023', '2027-01-01', '2030-12-31')).toBe('Överenskommelse 2027');
    expect(retitle('Överenskommelsen', '2027-01-01', '2030-12-31')).toBe('Överenskommelsen');
  });
});

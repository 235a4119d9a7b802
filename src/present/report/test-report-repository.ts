/**
 * Small repositories for the report's unit tests (imported only by `*.test.ts`): documents are
 * written as YAML to a temp folder and derived the way the CLI does, so a test never leans on data
 * the tool would not accept. A repository with errors throws, naming them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { deriveRepository, type DerivedRepository } from '../../derive/derive-repository.js';
import type { Agreement, IsoDate } from '../../model/documents.js';

export type Doc = { kind: string; id?: string } & Record<string, unknown>;

export function writeRepository(docs: readonly Doc[]): string {
  const root = mkdtempSync(join(tmpdir(), 'samverkan-report-'));
  docs.forEach((doc, i) => writeFileSync(join(root, `${String(i).padStart(2, '0')}-${doc.kind}.yaml`), stringify(doc)));
  return root;
}

export async function derive(docs: readonly Doc[], asOf: IsoDate = '2025-06-01'): Promise<DerivedRepository> {
  const derived = await deriveRepository({ root: writeRepository(docs), asOf });
  const errors = derived.validation.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.file}:${e.start.line} ${e.rule} ${e.message}`).join('\n'));
  return derived;
}

/** An agreement of Gnesta (0461) for 2023–2026 with two focus areas, goals, measures and indicators. */
export function agreementDoc(overrides: Partial<Agreement> = {}): Doc {
  return {
    kind: 'agreement',
    id: 'gnesta-2023',
    title: 'Överenskommelse Gnesta',
    case_number: 'KS 2023/1',
    purpose: 'Minska brotten.',
    parties: [
      { id: 'kommun', type: 'municipality', name: 'Gnesta kommun', municipality_code: '0461' },
      { id: 'polisen', type: 'police', name: 'LPO Nyköping/Gnesta', police_region: 'Öst' },
    ],
    signatories: [
      { name: 'Anna Andersson', role: 'KSO', party: 'kommun', signed_on: '2023-01-10' },
      { name: 'Bo Berg', role: 'LPO-chef', party: 'polisen', signed_on: '2023-01-10' },
    ],
    valid_from: '2023-01-01',
    valid_to: '2026-12-31',
    indicators: [
      { id: 'ind-vald', name: 'Våldsbrott', unit: 'per_100k', better: 'lower' },
      { id: 'ind-trygg', name: 'Trygga', unit: 'percent', better: 'higher', source: 'Trygghetsmätningen' },
      { id: 'ind-extra', name: 'Extra', unit: 'count', better: 'lower' },
    ],
    focus_areas: [
      {
        id: 'fa-unga',
        title: 'Unga',
        effect_goals: [{ id: 'em-1', text: 'Färre våldsbrott', indicators: ['ind-vald'] }],
        output_goals: [{ id: 'om-1', text: 'Fler vandringar', indicators: ['ind-vald', 'ind-trygg'] }],
        measures: [
          { id: 'at-1', text: 'Vandringar', responsible: ['kommun', 'polisen'], due: '2024-03-31' },
          { id: 'at-2', text: 'Skolbesök', responsible: ['polisen'] },
        ],
      },
      { id: 'fa-tom', title: 'Tomt område' },
    ],
    ...overrides,
  };
}

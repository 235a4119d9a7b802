import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { validateWorkspace } from '../check/validate-workspace.js';
import { workspaceOfRoots } from '../check/workspace-file.js';
import type { TypedDocument } from '../domain/typed-document.js';
import { deriveWorkspace } from './derive-workspace.js';
import { overviewOf, type KommunOverview } from './overview.js';
import { actionPlan, agreement, annualReview, citizenPromises, followUp, situationReport } from './test-documents.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The overview of a workspace whose roots hold these documents, as the CLI derives it. */
async function overview(roots: Record<string, readonly TypedDocument[]>, asOf = '2025-11-24'): Promise<Map<string, KommunOverview>> {
  const base = mkdtempSync(join(tmpdir(), 'samverkan-overview-'));
  folders.push(base);
  for (const [label, docs] of Object.entries(roots)) {
    mkdirSync(join(base, label));
    docs.forEach((doc, i) => writeFileSync(join(base, label, `${i}.yaml`), stringify(doc.data)));
  }
  const validation = await validateWorkspace(workspaceOfRoots(base, Object.keys(roots)));
  const errors = validation.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.file} ${e.rule} ${e.message}`).join('\n'));
  const result = overviewOf(deriveWorkspace(validation, asOf), asOf);
  expect(result.kommuner.map((k) => k.code)).toEqual([...result.kommuner.map((k) => k.code)].sort());
  return new Map(result.kommuner.map((k) => [k.code, k]));
}

const gnesta2023 = agreement({ id: 'gnesta-2023', valid_from: '2023-01-01', valid_to: '2026-12-31', review: { due: '06-01' } });

describe('overviewOf: the current agreement', () => {
  it('prefers one in force over one to come, and the latest of those ended', async () => {
    const next = agreement({ id: 'gnesta-2027', valid_from: '2027-01-01', valid_to: '2030-12-31', supersedes: 'gnesta-2023', signedOn: '2025-10-01' });
    expect((await overview({ a: [gnesta2023, next] })).get('0461')?.agreement).toMatchObject({ id: 'gnesta-2023', state: 'active' });
    const old = agreement({ id: 'gnesta-2019', valid_from: '2019-01-01', valid_to: '2022-12-31' });
    const older = agreement({ id: 'gnesta-2015', valid_from: '2015-01-01', valid_to: '2018-12-31' });
    const coming = agreement({ id: 'gnesta-2027', valid_from: '2027-01-01', valid_to: '2030-12-31', signedOn: '2025-10-01' });
    expect((await overview({ a: [older, old, coming] })).get('0461')?.agreement).toMatchObject({ id: 'gnesta-2027', state: 'upcoming' });
    expect((await overview({ a: [older, old] })).get('0461')?.agreement).toMatchObject({ id: 'gnesta-2019', state: 'expired', daysLeft: -1059 });
  });

  it('is null for a kommun named only by its lägesbild, which needs acting on', async () => {
    const row = (await overview({ a: [situationReport('lb', '0488', '2025-02-01')] })).get('0488')!;
    expect(row).toMatchObject({ agreement: null, citizenPromises: null, followUp: { reported: null, status: 'none' }, attention: 'act' });
    expect(row.situationReport).toEqual({ status: 'current', date: '2027-02-01' });
    expect(row.actionPlan).toEqual({ status: 'overdue', date: '2024-07-01' });
  });
});

describe('overviewOf: the year\'s records', () => {
  const records = [
    gnesta2023,
    followUp('gnesta-2023', 2023, '2024-03-01'),
    annualReview('gnesta-2023', '2023-06-01'),
    annualReview('gnesta-2023', '2024-05-30'),
    annualReview('gnesta-2023', '2025-05-28'),
    citizenPromises('ml-2025', 'gnesta-2023', '2025-01-01', '2025-12-31'),
    situationReport('lb-2024', '0461', '2024-09-01'),
    actionPlan('ap-2024', '0461', { decidedOn: '2024-10-01' }),
  ];

  it('last year\'s follow-up: reported, not yet, or late', async () => {
    expect((await overview({ a: [...records, followUp('gnesta-2023', 2024, '2025-03-20')] })).get('0461')).toMatchObject({
      followUp: { year: 2024, reported: true, status: 'done' },
      review: { year: 2025, status: 'done' },
      citizenPromises: 'current',
      situationReport: { status: 'current' },
      actionPlan: { status: 'current' },
      overdue: 0,
      attention: 'ok',
    });
    const unreported = (await overview({ a: records }, '2025-03-15')).get('0461')!;
    expect(unreported).toMatchObject({ followUp: { reported: false, status: 'upcoming' }, review: { status: 'upcoming', date: '2025-06-02' }, attention: 'watch' });
    const late = (await overview({ a: records })).get('0461')!;
    expect(late).toMatchObject({ followUp: { reported: false, status: 'overdue' }, overdue: 1, attention: 'act' });
  });

  it('citizen promises that ran out are missing, and their renewal overdue', async () => {
    expect((await overview({ a: [...records, followUp('gnesta-2023', 2024, '2025-03-20')] }, '2026-02-01')).get('0461')).toMatchObject({
      citizenPromises: 'missing',
      review: { year: 2026, status: 'upcoming' },
      overdue: 1,
      attention: 'act',
    });
  });
});

describe('overviewOf: several roots', () => {
  it('a joint agreement is each kommun\'s, its overdue deadlines counted once for each', async () => {
    const joint = agreement({
      id: 'gemensam',
      valid_from: '2024-01-01',
      valid_to: '2027-12-31',
      parties: [
        { id: 'kommun', type: 'municipality', name: 'Gnesta kommun', municipality_code: '0461' },
        { id: 'trosa', type: 'municipality', name: 'Trosa kommun', municipality_code: '0488' },
        { id: 'polisen', type: 'police', name: 'Lokalpolisområdet', police_region: 'Öst' },
      ],
      signatories: [
        { name: 'A', role: 'KSO', party: 'kommun', signed_on: '2024-01-01' },
        { name: 'B', role: 'KSO', party: 'trosa', signed_on: '2024-01-01' },
        { name: 'C', role: 'LPO-chef', party: 'polisen', signed_on: '2024-01-01' },
      ],
    });
    const rows = await overview({ forbund: [joint], trosa: [situationReport('lb', '0488', '2025-01-15'), actionPlan('ap', '0488', { decidedOn: '2025-02-01' })] });
    const trosa = rows.get('0488')!;
    // Trosa's own root is where its records are; its duties come from there, not from the joint root.
    expect(trosa).toMatchObject({ root: 'trosa', agreement: { id: 'gemensam' }, situationReport: { status: 'current' }, actionPlan: { status: 'current' } });
    const gnesta = rows.get('0461')!;
    expect(gnesta).toMatchObject({ root: 'forbund', agreement: { id: 'gemensam' } });
    // The joint agreement's overdue follow-up and review are both kommuners', plus Gnesta's two duties.
    expect(trosa.overdue).toBe(2);
    expect(gnesta.overdue).toBe(4);
    expect(rows.get('0461')?.policeRegion).toBe('Öst');
  });
});

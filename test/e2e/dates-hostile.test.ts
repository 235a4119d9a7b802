import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, runCli, tempRepo } from '../helpers/run-cli.js';

/**
 * Dates a hostile or careless file can hold, and what they used to do: `valid_to: 9999-12-31` made
 * status, deadlines and report loop until out of memory (the year after 9999 sorted before it),
 * `adopted_on: 9998-06-01` ended in "internt fel", an impossible "MM-DD" became 28 February in
 * silence, and 64 000 citizen promises of one agreement took a minute to derive.
 */
const AGREEMENT = readFileSync(join(FIXTURES, 'valid', 'agreements', 'gnesta-2023.yaml'), 'utf8');

function repo(files: Record<string, string>): string {
  const root = tempRepo('dates');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('dates outside 1900–2199', () => {
  it.each([
    ['valid_to: 9999-12-31', AGREEMENT.replace('valid_to: 2027-05-31', 'valid_to: 9999-12-31'), 'agreements/gnesta-2023.yaml:24:11'],
    ['valid_from: 9999-01-01', AGREEMENT.replace('valid_from: 2023-06-20', 'valid_from: 9999-01-01'), 'agreements/gnesta-2023.yaml:23:13'],
  ])('%s is one schema error, and status, deadlines and report leave the agreement out', (_name, text, place) => {
    const root = repo({ 'agreements/gnesta-2023.yaml': text });
    const validate = runCli(['validate', '--root', root, '--format', 'json']);
    expect(validate.code).toBe(1);
    const { diagnostics } = JSON.parse(validate.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string; message: string }[] };
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${place} schema/pattern`]);
    expect(diagnostics[0]?.message).toContain('utanför åren 1900–2199');
    for (const args of [['status'], ['deadlines', '--all'], ['report', '--year', '2025']]) {
      const result = runCli([...args, '--root', root, '--as-of', '2026-11-24']);
      expect(result.code, args[0]).toBe(0);
      expect(lines(result.stderr), args[0]).toEqual(['samverkan: arkivet har 1 fel; dokument med fel räknas inte med. Kör samverkan validate för detaljer.']);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('adopted_on: 9998-06-01 is a schema error, not an internal one', () => {
    const report = ['kind: situation_report', 'id: gnesta-lagesbild', 'municipality_code: "0461"', 'year: 2024', 'adopted_on: 9998-06-01', ''].join('\n');
    const root = repo({ 'agreements/gnesta-2023.yaml': AGREEMENT, 'situation-reports/gnesta.yaml': report });
    const result = runCli(['deadlines', '--root', root, '--as-of', '2026-11-24']);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('internt fel');
    expect(result.stderr).toContain('arkivet har 1 fel');
    expect(runCli(['validate', '--root', root]).stdout).toContain('situation-reports/gnesta.yaml:5:13  fel  "adopted_on" ligger utanför åren 1900–2199: "9998-06-01"');
  });
});

describe('a "MM-DD" the month does not have', () => {
  it.each([
    ['review', 'review:\n  due: "02-31"\n', 'agreements/gnesta-2023.yaml:33:8'],
    ['follow_up', 'follow_up:\n  due: "02-30"\n', 'agreements/gnesta-2023.yaml:33:8'],
  ])('%s.due is an error, not 28 February', (_name, field, place) => {
    const root = repo({ 'agreements/gnesta-2023.yaml': `${AGREEMENT}${field}` });
    const result = runCli(['validate', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${place}  fel  "due" är ingen giltig månad och dag`);
  });

  it('"02-29" is fine: 28 February in a common year', () => {
    const root = repo({ 'agreements/gnesta-2023.yaml': `${AGREEMENT}review:\n  due: "02-29"\n` });
    expect(runCli(['validate', '--root', root]).code).toBe(0);
    const deadlines = JSON.parse(runCli(['deadlines', '--root', root, '--all', '--format', 'json', '--as-of', '2026-11-24']).stdout) as { deadlines: { type: string; nominal_date: string }[] };
    expect(deadlines.deadlines.filter((d) => d.type === 'annual_review').map((d) => d.nominal_date)).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28']);
  });
});

describe('many citizen promises of one agreement', () => {
  it('64 000 in 8 files derive in linear time (the pairwise comparison took a minute)', () => {
    const files: Record<string, string> = { 'agreements/g.yaml': AGREEMENT.replace('id: gnesta-2023', 'id: g') };
    for (let f = 0; f < 8; f++) {
      const documents: string[] = [];
      for (let i = 0; i < 8000; i++) {
        const n = f * 8000 + i;
        const year = 2024 + (n % 3);
        documents.push(`kind: citizen_promises\nid: p${n}\nagreement: g\nperiod:\n  from: ${year}-01-${String((n % 28) + 1).padStart(2, '0')}\n  to: ${year}-12-31\npromises:\n  - id: l\n    text: T\n`);
      }
      files[`citizen-promises/p-${f}.yaml`] = documents.join('---\n');
    }
    const root = repo(files);
    const started = Date.now();
    const result = runCli(['deadlines', '--root', root, '--all', '--format', 'json', '--as-of', '2026-11-24']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const renewals = (JSON.parse(result.stdout) as { deadlines: { type: string; status: string }[] }).deadlines.filter((d) => d.type === 'citizen_promises_renewal');
    expect(renewals).toHaveLength(64_000);
    // Only those starting on the latest day (2026-01-28) are not renewed by a later start.
    expect(renewals.filter((d) => d.status !== 'done').length).toBeGreaterThan(0);
    // A bound on the work, not a benchmark: the quadratic derivation took 60 s here, now a few.
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { testFinding } from '../../test/helpers/finding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { SourceFile } from '../load/source.js';
import { applySuppressions } from './suppressions.js';

const finding = (rule: string, line: number, file = 'a.yaml'): Diagnostic => testFinding({ rule, line, file });

const run = (text: string, diagnostics: Diagnostic[], lang: 'sv' | 'en' = 'sv') =>
  applySuppressions(diagnostics, new Map([['a.yaml', new SourceFile('a.yaml', text)]]), lang);
const where = (list: readonly Diagnostic[]) => list.map((d) => `${d.start.line}:${d.start.column} ${d.rule} ${d.messageId}`);

describe('applySuppressions', () => {
  it('accepts a finding on the next line that is neither blank nor a comment, with its reason', () => {
    const text = ['kind: agreement', '# samverkan-disable-next-line agreement/max-length -- KS beslut § 88', '', '# en kommentar', 'valid_to: 2028-12-31', ''].join('\n');
    const result = run(text, [finding('agreement/max-length', 5), finding('period/order', 5), finding('agreement/max-length', 1)]);
    expect(where(result.active)).toEqual(['5:1 period/order x', '1:1 agreement/max-length x']);
    expect(result.suppressed.map((d) => [d.start.line, d.suppressed])).toEqual([[5, { kind: 'comment', reason: 'KS beslut § 88' }]]);
    expect(result.findings).toEqual([]);
  });

  it('accepts several rules, and a whole file', () => {
    const text = ['# samverkan-disable-file reference/goal, reference/measure -- gamla id:n, rättas 2025', 'kind: follow_up', ''].join('\n');
    const result = run(text, [finding('reference/goal', 2), finding('reference/measure', 9), finding('reference/party', 9)]);
    expect(where(result.active)).toEqual(['9:1 reference/party x']);
    expect(result.suppressed).toHaveLength(2);
  });

  it('reports an exception that accepts nothing, per rule, as a warning', () => {
    const text = ['# samverkan-disable-next-line reference/goal, reference/measure -- skäl', 'kind: follow_up', ''].join('\n');
    const result = run(text, [finding('reference/goal', 2)], 'en');
    expect(where(result.findings)).toEqual(['1:1 suppression/unused unused']);
    expect(result.findings[0]).toMatchObject({ severity: 'warning', message: 'The exception for reference/measure excepts nothing' });
  });

  it('refuses an exception without a reason, with an unknown rule, or for a reading guard: it accepts nothing', () => {
    const text = [
      '  # samverkan-disable-next-line reference/goal',
      'a: 1',
      '# samverkan-disable-next-line reference/gaol -- skäl',
      'b: 2',
      '# samverkan-disable-file yaml/syntax -- skäl',
      '# samverkan-disable-nextline reference/goal -- skäl',
      '# samverkan-disable-next-line -- skäl',
      'c: 3',
      '',
    ].join('\n');
    const result = run(text, [finding('reference/goal', 2), finding('reference/goal', 4)]);
    expect(result.suppressed).toEqual([]);
    expect(where(result.findings)).toEqual([
      '1:3 suppression/invalid missing-reason',
      '3:1 suppression/invalid unknown-rule',
      '5:1 suppression/invalid not-suppressible',
      '6:1 suppression/invalid unknown-directive',
      '7:1 suppression/invalid no-rule',
    ]);
    expect(result.findings.map((d) => d.message)).toEqual([
      'Undantaget saknar motivering',
      'Okänd regel "reference/gaol" i undantaget – menade du "reference/goal"?',
      'Regeln yaml/syntax kan inte undantas',
      'Okänt undantag "samverkan-disable-nextline" – menade du "samverkan-disable-next-line"?',
      'Undantaget namnger ingen regel',
    ]);
    expect(result.findings[0]?.hint).toBe('Skriv varför fyndet godtas efter två bindestreck, till exempel: # samverkan-disable-next-line reference/goal -- KS beslut 2023-05-10 § 88.');
  });

  it('leaves text that only mentions the word alone, and files without exceptions untouched', () => {
    const text = ['notes: se samverkan-disable-file i README', '# Kommentar om samverkan-disable', ''].join('\n');
    const diagnostics = [finding('reference/goal', 1)];
    const result = run(text, diagnostics);
    expect(result).toEqual({ active: diagnostics, suppressed: [], findings: [] });
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { STACK_TRACE, copyFixture, parseJsonOutput, runCli, where } from '../helpers/run-cli.js';

/** Each domain rule broken once, at the node a coordinator must change (positions counted by hand). */
const EXPECTED = [
  'action-plans/gnesta-2024.yaml:6:13 action-plan/latest-situation-report',
  'action-plans/gnesta.yaml:5:19 reference/situation-report',
  'agreements/gnesta-2025.yaml:3:1 agreement/purpose',
  'agreements/gnesta-2025.yaml:14:20 police/region-matches-county',
  'agreements/gnesta-2025.yaml:20:13 agreement/overlap',
  'agreements/gnesta-2027.yaml:6:13 reference/supersedes',
  'agreements/gnesta-2027.yaml:19:12 reference/party',
  'agreements/trelleborg-2019.yaml:6:3 agreement/required-parties',
  'agreements/trelleborg-2019.yaml:9:24 municipality/name-matches',
  'agreements/trelleborg-2019.yaml:16:11 agreement/max-length',
  'agreements/trelleborg-2019.yaml:24:13 agreement/unique-item-ids',
  'citizen-promises/gnesta-2027.yaml:7:7 citizen-promises/within-validity',
  'citizen-promises/gnesta-2027.yaml:11:17 reference/focus-area',
  'follow-ups/dup.yaml:3:5 repository/unique-id',
  'follow-ups/gnesta-2023-2024.yaml:8:3 follow-up/measure-coverage',
  'follow-ups/gnesta-2023-2024.yaml:8:14 reference/measure',
  'follow-ups/gnesta-2023-2024.yaml:11:11 reference/goal',
  'follow-ups/gnesta-2023-2024.yaml:14:16 reference/indicator',
  'follow-ups/gnesta-2023-2030.yaml:5:7 follow-up/year-in-validity',
  'follow-ups/gnesta-2023-2030.yaml:9:12 reference/agreement',
  'situation-reports/gnesta-2024.yaml:8:7 period/order',
  'situation-reports/gnesta-2024.yaml:14:20 municipality/code-exists',
];

const WARNINGS = [
  'agreement/max-length',
  'agreement/purpose',
  'citizen-promises/within-validity',
  'follow-up/measure-coverage',
  'action-plan/latest-situation-report',
];

describe('samverkan validate: domain rules, end to end', () => {
  const root = copyFixture('domain-rules');
  const result = runCli(['validate', '--root', root, '--format', 'json']);
  const report = parseJsonOutput(result.stdout);

  it('reports every rule at its exact file:line:col', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(STACK_TRACE);
    expect(report.diagnostics.map(where)).toEqual(EXPECTED);
  });

  it('covers every registered rule', () => {
    const reported = new Set(report.diagnostics.map((d) => d.rule));
    expect(RULES.map((r) => r.id).filter((id) => !reported.has(id))).toEqual([]);
  });

  it('gives each rule its default severity', () => {
    for (const d of report.diagnostics) expect(d.severity, d.rule).toBe(WARNINGS.includes(d.rule) ? 'warning' : 'error');
    expect(report.summary).toEqual({ files: 11, documents: 13, errors: 17, warnings: 5 });
  });

  it('puts the did-you-mean in the message', () => {
    const byRule = (rule: string) => report.diagnostics.find((d) => d.rule === rule)?.message;
    expect(byRule('reference/measure')).toContain('menade du "at-vandring"?');
    expect(byRule('reference/party')).toContain('menade du "gnesta-kommun"?');
    expect(byRule('reference/agreement')).toContain('menade du "gnesta-2023"?');
  });

  it('lets samverkan.yaml switch a rule off or change its severity', () => {
    const softened = copyFixture('domain-rules');
    const config = 'kind: config\nrules:\n  agreement/overlap: "off"\n  reference/measure: warning\n';
    writeFileSync(join(softened, 'samverkan.yaml'), config);
    const again = parseJsonOutput(runCli(['validate', '--root', softened, '--format', 'json']).stdout);
    expect(again.diagnostics.some((d) => d.rule === 'agreement/overlap')).toBe(false);
    expect(again.diagnostics.find((d) => d.rule === 'reference/measure')?.severity).toBe('warning');
  });
});

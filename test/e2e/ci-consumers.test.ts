import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli, tempRepo } from '../helpers/run-cli.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { findMultitool, multitoolFindings } from '../helpers/sarif-multitool.js';

/*
 * Each CI output of `validate`, on a repository with a finding of every kind (file, YAML, schema,
 * domain error and warning), read by the program that consumes it, or by a faithful copy of what
 * that program reads.
 */

const root = copyFixture('every-kind');
const scratch = tempRepo('consumers');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const EVERY_KIND = [
  'agreements/gnesta-2023.yaml:22 reference/party error',
  'agreements/gnesta-2023.yaml:25 agreement/max-length warning',
  'follow-ups/gnesta-2023-2024.yaml:6 schema/additionalProperties error',
  'reviews/conflict.yaml:5 file/merge-conflict error',
  'reviews/syntax.yaml:5 yaml/syntax error',
];

function validate(format: string, lang = 'sv'): string {
  const result = runCli(['validate', '--root', root, '--format', format, '--lang', lang]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
  return result.stdout;
}

interface SarifLog {
  runs: {
    tool: { driver: { informationUri: string; rules: { id: string; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string }[] } };
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[];
  }[];
}

describe('SARIF, as GitHub code scanning takes it', () => {
  const multitool = findMultitool();
  const text = validate('sarif');
  const log = JSON.parse(text) as SarifLog;

  it('has one result per finding, each region on the lines of its file, and help for every rule', () => {
    expect(sarifValidator()(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.ruleId} ${r.level}`)).toEqual(EVERY_KIND);
    // The unclosed quote is reported at the end of the text; the region is the last character of line 5, not an empty line 6.
    expect(run.results.at(-1)?.locations[0]?.physicalLocation.region).toEqual({ startLine: 5, startColumn: 24, endLine: 5, endColumn: 25 });
    for (const rule of run.tool.driver.rules) {
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(20);
      expect(rule.help.markdown, rule.id).toContain('```yaml\n');
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\/www\.npmjs\.com\/package\/samverkan#/);
    }
  });

  // One run each (the binary takes seconds to start): its own rules, GitHub's and GitHub Advanced Security's.
  it.skipIf(multitool === undefined)('passes the SARIF Multitool with GitHub\'s rules (Gh;Ghas) and its own, with no finding (skipped without the multitool binary)', () => {
    expect(multitoolFindings(multitool!, text, scratch, 'Sarif;Gh;Ghas')).toEqual([]);
  });

  it.skipIf(multitool === undefined)('the multitool does find a rule without help and a tool without informationUri', () => {
    const broken = JSON.parse(text) as { runs: { tool: { driver: { informationUri?: string; rules: { help?: unknown }[] } } }[] };
    delete broken.runs[0]!.tool.driver.rules[0]!.help;
    delete broken.runs[0]!.tool.driver.informationUri;
    expect(multitoolFindings(multitool!, JSON.stringify(broken), scratch, 'Sarif;Gh;Ghas').map((f) => `${f.ruleId} ${f.level}`)).toEqual(['GH2012 error', 'SARIF2005 warning']);
  });
});

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { gitlabDegradations, gitlabJunitCases, rubyToF } from '../helpers/gitlab-readers.js';
import { PROJECT, copyFixture, runCli, tempRepo } from '../helpers/run-cli.js';
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
    // The unclosed quote is reported at the quote, not at the end of the text where the parser gave up.
    expect(run.results.at(-1)?.locations[0]?.physicalLocation.region).toEqual({ startLine: 5, startColumn: 8, endLine: 5, endColumn: 9 });
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

describe('JUnit, as GitLab reads a test report', () => {
  const cases = gitlabJunitCases(validate('junit'));

  it('links every testcase to its file, with a time GitLab reads as a number, and loses none to a shared key', () => {
    expect(cases.filter((c) => c.status === 'failed').map((c) => `${String(c.file)} ${String(c.name)}`)).toEqual([
      'agreements/gnesta-2023.yaml reference/party 22:12',
      'agreements/gnesta-2023.yaml agreement/max-length 25:11',
      'follow-ups/gnesta-2023-2024.yaml schema/additionalProperties 6:1',
      'reviews/conflict.yaml file/merge-conflict 5:1',
      'reviews/syntax.yaml yaml/syntax 5:8',
    ]);
    expect(cases).toHaveLength(5);
    for (const c of cases) {
      expect(existsSync(join(root, String(c.file))), String(c.file)).toBe(true);
      expect(c.suiteName).toBe(c.file);
      expect(c.executionTime).toBe(0);
    }
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
  });

  it('gives a clean file a passing testcase with its file', () => {
    const clean = gitlabJunitCases(runCli(['validate', '--root', 'test/fixtures/valid', '--format', 'junit']).stdout);
    expect(clean.map((c) => [c.status, c.file, c.executionTime])).toEqual([['success', 'agreements/gnesta-2023.yaml', 0]]);
  });

  it('the reader does see a missing file and a time that is not a number', () => {
    const xml = '<testsuites><testsuite name="s"><testcase name="a" classname="c" time="snabbt"/></testsuite></testsuites>';
    expect(gitlabJunitCases(xml)).toMatchObject([{ suiteName: 's', file: undefined, executionTime: 0, status: 'success' }]);
    expect(rubyToF('0.25s')).toBe(0.25);
  });
});

describe('GitLab Code Quality (--format gitlab)', () => {
  const schema = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(PROJECT, 'test/consumers/gitlab-codeclimate.schema.json'), 'utf8')) as object);
  const valid = (issue: unknown) => schema(issue) === true;
  const text = validate('gitlab');

  it('is an array GitLab keeps whole: every issue valid against its schema, every fingerprint its own', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const issues = JSON.parse(text) as { check_name: string; severity: string; fingerprint: string; description: string; location: { path: string; lines: { begin: number; end: number } } }[];
    const kept = gitlabDegradations(text, valid);
    expect([...kept.keys()]).toEqual(issues.map((i) => i.fingerprint));
    expect(issues.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name} ${i.severity}`)).toEqual(
      EVERY_KIND.map((line) => line.replace(/ error$/, ' major').replace(/ warning$/, ' minor')),
    );
    for (const issue of issues) {
      // What GitLab's documentation names as read, beyond the schema's required fields.
      expect(issue.description.length, issue.check_name).toBeGreaterThan(10);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      const lines = readFileSync(join(root, issue.location.path), 'utf8').trimEnd().split('\n').length;
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.location.lines.end).toBeLessThanOrEqual(lines);
    }
  });

  it('keeps the fingerprints of SARIF, so a finding keeps its identity when lines move', () => {
    const sarif = JSON.parse(validate('sarif')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect((JSON.parse(text) as { fingerprint: string }[]).map((i) => i.fingerprint)).toEqual(sarif.runs[0]!.results.map((r) => r.partialFingerprints['samverkan/v1']));
  });

  it('the schema does refuse an issue GitLab would drop', () => {
    expect(valid({ description: 'x', fingerprint: 'f', severity: 'major', location: { path: 'a.yaml', lines: { begin: '3' } } })).toBe(false);
    expect(gitlabDegradations('[{"description":"x","severity":"major","location":{}},{"description":"y","fingerprint":"f","severity":"major","location":{}}]', valid).size).toBe(0);
  });

  it('is chosen inside GitLab CI when no --format is given, on stdout or to --output', () => {
    const file = join(scratch, 'gl-code-quality-report.json');
    const env = { GITLAB_CI: 'true' };
    expect(runCli(['validate', '--root', root, '--output', file], { env })).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(runCli(['validate', '--root', root], { env })).toMatchObject({ code: 1, stdout: text, stderr: '' });
    expect(runCli(['validate', '--root', root, '--format', 'pretty'], { env }).stdout).toContain('reviews/syntax.yaml:5:8  fel  ');
    expect(runCli(['validate', '--root', root, '--output', file, '--format', 'junit'], { env }).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
  });
});

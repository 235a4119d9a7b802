import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/present/formatters/index.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { STACK_TRACE, copyFixture, runCli, tempRepo } from '../helpers/run-cli.js';

const lines = (text: string) => text.trimEnd().split('\n');
const SUMMARY = '✖ 8 fel i 4 av 4 filer (5 dokument kontrollerade).';

describe('validate --format github', () => {
  it('prints one annotation per finding, errors in file and line order, and the summary line', () => {
    const root = copyFixture('schema-problems');
    const result = runCli(['validate', '--root', root, '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = lines(result.stdout);
    expect(out[0]).toBe(
      '::error file=agreements/gnesta-2023.yaml,line=4,col=1,endLine=4,endColumn=6,title=schema/additionalProperties::Okänt fält "titel" – menade du "title"? Rätta namnet till title (Rubrik): fältet är obligatoriskt och saknas annars.',
    );
    expect(out.slice(0, -1).map((l) => l.replace(/,col=.*$/, ''))).toEqual([
      '::error file=agreements/gnesta-2023.yaml,line=4',
      '::error file=agreements/gnesta-2023.yaml,line=24',
      '::error file=follow-ups/gnesta-2023-2024.yaml,line=2',
      '::error file=follow-ups/gnesta-2023-2024.yaml,line=8',
      '::error file=reviews/gnesta-2023-2024.yaml,line=2',
      '::error file=reviews/gnesta-2023-2024.yaml,line=8',
      '::error file=situation-reports/gnesta-2024.yaml,line=4',
      '::error file=situation-reports/gnesta-2024.yaml,line=5',
    ]);
    expect(out.at(-1)).toBe(SUMMARY);
    expect(result.stdout).not.toContain('::notice');
  });

  it('escapes %, : and , as GitHub requires', () => {
    const result = runCli(['validate', '--root', copyFixture('format-escapes'), '--format', 'github']);
    const out = lines(result.stdout);
    expect(out[0]).toMatch(
      /^::error file=agreements\/gnesta-2023\.yaml,line=5,col=1,endLine=5,endColumn=10,title=schema\/additionalProperties::Okänt fält "a:b,c%25d"\. Rätta namnet/,
    );
    expect(out.every((l) => l.startsWith('::error ') || l.startsWith('✖'))).toBe(true);
  });

  it('says how many errors exceed the 10 GitHub shows, and still prints them all', () => {
    const result = runCli(['validate', '--root', copyFixture('many-errors'), '--format', 'github']);
    const out = lines(result.stdout);
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(12);
    expect(out.at(-2)).toBe(
      '::notice::GitHub visar bara 10 fel och 10 varningar per steg som anteckningar; 2 fel utöver dem visas inte där. Se sammanfattningen eller loggen.',
    );
    const en = lines(runCli(['validate', '--root', copyFixture('many-errors'), '--format', 'github', '--lang', 'en']).stdout);
    expect(en.at(-2)).toBe(
      '::notice::GitHub shows only 10 errors and 10 warnings per step as annotations; 2 errors beyond those are not shown there. See the summary or the log.',
    );
  });
});

describe('validate inside GitHub Actions', () => {
  it('chooses github when GITHUB_ACTIONS=true and no --format, and pretty otherwise', () => {
    const root = copyFixture('schema-problems');
    const auto = runCli(['validate', '--root', root], { env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.code).toBe(1);
    expect(auto.stdout.startsWith('::error file=agreements/gnesta-2023.yaml,line=4,')).toBe(true);
    const chosen = runCli(['validate', '--root', root, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(JSON.parse(chosen.stdout)).toMatchObject({ version: 1 });
    const elsewhere = runCli(['validate', '--root', root], { env: { GITHUB_ACTIONS: 'false' } });
    expect(elsewhere.stdout).toContain('  agreements/gnesta-2023.yaml:4:1  fel  ');
  });

  it('appends a Markdown summary to GITHUB_STEP_SUMMARY and keeps what was there', () => {
    const root = copyFixture('schema-problems');
    const summary = join(tempRepo('summary'), 'step-summary.md');
    writeFileSync(summary, '# Tidigare steg\n\nredan här\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    expect(runCli(['validate', '--root', root], { env }).code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Tidigare steg\n\nredan här\n\n## samverkan: kontroll av dokumenten\n\n' + SUMMARY + '\n\n### agreements/gnesta-2023.yaml\n')).toBe(true);
    expect(text).toContain('| 4 | 1 | fel | schema/additionalProperties | Okänt fält "titel" – menade du "title"? ');
    // Appended, not overwritten: a second run adds a second summary.
    runCli(['validate', '--root', root], { env });
    expect(readFileSync(summary, 'utf8')).toBe(`${text}\n${text.slice(text.indexOf('## samverkan'))}`);
  });

  it('cuts the summary so the file stays under 1 MiB, and says so', () => {
    const summary = join(tempRepo('summary'), 'step-summary.md');
    const before = `${'x'.repeat(99)}\n`.repeat(10_480 - 2);
    writeFileSync(summary, before);
    runCli(['validate', '--root', copyFixture('schema-problems')], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    expect(statSync(summary).size).toBeLessThan(1024 * 1024);
    expect(text.startsWith(before)).toBe(true);
    expect(text.trimEnd().split('\n').at(-1)).toBe('> ✂ Sammanfattningen är avkortad: GitHub tar emot högst 1 MiB per steg. Alla problem finns i loggen.');
  });

  it('reports a summary file it cannot write without changing the exit code', () => {
    const folder = tempRepo('summary');
    mkdirSync(join(folder, 'is-a-folder'));
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(folder, 'is-a-folder') };
    const result = runCli(['validate', '--root', copyFixture('valid')], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^samverkan: Kan inte skriva sammanfattningen till .+is-a-folder \(EISDIR\)\.\n$/);
  });
});

interface JunitCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
}
interface JunitReport {
  testsuites: { '@_tests': string; '@_failures': string; testsuite: { '@_name': string; '@_tests': string; '@_failures': string; testcase: JunitCase[] }[] };
}

function parseJunit(xml: string): JunitReport {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml) as JunitReport;
}

describe('validate --format junit', () => {
  it('is XML with one testsuite per file and one failing testcase per finding', () => {
    const result = runCli(['validate', '--root', copyFixture('schema-problems'), '--format', 'junit']);
    expect(result.code).toBe(1);
    const report = parseJunit(result.stdout).testsuites;
    expect([report['@_tests'], report['@_failures']]).toEqual(['8', '8']);
    expect(report.testsuite.map((s) => `${s['@_name']} ${s['@_tests']}/${s['@_failures']}`)).toEqual([
      'agreements/gnesta-2023.yaml 2/2',
      'follow-ups/gnesta-2023-2024.yaml 2/2',
      'reviews/gnesta-2023-2024.yaml 2/2',
      'situation-reports/gnesta-2024.yaml 2/2',
    ]);
    const unknown = report.testsuite[0]?.testcase[0];
    expect(unknown).toMatchObject({ '@_name': 'schema/additionalProperties 4:1', '@_classname': 'agreements/gnesta-2023.yaml' });
    expect(unknown?.failure?.['@_type']).toBe('schema/additionalProperties');
    expect(unknown?.failure?.['#text']).toMatch(/^agreements\/gnesta-2023\.yaml:4:1 fel Okänt fält "titel" – menade du "title"\? .+ \(schema\/additionalProperties\)$/);
  });

  it('has a passing testcase for a clean file', () => {
    const result = runCli(['validate', '--root', copyFixture('valid'), '--format', 'junit']);
    expect(result.code).toBe(0);
    const suite = parseJunit(result.stdout).testsuites.testsuite[0];
    expect(suite?.testcase).toEqual([{ '@_name': 'agreements/gnesta-2023.yaml', '@_classname': 'samverkan', '@_file': 'agreements/gnesta-2023.yaml', '@_time': '0' }]);
  });
});

describe('validate --format sarif', () => {
  const validate = sarifValidator();
  interface Log {
    runs: {
      tool: { driver: { rules: { id: string }[] } };
      results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[];
    }[];
  }

  it('validates against the SARIF 2.1.0 JSON Schema and indexes the rules', () => {
    const result = runCli(['validate', '--root', copyFixture('schema-problems'), '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as Log;
    expect(validate(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(8);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('keeps the fingerprints when a finding moves down a line', () => {
    const root = copyFixture('schema-problems');
    const run = () => (JSON.parse(runCli(['validate', '--root', root, '--format', 'sarif']).stdout) as Log).runs[0]!.results;
    const before = run();
    const file = join(root, 'agreements', 'gnesta-2023.yaml');
    writeFileSync(file, `# En rad till överst.\n${readFileSync(file, 'utf8')}`);
    const after = run();
    const lineOf = (r: Log['runs'][number]['results'][number]) => r.locations[0]!.physicalLocation.region.startLine;
    expect(after.slice(0, 2).map(lineOf)).toEqual(before.slice(0, 2).map((r) => lineOf(r) + 1));
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
  });
});

describe('validate --format markdown', () => {
  it('writes a heading, the summary and a table per file', () => {
    const result = runCli(['validate', '--root', copyFixture('schema-problems'), '--format', 'markdown', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout).slice(0, 8)).toEqual([
      '## samverkan: document check',
      '',
      '✖ 8 errors in 4 of 4 files (5 documents checked).',
      '',
      '### agreements/gnesta-2023.yaml',
      '',
      '| Line | Column | Severity | Rule | Message |',
      '| ---: | ---: | --- | --- | --- |',
    ]);
  });

  it('escapes a | in a message', () => {
    const result = runCli(['validate', '--root', copyFixture('format-escapes'), '--format', 'markdown']);
    expect(result.stdout).toContain('| 6 | 1 | fel | schema/additionalProperties | Okänt fält "x\\|y". Rätta namnet');
  });
});

describe('validate --max-warnings', () => {
  const root = copyFixture('warnings');
  const run = (n: string, lang = 'sv') => runCli(['validate', '--root', root, '--format', 'json', '--max-warnings', n, '--lang', lang]);

  it('exits 0 while the warnings are at most N', () => {
    expect(JSON.parse(run('2').stdout)).toMatchObject({ summary: { errors: 0, warnings: 2 } });
    for (const n of ['2', '3', '100']) expect(run(n)).toMatchObject({ code: 0, stderr: '' });
    expect(runCli(['validate', '--root', root]).code).toBe(0);
  });

  it('exits 1 with one line on stderr when there are more', () => {
    expect(run('1')).toMatchObject({ code: 1, stderr: 'samverkan: 2 varningar, fler än de 1 som --max-warnings tillåter.\n' });
    expect(run('0', 'en')).toMatchObject({ code: 1, stderr: 'samverkan: 2 warnings, more than the 0 that --max-warnings allows.\n' });
  });

  it('still exits 1 on errors, however many warnings are allowed', () => {
    expect(runCli(['validate', '--root', copyFixture('schema-problems'), '--max-warnings', '100']).code).toBe(1);
  });

  it('is a usage error unless N is a whole number of 0 or more', () => {
    for (const n of ['-1', 'x', '1.5', '']) {
      const result = run(n);
      expect(result.code, n).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([`samverkan: --max-warnings ska vara ett heltal som är 0 eller större, inte "${n}". Se samverkan --help.`]);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('validate --format choices', () => {
  it('offers every registered formatter, and none by default', () => {
    const help = runCli(['validate', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`(val: ${FORMAT_NAMES.join(', ')})`);
    expect(help).toContain('utdataformat; github när GITHUB_ACTIONS=true, gitlab när GITLAB_CI=true, annars pretty');
  });
});

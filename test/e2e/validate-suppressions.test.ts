import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, parseJsonOutput, runCli, tempRepo, type JsonDiagnostic, type JsonReport } from '../helpers/run-cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copy(fixture: string): string {
  const root = tempRepo(fixture);
  temps.push(root);
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  return root;
}

type Suppressed = JsonDiagnostic & { suppressed?: { kind: string; reason: string } };
type Report = Omit<JsonReport, 'diagnostics' | 'summary'> & { diagnostics: Suppressed[]; summary: JsonReport['summary'] & { suppressed?: number } };
const at = (d: Suppressed) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}${d.suppressed ? ` [${d.suppressed.kind}: ${d.suppressed.reason}]` : ''}`;

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('exceptions in comments, with a reason', () => {
  const root = copy('swedish-values');
  // Accept the warning for the village's name; try to accept two more without a reason or by a
  // misspelt rule; one exception stands above a line with nothing to accept.
  edit(root, 'agreements/bastad-2024.yaml', '    municipality_code: "1278"', '    # samverkan-disable-next-line municipality/name-matches -- Torekov är kommunens namn i avtalet, KS 2024-01-15 § 4\n    municipality_code: "1278"');
  edit(root, 'agreements/bastad-2024.yaml', '    unit: procent', '    # samverkan-disable-next-line schema/enum\n    unit: procent');
  edit(root, 'follow-ups/uppsala-2024-2024.yaml', 'kind: follow_up', '# samverkan-disable-file schema/enmu -- svenska ord\n# samverkan-disable-next-line reference/measure -- gammalt id\nkind: follow_up');

  it('accepts what is excepted with a reason, refuses the rest, and warns of what accepts nothing', () => {
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseJsonOutput<Report>(result.stdout);
    expect(report.diagnostics.map(at)).toEqual([
      'agreements/bastad-2024.yaml:10:24 warning municipality/name-matches [comment: Torekov är kommunens namn i avtalet, KS 2024-01-15 § 4]',
      'agreements/bastad-2024.yaml:28:5 error suppression/invalid',
      'agreements/bastad-2024.yaml:29:11 error schema/enum',
      'agreements/bastad-2024.yaml:30:13 error schema/enum',
      'agreements/habo-2024.yaml:2:7 error schema/enum',
      'agreements/uppsala-2024.yaml:9:24 error municipality/name-matches',
      'follow-ups/uppsala-2024-2024.yaml:2:1 error suppression/invalid',
      'follow-ups/uppsala-2024-2024.yaml:3:1 warning suppression/unused',
      'follow-ups/uppsala-2024-2024.yaml:11:13 error schema/enum',
      'follow-ups/uppsala-2024-2024.yaml:14:17 error schema/enum',
      'reviews/habo-2025.yaml:6:10 error schema/enum',
    ]);
    expect(report.summary).toEqual({ files: 5, documents: 5, errors: 9, warnings: 1, suppressed: 1 });
    expect(report.diagnostics.filter((d) => d.rule.startsWith('suppression/')).map((d) => d.message)).toEqual([
      'Undantaget saknar motivering. Skriv varför fyndet godtas efter två bindestreck, till exempel: # samverkan-disable-next-line schema/enum -- KS beslut 2023-05-10 § 88.',
      'Okänd regel "schema/enmu" i undantaget – menade du "schema/enum"? Skriv ett regel-id som samverkan rules listar.',
      'Undantaget för reference/measure undantar ingenting. Ta bort regeln ur kommentaren, eller hela kommentaren: det finns inget sådant fynd på raden under.',
    ]);
  });

  it('lists accepted findings in SARIF as suppressed, with the reason as justification', () => {
    const log = JSON.parse(runCli(['validate', '--root', root, '--format', 'sarif']).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown[] }[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.suppressions])).toEqual([
      ['municipality/name-matches', 10, [{ kind: 'inSource', justification: 'Torekov är kommunens namn i avtalet, KS 2024-01-15 § 4' }]],
    ]);
    expect(results).toHaveLength(11);
  });

  it('does not show them, or count them, where people read; the summary says how many', () => {
    const result = runCli(['validate', '--root', root]);
    expect(result.stdout).not.toContain('Torekovs kommun');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 9 fel och 1 varning i 5 av 5 filer (5 dokument kontrollerade). 1 godtaget fynd visas inte (--format json listar det).');
    const github = runCli(['validate', '--root', root, '--format', 'github']);
    expect(github.stdout).not.toContain('municipality/name-matches,line=10');
  });
});

describe('a baseline', () => {
  const root = copy('swedish-values');
  const base = join(root, 'samverkan-baslinje.json');
  const validate = (...args: string[]) => runCli(['validate', '--root', root, '--baseline', base, '--format', 'json', ...args]);

  it('must exist unless it is to be written, and --update-baseline needs it', () => {
    const missing = validate();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`samverkan: Kan inte läsa baslinjen ${base} (ENOENT). Skapa den med samverkan validate --baseline ${base} --update-baseline.\n`);
    const alone = runCli(['validate', '--root', root, '--update-baseline']);
    expect(alone).toMatchObject({ code: 2, stdout: '', stderr: 'samverkan: --update-baseline kräver --baseline FIL. Se samverkan --help.\n' });
  });

  it('is written with every finding, sorted, one per line, and then nothing counts', () => {
    const result = validate('--update-baseline');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`samverkan: Baslinjen ${base} har 8 fynd.\n`);
    const report = parseJsonOutput<Report>(result.stdout);
    expect(report.summary).toEqual({ files: 5, documents: 5, errors: 0, warnings: 0, suppressed: 8 });
    expect(report.diagnostics.every((d) => d.suppressed?.kind === 'baseline' && d.suppressed.reason === 'samverkan-baslinje.json')).toBe(true);
    expect(readFileSync(base, 'utf8')).toBe(
      [
        '{',
        '  "version": 1,',
        '  "findings": [',
        '    {"file": "agreements/bastad-2024.yaml", "rule": "municipality/name-matches", "pointer": "/parties/0/municipality_code", "count": 1},',
        '    {"file": "agreements/bastad-2024.yaml", "rule": "schema/enum", "pointer": "/indicators/0/better", "count": 1},',
        '    {"file": "agreements/bastad-2024.yaml", "rule": "schema/enum", "pointer": "/indicators/0/unit", "count": 1},',
        '    {"file": "agreements/habo-2024.yaml", "rule": "schema/enum", "pointer": "/kind", "count": 1},',
        '    {"file": "agreements/uppsala-2024.yaml", "rule": "municipality/name-matches", "pointer": "/parties/0/municipality_code", "count": 1},',
        '    {"file": "follow-ups/uppsala-2024-2024.yaml", "rule": "schema/enum", "pointer": "/goals/0/assessment", "count": 1},',
        '    {"file": "follow-ups/uppsala-2024-2024.yaml", "rule": "schema/enum", "pointer": "/measures/0/status", "count": 1},',
        '    {"file": "reviews/habo-2025.yaml", "rule": "schema/enum", "pointer": "/outcome", "count": 1}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(validate().code).toBe(0);
  });

  it('still holds its findings when lines move; reports an entry that is fixed; lets a new finding through', () => {
    edit(root, 'follow-ups/uppsala-2024-2024.yaml', 'kind: follow_up', '# Två rader till\n# ovanför.\nkind: follow_up');
    expect(parseJsonOutput<Report>(validate().stdout).summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 8 });
    edit(root, 'follow-ups/uppsala-2024-2024.yaml', 'status: klar', 'status: done');
    edit(root, 'reviews/habo-2025.yaml', 'held_on: 2025-02-03', 'held_on: 2025-02-30');
    const result = validate();
    expect(result.code).toBe(1);
    const report = parseJsonOutput<Report>(result.stdout);
    expect(report.diagnostics.filter((d) => !d.suppressed).map(at)).toEqual([
      'reviews/habo-2025.yaml:5:10 error schema/format',
      'samverkan-baslinje.json:10:1 warning baseline/unused',
    ]);
    expect(report.diagnostics.find((d) => d.rule === 'baseline/unused')?.message).toBe(
      'Baslinjen väntar 1 fynd av schema/enum vid "/measures/0/status" i follow-ups/uppsala-2024-2024.yaml som inte längre finns. Bra, det har rättats: skriv om baslinjen med samverkan validate --baseline samverkan-baslinje.json --update-baseline, så att den krymper.',
    );
    expect(validate('--update-baseline').code).toBe(0);
    expect(readFileSync(base, 'utf8')).not.toContain('/measures/0/status');
    expect(existsSync(`${base}.tmp`)).toBe(false);
  });
});

describe('a baseline of a file with more findings than a report shows', () => {
  it('holds every one of them, so the next run passes', () => {
    const root = copy('valid');
    const base = join(root, 'baslinje.json');
    writeFileSync(join(root, 'many.yaml'), `kind: annual_review\nid: many\nagreement: gnesta-2023\nheld_on: 2024-06-11\noutcome: unchanged\n${Array.from({ length: 150 }, (_, i) => `x${i}: 1\n`).join('')}`);
    const update = runCli(['validate', '--root', root, '--baseline', base, '--update-baseline', '--format', 'json']);
    expect(update).toMatchObject({ code: 0, stderr: `samverkan: Baslinjen ${base} har 150 fynd.\n` });
    expect(parseJsonOutput<Report>(update.stdout).summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 150 });
    expect(runCli(['validate', '--root', root, '--baseline', base]).code).toBe(0);
  });
});

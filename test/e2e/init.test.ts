import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from '../../src/domain/calendar/stockholm.js';
import { BIN, STACK_TRACE, parseJsonOutput, runCli, tempRepo } from '../helpers/run-cli.js';
import { treeHashes } from '../helpers/tree.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function emptyFolder(): string {
  const dir = tempRepo('init');
  temps.push(dir);
  return dir;
}

/** The draft's first year: the year before today in Sweden (the tests run on any day). */
const YEAR = Number(todayInStockholm(new Date()).slice(0, 4)) - 1;

describe('samverkan init', () => {
  const root = emptyFolder();
  const first = runCli(['init', '--kommun', 'Uppsala'], { cwd: root });

  it('scaffolds a repository for the kommun and lists what it wrote', () => {
    expect(first).toMatchObject({ code: 0, stderr: '' });
    for (const path of [
      'samverkan.yaml',
      `agreements/uppsala-${YEAR}.yaml`,
      'follow-ups/README.md',
      '.samverkan/schemas/agreement.schema.json',
      '.samverkan/schemas/samverkan.schema.json',
      '.vscode/settings.json',
      '.vscode/extensions.json',
      '.gitignore',
      '.github/workflows/samverkan.yml',
      '.samverkan/samverkan.tgz',
    ]) {
      expect(existsSync(join(root, path)), path).toBe(true);
      expect(first.stdout).toContain(`  ${path}\n`);
    }
    expect(first.stdout).toMatch(/^Uppsala kommun \(0380\), polisregion Mitt, i /);
    expect(first.stdout).toContain(`Fyll i agreements/uppsala-${YEAR}.yaml`);
  });

  it('writes a draft that validates, and that status shows as utkast', () => {
    const validate = runCli(['validate', '--format', 'json'], { cwd: root });
    expect(validate.code).toBe(0);
    expect(parseJsonOutput(validate.stdout).summary).toMatchObject({ errors: 0, documents: 2 });
    const status = runCli(['status'], { cwd: root });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`Uppsala \\(0380\\)\\s+uppsala-${YEAR}\\s+utkast\\s+${YEAR}-01-01 – ${YEAR + 3}-12-31`));
  });

  it('fills the agreement with the kommun, its polisregion and signatories without signed_on', () => {
    const text = readFileSync(join(root, `agreements/uppsala-${YEAR}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.samverkan/schemas/agreement.schema.json');
    const data = parse(text) as { parties: { type: string; name: string; municipality_code?: string; police_region?: string }[]; signatories: Record<string, string>[]; focus_areas: { effect_goals: unknown[]; measures: unknown[] }[] };
    expect(data.parties).toEqual([
      { id: 'uppsala-kommun', type: 'municipality', name: 'Uppsala kommun', municipality_code: '0380' },
      { id: 'polisen', type: 'police', name: 'Polisen, lokalpolisområde [namn]', police_region: 'Mitt' },
    ]);
    expect(data.signatories.every((s) => s.signed_on === undefined)).toBe(true);
    expect(data.focus_areas).toHaveLength(1);
    expect(data.focus_areas[0]!.effect_goals).toHaveLength(1);
    expect(data.focus_areas[0]!.measures).toHaveLength(1);
  });

  it('maps the schema to the document folders only, never to .github/', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const patterns = settings['yaml.schemas']['./.samverkan/schemas/samverkan.schema.json']!;
    expect(patterns).toContain('samverkan.yaml');
    expect(patterns).toContain('follow-ups/**/*.yaml');
    expect(patterns.some((p) => p.startsWith('**') || p.includes('.github'))).toBe(false);
    expect(JSON.parse(readFileSync(join(root, '.vscode/extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('run again, changes no byte, says what it left alone and exits 0', () => {
    const before = treeHashes(root);
    const again = runCli(['init', '--kommun', '0380'], { cwd: root });
    expect(again.code).toBe(0);
    expect(treeHashes(root)).toEqual(before);
    expect(again.stdout).toContain('Fanns redan, lämnades orörda');
    expect(again.stdout).toContain(`  agreements/uppsala-${YEAR}.yaml\n`);
    expect(again.stdout).not.toContain('Skapade');
  });

  it("then writes last year's follow-up of the draft, which validates: the issue's first steps in order", () => {
    const followUp = runCli(['new', 'follow-up', '--agreement', `uppsala-${YEAR}`, '--year', String(YEAR)], { cwd: root });
    expect(followUp).toMatchObject({ code: 0, stdout: `follow-ups/uppsala-${YEAR}-uppfoljning-${YEAR}.yaml\n`, stderr: '' });
    const written = parse(readFileSync(join(root, `follow-ups/uppsala-${YEAR}-uppfoljning-${YEAR}.yaml`), 'utf8')) as { measures: { measure: string }[]; goals: { goal: string }[] };
    const agreement = parse(readFileSync(join(root, `agreements/uppsala-${YEAR}.yaml`), 'utf8')) as { focus_areas: { measures: { id: string }[]; effect_goals: { id: string }[] }[] };
    expect(written.measures.map((m) => m.measure)).toEqual(agreement.focus_areas.flatMap((a) => a.measures.map((m) => m.id)));
    expect(written.goals.map((g) => g.goal)).toEqual(agreement.focus_areas.flatMap((a) => a.effect_goals.map((g) => g.id)));
    const validate = runCli(['validate'], { cwd: root });
    expect(validate).toMatchObject({ code: 0, stderr: '' });
  });

  it('keeps a file a person wrote, and adds no second draft when the agreement has another name', () => {
    const dir = emptyFolder();
    mkdirSync(join(dir, 'agreements'));
    writeFileSync(join(dir, 'samverkan.yaml'), 'kind: config\nlanguage: sv\n');
    const own = readFileSync(join(root, `agreements/uppsala-${YEAR}.yaml`), 'utf8').replace(`id: uppsala-${YEAR}`, 'id: uppsala-egen');
    writeFileSync(join(dir, 'agreements', 'egen.yaml'), own);
    const result = runCli(['init', dir, '--kommun', 'Uppsala']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'samverkan.yaml'), 'utf8')).toBe('kind: config\nlanguage: sv\n');
    expect(existsSync(join(dir, `agreements/uppsala-${YEAR}.yaml`))).toBe(false);
    expect(result.stdout).toMatch(/Fanns redan, lämnades orörda \(\d+\):\n(  .*\n)*  samverkan\.yaml\n/);
    expect(runCli(['validate', '--root', dir]).code).toBe(0);
  });

  it('with --ci gitlab writes .gitlab-ci.yml with Code Quality and JUnit reports, and leaves it out of the documents', () => {
    const dir = join(emptyFolder(), 'ny');
    const result = runCli(['init', dir, '--kommun', 'Region Gotland', '--ci', 'gitlab']);
    expect(result.code).toBe(0);
    const ci = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts?: { reports?: { junit?: string; codequality?: string } } }>;
    expect(ci.samverkan!.script).toContain('npm install --global ./.samverkan/samverkan.tgz');
    expect(ci.samverkan!.artifacts?.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'samverkan-junit.xml' });
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(runCli(['validate', '--root', dir]).code).toBe(0);
  });

  it('with --ci none writes no CI and no package', () => {
    const dir = emptyFolder();
    expect(runCli(['init', dir, '--kommun', '1287', '--ci', 'none']).code).toBe(0);
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(false);
    expect(existsSync(join(dir, '.samverkan/samverkan.tgz'))).toBe(false);
    expect(existsSync(join(dir, `agreements/trelleborg-${YEAR}.yaml`))).toBe(true);
  });

  it('speaks English with --lang en, in its output and in the files it writes', () => {
    const dir = emptyFolder();
    const result = runCli(['init', dir, '--kommun', 'Växjö', '--lang', 'en', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kommun: { municipality_code: '0780', name: 'Växjö' }, skipped: [] });
    expect(readFileSync(join(dir, 'samverkan.yaml'), 'utf8')).toContain('language: en');
    expect(readFileSync(join(dir, `agreements/vaxjo-${YEAR}.yaml`), 'utf8')).toContain('# DRAFT of a cooperation agreement');
    const validate = runCli(['validate', '--root', dir]);
    expect(validate).toMatchObject({ code: 0 });
    expect(validate.stdout).toContain('No problems');
  });

  it('an unknown kommun is a usage error with a did-you-mean, and nothing is written', () => {
    const dir = join(emptyFolder(), 'ny');
    const result = runCli(['init', dir, '--kommun', 'Upsala']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('samverkan: Okänd kommun "Upsala" – menade du "Uppsala"? Ange kommunens namn eller SCB:s fyrsiffriga kommunkod. Se samverkan --help.\n');
    expect(existsSync(dir)).toBe(false);
  });

  it('without --kommun in a pipe is a usage error; a file in the way is an input error', () => {
    const dir = emptyFolder();
    const missing = runCli(['init', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Ange kommunen med --kommun');
    writeFileSync(join(dir, 'fil'), 'x');
    const file = runCli(['init', join(dir, 'fil'), '--kommun', 'Uppsala']);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^samverkan: Inte en mapp: .*fil\n$/);
    expect(file.stderr).not.toMatch(STACK_TRACE);
  });

  // `script` (util-linux) runs the CLI on a pseudo-terminal, as a person at a terminal would.
  it.skipIf(spawnSync('script', ['--version']).status !== 0)('without --kommun in a terminal it asks, and asks again after a typo', () => {
    const dir = join(emptyFolder(), 'ny');
    const result = spawnSync('script', ['-qec', `node ${JSON.stringify(BIN)} init ${JSON.stringify(dir)}`, '/dev/null'], {
      input: 'Upsala\nUppsala\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
    });
    const screen = result.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    expect(result.status, screen).toBe(0);
    expect(screen).toContain('Vilken kommun (namn eller kommunkod)? ');
    expect(screen).toContain('Okänd kommun "Upsala" – menade du "Uppsala"?');
    expect(screen).toContain('Uppsala kommun (0380), polisregion Mitt');
    expect(existsSync(join(dir, `agreements/uppsala-${YEAR}.yaml`))).toBe(true);
  });

  it('--help shows examples', () => {
    const help = runCli(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exempel:\n  samverkan init --kommun Uppsala');
    expect(help.stdout).toContain('--ci <ci>');
  });
});

describe('samverkan schema', () => {
  it('writes the shipped schemas, with their stable $ids, into .samverkan/schemas or --out', () => {
    const root = emptyFolder();
    const result = runCli(['schema'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContain('.samverkan/schemas/agreement.schema.json');
    const written = JSON.parse(readFileSync(join(root, '.samverkan/schemas/agreement.schema.json'), 'utf8')) as { $id: string };
    expect(written.$id).toBe('https://samverkan.se/schemas/v1/agreement.schema.json');
    const out = runCli(['schema', '--out', 'scheman', '--format', 'json'], { cwd: root });
    expect(JSON.parse(out.stdout)).toMatchObject({ written: expect.arrayContaining(['scheman/follow_up.schema.json']) as unknown });
    expect(readFileSync(join(root, 'scheman/follow_up.schema.json'), 'utf8')).toBe(readFileSync(join(root, '.samverkan/schemas/follow_up.schema.json'), 'utf8'));
  });

  it('refreshes schemas that are out of date, as it is made to', () => {
    const root = emptyFolder();
    mkdirSync(join(root, '.samverkan/schemas'), { recursive: true });
    writeFileSync(join(root, '.samverkan/schemas/agreement.schema.json'), '{}');
    expect(runCli(['schema', '--root', root]).code).toBe(0);
    expect(readFileSync(join(root, '.samverkan/schemas/agreement.schema.json'), 'utf8')).toContain('"$id": "https://samverkan.se/schemas/v1/agreement.schema.json"');
  });
});

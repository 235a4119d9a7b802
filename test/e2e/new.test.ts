import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from '../../src/domain/calendar/stockholm.js';
import type { Agreement, FollowUp } from '../../src/model/documents.js';
import { PROJECT, STACK_TRACE, parseJsonOutput, runCli, tempRepo } from '../helpers/run-cli.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TODAY = todayInStockholm(new Date());
const YEAR = Number(TODAY.slice(0, 4)) - 1;

function initRepo(): string {
  const root = tempRepo('new-init');
  temps.push(root);
  expect(runCli(['init', root, '--kommun', 'Uppsala', '--ci', 'none']).code).toBe(0);
  return root;
}

function examplesCopy(): string {
  const root = tempRepo('new-examples');
  temps.push(root);
  cpSync(join(PROJECT, 'examples'), root, { recursive: true });
  return root;
}

function validates(root: string): void {
  const result = runCli(['validate', '--root', root, '--format', 'json']);
  expect(parseJsonOutput(result.stdout).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.code).toBe(0);
}

function read<T>(root: string, path: string): T {
  return parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Every measure and every goal id of an agreement, in order. */
function itemsOf(agreement: Agreement): { measures: string[]; goals: string[] } {
  return {
    measures: agreement.focus_areas.flatMap((a) => (a.measures ?? []).map((m) => m.id)),
    goals: agreement.focus_areas.flatMap((a) => [...(a.effect_goals ?? []), ...(a.process_goals ?? []), ...(a.output_goals ?? [])].map((g) => g.id)),
  };
}

/** Each kind, run in a repository: what it writes, and where. */
const KINDS = (agreement: string, kommun: string, year: number, today: string) =>
  [
    ['follow-up', ['--agreement', agreement, '--year', String(year)], `follow-ups/${agreement}-uppfoljning-${year}.yaml`],
    ['review', ['--agreement', agreement], `reviews/${agreement}-aktualitetsprovning-${today.slice(0, 4)}.yaml`],
    ['citizen-promises', ['--agreement', agreement, '--from', `${year}-01-01`, '--to', `${year}-12-31`], null],
    ['situation-report', ['--kommun', kommun, '--year', String(year)], null],
    ['action-plan', ['--kommun', kommun], null],
    ['agreement', ['--supersedes', agreement], null],
  ] as const;

describe('samverkan new, in a repository made by init', () => {
  const root = initRepo();
  const agreement = `uppsala-${YEAR}`;

  it.each(KINDS(agreement, 'Uppsala', YEAR, TODAY))('new %s writes one document that validates and prints its path', (kind, args, expected) => {
    const result = runCli(['new', kind, ...args, '--root', root]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const path = result.stdout.trim();
    expect(result.stdout).toBe(`${path}\n`);
    if (expected !== null) expect(path).toBe(expected);
    expect(readFileSync(join(root, path), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.samverkan\/schemas\/[a-z_]+\.schema\.json\n/);
    validates(root);
  });

  it('the follow-up lists every measure and goal of the agreement, not yet reported', () => {
    const followUp = read<FollowUp>(root, `follow-ups/${agreement}-uppfoljning-${YEAR}.yaml`);
    const items = itemsOf(read<Agreement>(root, `agreements/${agreement}.yaml`));
    expect(followUp.measures?.map((m) => [m.measure, m.status])).toEqual(items.measures.map((m) => [m, 'not_started']));
    expect(followUp.goals?.map((g) => [g.goal, g.assessment])).toEqual(items.goals.map((g) => [g, 'not_assessed']));
    expect(followUp.reported_on).toBeUndefined();
    expect(readFileSync(join(root, `follow-ups/${agreement}-uppfoljning-${YEAR}.yaml`), 'utf8')).toContain('#   - indicator: andel-otrygga\n');
  });

  it('the successor starts the day after, copies the content and is a draft', () => {
    const old = read<Agreement>(root, `agreements/${agreement}.yaml`);
    const successor = read<Agreement>(root, `agreements/uppsala-${YEAR + 4}.yaml`);
    expect(successor).toMatchObject({ supersedes: agreement, valid_from: `${YEAR + 4}-01-01`, valid_to: `${YEAR + 7}-12-31`, parties: old.parties, indicators: old.indicators, focus_areas: old.focus_areas });
    expect(successor.title).toBe(`Samverkansöverenskommelse mellan Uppsala kommun och Polisen ${YEAR + 4}–${YEAR + 7}`);
    const status = parseJsonOutput<{ agreements: { id: string; state: string }[] }>(runCli(['status', '--root', root, '--format', 'json']).stdout);
    expect(status.agreements.find((a) => a.id === successor.id)?.state).toBe('draft');
  });
});

describe('samverkan new, in a copy of examples/', () => {
  const root = examplesCopy();

  it.each(KINDS('vaxjo-2023', '0780', 2026, TODAY))('new %s writes one document that validates', (kind, args) => {
    const result = runCli(['new', kind, ...args, '--root', root]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // examples/ has no .samverkan/schemas, so there is no schema to point a modeline at.
    expect(readFileSync(join(root, result.stdout.trim()), 'utf8')).not.toContain('yaml-language-server');
    validates(root);
  });

  it('lists every measure and goal of a real-sized agreement', () => {
    const result = runCli(['new', 'follow-up', '--agreement', 'gnesta-2023', '--year', '2026', '--root', root, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual({ file: 'follow-ups/gnesta-2023-uppfoljning-2026.yaml', id: 'gnesta-2023-uppfoljning-2026' });
    const items = itemsOf(read<Agreement>(root, 'agreements/gnesta-2023.yaml'));
    const followUp = read<FollowUp>(root, 'follow-ups/gnesta-2023-uppfoljning-2026.yaml');
    expect(items.measures.length).toBeGreaterThan(5);
    expect(followUp.measures?.map((m) => m.measure)).toEqual(items.measures);
    expect(followUp.goals?.map((g) => g.goal)).toEqual(items.goals);
    validates(root);
  });

  it('the situation report is tied to the agreement of its year, the action plan to the latest situation report', () => {
    const report = read<{ agreement?: string }>(root, 'situation-reports/vaxjo-lagesbild-2026.yaml');
    expect(report.agreement).toBe('vaxjo-2023');
    const plan = runCli(['new', 'action-plan', '--kommun', 'Burlöv', '--root', root]);
    expect(read<{ situation_report?: string }>(root, plan.stdout.trim()).situation_report).toBe('burlov-lagesbild-2024');
  });
});

describe('samverkan new refuses what would not validate, with the fix', () => {
  const root = examplesCopy();

  it('an unknown agreement names the closest id', () => {
    const result = runCli(['new', 'follow-up', '--agreement', 'gnesta-2032', '--year', '2025', '--root', root]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^samverkan: Ingen överenskommelse har id "gnesta-2032" – menade du "gnesta-2023"\? Överenskommelserna i arkivet: burlov-2023, /);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('a year outside the validity, a follow-up that exists, and an unknown kommun', () => {
    expect(runCli(['new', 'follow-up', '--agreement', 'gnesta-2023', '--year', '2030', '--root', root]).stderr).toContain(
      '2030 ligger utanför giltighetstiden för gnesta-2023 (2023-06-20 – 2027-05-31); en uppföljning gäller ett år mellan 2023 och 2027.',
    );
    const twice = runCli(['new', 'follow-up', '--agreement', 'gnesta-2023', '--year', '2024', '--root', root]);
    expect(twice).toMatchObject({ code: 2 });
    expect(twice.stderr).toContain('gnesta-2023 har redan en uppföljning för 2024: follow-ups/gnesta-2023-uppfoljning-2024.yaml.');
    const kommun = runCli(['new', 'situation-report', '--kommun', 'Gnsta', '--year', '2026', '--root', root, '--lang', 'en']);
    expect(kommun).toMatchObject({ code: 2 });
    expect(kommun.stderr).toContain('Unknown kommun "Gnsta" – did you mean "Gnesta"?');
  });

  it('bad dates and years are usage errors, and a missing option is named', () => {
    expect(runCli(['new', 'citizen-promises', '--agreement', 'gnesta-2023', '--from', '2026-02-30', '--to', '2026-12-31', '--root', root]).stderr).toContain('--from "2026-02-30" är inget giltigt datum');
    expect(runCli(['new', 'citizen-promises', '--agreement', 'gnesta-2023', '--from', '2026-06-01', '--to', '2026-01-01', '--root', root]).stderr).toContain('--to 2026-01-01 ligger före --from 2026-06-01.');
    expect(runCli(['new', 'situation-report', '--kommun', 'Gnesta', '--year', '26', '--root', root]).stderr).toContain('--year ska vara ett årtal mellan 1990 och 2100');
    const missing = runCli(['new', 'follow-up', '--agreement', 'gnesta-2023', '--root', root]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain("flaggan '--year' krävs");
  });

  it('never overwrites a file, even one that holds another id', () => {
    mkdirSync(join(root, 'reviews'), { recursive: true });
    const path = join(root, 'reviews', 'vaxjo-2023-aktualitetsprovning-2026.yaml');
    writeFileSync(path, '# en anteckning\n');
    const result = runCli(['new', 'review', '--agreement', 'vaxjo-2023', '--held-on', '2026-10-01', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('reviews/vaxjo-2023-aktualitetsprovning-2026.yaml finns redan; samverkan skriver aldrig över en fil.');
    expect(readFileSync(path, 'utf8')).toBe('# en anteckning\n');
    const other = runCli(['new', 'review', '--agreement', 'vaxjo-2023', '--held-on', '2026-10-01', '--id', 'vaxjo-2023-provning-oktober-2026', '--root', root]);
    expect(other).toMatchObject({ code: 0, stdout: 'reviews/vaxjo-2023-provning-oktober-2026.yaml\n' });
  });

  it('shows what the check finds in the new file: promises outside the validity are a warning', () => {
    const result = runCli(['new', 'citizen-promises', '--agreement', 'trelleborg-2019', '--from', '2026-01-01', '--to', '2026-12-31', '--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('citizen-promises/trelleborg-medborgarloften-2026.yaml\n');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^samverkan: citizen-promises\/trelleborg-medborgarloften-2026\.yaml:\d+:\d+ {2}varning {2}Datumet .* {2}citizen-promises\/within-validity$/);
  });

  it('a missing or mistyped kind names the kinds', () => {
    const none = runCli(['new', '--root', root]);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toBe(
      'samverkan: Ange vilket dokument som ska skapas: samverkan new TYP. Dokumenttyperna är follow-up, review, citizen-promises, situation-report, action-plan, agreement. Se samverkan --help.\n',
    );
    const typo = runCli(['new', 'folow-up', '--agreement', 'gnesta-2023', '--year', '2026', '--root', root]);
    expect(typo).toMatchObject({ code: 2, stdout: '' });
    expect(typo.stderr).toContain('Okänd dokumenttyp "folow-up" – menade du "follow-up"? Dokumenttyperna är follow-up, review,');
  });

  it('--help lists the kinds with examples', () => {
    const help = runCli(['new', '--help']);
    expect(help.code).toBe(0);
    for (const kind of ['follow-up', 'review', 'citizen-promises', 'situation-report', 'action-plan', 'agreement']) expect(help.stdout).toContain(`  ${kind}|`);
    expect(help.stdout).toContain('Exempel:\n  samverkan new follow-up --agreement uppsala-2027 --year 2027');
    expect(runCli(['new', 'follow-up', '--help', '--lang', 'en']).stdout).toContain('Examples:\n  samverkan new follow-up');
    expect(existsSync(join(root, 'x'))).toBe(false);
  });
});

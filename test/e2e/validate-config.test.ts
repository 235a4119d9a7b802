import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../scripts/schema-compiler.mjs';
import { knownRuleIds } from '../../src/check/rule-ids.js';
import { FIXTURES, STACK_TRACE, runCli, tempRepo } from '../helpers/run-cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with this samverkan.yaml. */
function repoWithConfig(...lines: string[]): string {
  const root = tempRepo('config');
  temps.push(root);
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (lines.length > 0) writeFileSync(join(root, 'samverkan.yaml'), `${lines.join('\n')}\n`);
  return root;
}

/** Exit 2, nothing on stdout, exactly this one line on stderr. */
function expectExit2(args: string[], stderr: string | RegExp): void {
  const result = runCli(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  if (typeof stderr === 'string') expect(result.stderr).toBe(`${stderr}\n`);
  else expect(result.stderr.trimEnd()).toMatch(stderr);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('samverkan.yaml is checked: exit 2 with the line', () => {
  it('an unknown rule id, with a did-you-mean', () => {
    const root = repoWithConfig('kind: config', 'rules:', '  follow-up/measure-coverag: "off"');
    expectExit2(
      ['validate', '--root', root],
      'samverkan: samverkan.yaml:3:3: Okänd regel "follow-up/measure-coverag" – menade du "follow-up/measure-coverage"? Skriv ett regel-id som samverkan rules listar, eller ta bort raden.',
    );
    expectExit2(['rules', '--root', root, '--lang', 'en'], /^samverkan: samverkan\.yaml:3:3: Unknown rule "follow-up\/measure-coverag" – did you mean "follow-up\/measure-coverage"\?/);
  });

  it('a rule that guards reading switched off, saying why', () => {
    const root = repoWithConfig('kind: config', 'rules:', '  file/binary: "off"');
    expectExit2(
      ['validate', '--root', root],
      'samverkan: samverkan.yaml:3:16: Regeln file/binary kan inte sättas till off: den skyddar läsningen av filerna, och utan den skulle en fil som inte gick att läsa se kontrollerad ut. Ta bort raden och rätta filen; en fil som inte ska kontrolleras undantas med exclude:.',
    );
    const warning = repoWithConfig('kind: config', 'rules:', '  yaml/syntax: warning');
    expectExit2(['validate', '--root', warning, '--lang', 'en'], /^samverkan: samverkan\.yaml:3:16: The rule yaml\/syntax cannot be set to warning: it guards the reading of files/);
  });

  it('templates: outside the root, for every command', () => {
    const root = repoWithConfig('kind: config', 'templates: ../mallar');
    const message = 'samverkan: samverkan.yaml:2:12: templates: ska vara en mapp i arkivet, relativ till rotmappen, men "../mallar" ligger utanför arkivet. Lägg mallarna i en mapp i arkivet och skriv dess namn, till exempel templates: templates.';
    expectExit2(['validate', '--root', root], message);
    expectExit2(['report', '--root', root, '--year', '2024', '--as-of', '2024-06-01'], message);
    const absolute = repoWithConfig('kind: config', 'templates: /');
    expectExit2(['report', '--root', absolute, '--year', '2024'], /^samverkan: samverkan\.yaml:2:12: templates: ska vara en mapp i arkivet/);
  });

  it('templates: a link out of the root', () => {
    const root = repoWithConfig('kind: config', 'templates: mallar');
    const outside = tempRepo('outside');
    temps.push(outside);
    symlinkSync(outside, join(root, 'mallar'));
    expectExit2(['report', '--root', root, '--year', '2024', '--lang', 'en'], /^samverkan: samverkan\.yaml:2:12: templates: "mallar" is a symbolic link to .+, outside the repository\. Copy the templates/);
  });

  it('every rule id the configuration schema gives as an example is a real one', () => {
    const schema = readFileSync(join(SCHEMA_DIR, 'config.schema.json'), 'utf8');
    const ids = [...schema.matchAll(/\b(?:schema|file|yaml|reference|agreement|period|municipality|police|follow-up|citizen-promises|repository|suppression)\/[a-zA-Z-]+[a-zA-Z]\b/g)].map((m) => m[0]);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => !knownRuleIds().has(id))).toEqual([]);
  });
});

describe('nothing to check is not success', () => {
  it('a root without YAML files exits 2 naming the folder', () => {
    const root = tempRepo('empty');
    temps.push(root);
    mkdirSync(join(root, 'agreements'));
    writeFileSync(join(root, 'README.md'), '# inte ett dokument\n');
    expectExit2(['validate', '--root', root], `samverkan: Inga .yaml- eller .yml-filer hittades i ${root}. Ange arkivets rotmapp med --root, eller kontrollera exclude: i samverkan.yaml.`);
    expectExit2(['validate', '--root', root, '--lang', 'en', '--format', 'json'], `samverkan: No .yaml or .yml files were found in ${root}. Give the repository's root folder with --root, or check exclude: in samverkan.yaml.`);
  });

  it('samverkan.yaml alone, or everything excluded, is nothing to check either', () => {
    const root = repoWithConfig('kind: config', 'exclude: [agreements]');
    expectExit2(['validate', '--root', root], /^samverkan: Inga \.yaml- eller \.yml-filer hittades i /);
    expectExit2(['status', '--root', root], /^samverkan: Inga \.yaml- eller \.yml-filer hittades i /);
  });
});

describe('options', () => {
  it.each([
    // validate, status, deadlines and overview take several roots; the report is one repository's.
    [['report', '--year', '2024', '--root', 'a', '--root', 'b'], 'samverkan: --root är angiven två gånger ("a" och "b"); ange den en gång. Se samverkan --help.'],
    [['validate', '--format', 'json', '--format=pretty'], 'samverkan: --format är angiven två gånger ("json" och "pretty"); ange den en gång. Se samverkan --help.'],
    [['deadlines', '-o', 'x.ics', '--output', 'y.ics', '--lang', 'en'], 'samverkan: --output is given twice ("x.ics" and "y.ics"); give it once. See samverkan --help.'],
    [['report', '--year', '2024', '--year', '2025'], 'samverkan: --year är angiven två gånger ("2024" och "2025"); ange den en gång. Se samverkan --help.'],
  ])('a single-value option given twice is a usage error: %j', (args, stderr) => {
    expectExit2(args, stderr);
  });

  it('report writes with --output or -o, keeps --out, and refuses both', () => {
    const root = repoWithConfig();
    const out = join(root, 'rapport.md');
    const args = ['report', '--root', root, '--year', '2024', '--as-of', '2024-06-01'];
    expect(runCli([...args, '-o', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/^# Årsrapport 2024/);
    rmSync(out);
    expect(runCli([...args, '--out', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(written);
    expectExit2([...args, '--out', out, '--output', out], 'samverkan: --out och --output betyder samma sak; ange bara --output. Se samverkan --help.');
  });

  it('schema writes its folder with --output or -o too, keeps --out, and refuses both', () => {
    const root = repoWithConfig();
    const result = runCli(['schema', '-o', 'scheman', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { written: string[] }).written.length).toBeGreaterThan(5);
    expect(readFileSync(join(root, 'scheman', 'agreement.schema.json'), 'utf8')).toContain('"$id"');
    expectExit2(['schema', '--root', root, '--out', 'a', '--output', 'b'], 'samverkan: --out och --output betyder samma sak; ange bara --output. Se samverkan --help.');
  });

  it('rules writes with --output too', () => {
    const root = repoWithConfig();
    const out = join(root, 'regler.md');
    expect(runCli(['rules', '--format', 'markdown', '--output', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Regler\n/);
  });
});

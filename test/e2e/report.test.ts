import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION, sanitiseReport } from '../helpers/report-text.js';
import { FIXTURES, PROJECT, STACK_TRACE, copyFixture, runCli, tempRepo } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2026-11-24'];

/** A copy outside any git repository, so the colophon names no commit and the golden is stable. */
function examples(): string {
  const root = tempRepo('report');
  cpSync(join(PROJECT, 'examples'), root, { recursive: true });
  return root;
}

/** `|` that separate cells: not escaped with a backslash (an escaped backslash before it does not count). */
function cellSeparators(row: string): number {
  return [...row.matchAll(/(?<!\\)(?:\\\\)*\|/g)].length;
}

/** Each table as its rows: runs of lines that start with `|`. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  return found;
}

describe('samverkan report (Markdown)', () => {
  it('renders the examples of 2024 as the reviewed golden', async () => {
    const result = runCli(['report', '--root', examples(), '--year', '2024', ...AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await expect(sanitiseReport(result.stdout)).toMatchFileSnapshot('../golden/report-2024.md');
  });

  it('shows the start of that golden in the README', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const start = readme.indexOf('```markdown\n# Årsrapport 2024\n');
    expect(start).toBeGreaterThan(-1);
    const excerpt = readme.slice(start).split('\n```\n')[0]!.split('\n').slice(1);
    const golden = readFileSync(join(PROJECT, 'test', 'golden', 'report-2024.md'), 'utf8').split('\n');
    let at = 0;
    // Lines in the same order; "…" stands for what the README leaves out.
    for (const line of excerpt.filter((l) => l !== '…' && l !== '- …')) {
      at = golden.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps every table whole and prints no raw HTML, whatever the free text holds', () => {
    const result = runCli(['report', '--root', copyFixture('report-escaping'), '--year', '2024', '--as-of', '2025-06-01']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const found = tables(result.stdout);
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const table of found) {
      const [header, rule, ...rows] = table as [string, string, ...string[]];
      expect(rule).toMatch(/^\| (?:-{3}:? \| )*-{3}:? \|$/);
      for (const row of [rule, ...rows]) expect(cellSeparators(row), row).toBe(cellSeparators(header));
    }
    expect(result.stdout).not.toMatch(/(?<!\\)<\/?script/);
    expect(result.stdout).not.toMatch(/(?<!\\)\*x(?<!\\)\*/);
    // The texts are all there, escaped, quotes untouched.
    expect(result.stdout).toContain(`\\<script\\>alert(1)\\</script\\> \\| \\*x\\* "q" 'q'`);
    expect(result.stdout.match(/\\<script\\>/g)?.length).toBeGreaterThanOrEqual(20);
    // A line break in a comment does not end the table row; a leading "- " starts no list.
    expect(result.stdout).toContain(`| \\<script\\>alert(1)\\</script\\> \\| \\*x\\* "q" 'q' \\| row \\| break \\| |`);
    expect(result.stdout).toContain(`| \\- \\<script\\>`);
    expect(result.stdout).toMatch(/^\| 2023 \| 1\u00a0480 \|$/m);
  });

  it('writes --out atomically and prints nothing', () => {
    const root = examples();
    const out = join(tempRepo('report-out'), 'rapport.md');
    const result = runCli(['report', '--root', root, '--year', '2024', '--agreement', 'gnesta-2023', '--out', out, ...AS_OF]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const stdout = runCli(['report', '--root', root, '--year', '2024', '--agreement', 'gnesta-2023', ...AS_OF]).stdout;
    expect(readFileSync(out, 'utf8')).toBe(stdout);
    // One agreement: the report's heading, then its title once (never the same title as H1 and H2).
    expect(stdout).toMatch(/^# Årsrapport 2024\n\n## Samverkansöverenskommelse mellan Gnesta kommun/);
    expect(stdout).not.toContain('## Innehåll');
  });

  it('names the commit when the root is a git repository', () => {
    const root = copyFixture('report-own-template');
    // A minimal repository by hand: git rev-parse reads HEAD and the ref, and needs no objects.
    mkdirSync(join(root, '.git', 'refs', 'heads'), { recursive: true });
    mkdirSync(join(root, '.git', 'objects'));
    writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(root, '.git', 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
    writeFileSync(join(root, '.git', 'refs', 'heads', 'main'), '0123456789abcdef0123456789abcdef01234567\n');
    const result = runCli(['report', '--root', root, '--year', '2024', '--as-of', '2025-01-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Sammanställd 1 januari 2025 med samverkan \S+ ur arkivets version 0123456[0-9a-f]*\.$/m);
  });

  it("uses the repository's own templates/report.md.hbs, with the bundled partials", () => {
    const result = runCli(['report', '--root', copyFixture('report-own-template'), '--year', '2024', '--as-of', '2025-01-01']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `# Egen årsrapport 2024\n\n- Samverkansöverenskommelse Gnesta 2024–2026: gällande, 1 åtgärder\n\n---\n\nSammanställd 1 januari 2025 med samverkan ${VERSION}.\n`,
    );
  });

  it('reads the templates from config.templates when samverkan.yaml names a folder', () => {
    const root = copyFixture('report-own-template');
    mkdirSync(join(root, 'mallar'));
    writeFileSync(join(root, 'mallar', 'report.md.hbs'), 'Mallar {{year}}\n');
    writeFileSync(join(root, 'samverkan.yaml'), 'kind: config\ntemplates: mallar\n');
    expect(runCli(['report', '--root', root, '--year', '2024', '--as-of', '2025-01-01']).stdout).toBe('Mallar 2024\n');
  });

  it('names the file and line of a mistake in a user template (exit 2)', () => {
    const root = copyFixture('report-own-template');
    writeFileSync(join(root, 'templates', 'report.md.hbs'), '# {{md title}}\n\n{{md agreements.0.titel}}\n');
    const result = runCli(['report', '--root', root, '--year', '2024', '--as-of', '2025-01-01']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^samverkan: templates\/report\.md\.hbs:3: mallen använder fältet agreements\.0\.titel, som inte finns i rapportens data/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports a year without agreements as such', () => {
    const result = runCli(['report', '--root', examples(), '--year', '2010', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`# Årsrapport 2010\n\nIngen överenskommelse gäller under 2010.\n\n---\n\nSammanställd 24 november 2026 med samverkan ${VERSION}.\n`);
  });

  it('speaks English with --lang en', () => {
    const result = runCli(['report', '--root', examples(), '--year', '2024', '--agreement', 'burlov-2023', '--lang', 'en', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Annual report 2024\n\n## /);
    expect(result.stdout).toContain('\n### Summary\n');
    expect(result.stdout).toContain(`Compiled on 24 November 2026 with samverkan ${VERSION}.`);
  });
});

describe('samverkan report: usage errors exit 2 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown --agreement', ['--year', '2024', '--agreement', 'gnesta-2032'], /^samverkan: Det finns ingen överenskommelse med id "gnesta-2032" – menade du "gnesta-2024"\? Överenskommelser: gnesta-2024\. Se samverkan --help\.\n$/],
    ['a year that is not one', ['--year', '2024.5'], /^samverkan: --year "2024\.5" är inget årtal/],
    ['no --year', [], /^samverkan: flaggan '--year' krävs/],
    ['pdf without --out', ['--year', '2024', '--format', 'pdf'], /^samverkan: --format pdf kräver --output FIL\./],
    ['an unknown format', ['--year', '2024', '--format', 'rtf'], /^samverkan: ogiltigt värde: 'rtf' för --format/],
    ['docx without --output', ['--year', '2024', '--format', 'docx'], /^samverkan: --format docx kräver --output FIL\./],
  ];
  it.each(cases)('%s', (_name, args, stderr) => {
    const result = runCli(['report', '--root', join(FIXTURES, 'report-own-template'), ...args, ...AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

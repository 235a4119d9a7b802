import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, copyFixture, parseJsonOutput, runCli } from '../helpers/run-cli.js';

/* samverkan overview over the workspace fixture (see workspace-validate.test.ts) and the examples. */

const AS_OF = ['--as-of', '2025-11-24'];
const base = copyFixture('workspace');
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface OverviewJson {
  as_of: string;
  kommuner: {
    municipality_code: string;
    name: string;
    police_region: string | null;
    root: string;
    agreement: { id: string; state: string; days_left: number } | null;
    follow_up_reported: boolean | null;
    situation_report: 'current' | 'overdue';
    action_plan: 'current' | 'overdue';
    overdue: number;
  }[];
}

const overview = (args: string[], cwd = base) => runCli(['overview', ...AS_OF, ...args], { cwd });

describe('overview --format json', () => {
  it('keeps to the contract: one entry per kommun, sorted by kommunkod', () => {
    const result = overview(['--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(parseJsonOutput<OverviewJson>(result.stdout)).toEqual({
      as_of: '2025-11-24',
      kommuner: [
        {
          municipality_code: '0461',
          name: 'Gnesta',
          police_region: 'Öst',
          root: 'gnesta',
          agreement: { id: 'samverkan-2023', state: 'active', days_left: 553 },
          follow_up_reported: true,
          situation_report: 'current',
          action_plan: 'current',
          overdue: 0,
        },
        {
          municipality_code: '0488',
          name: 'Trosa',
          police_region: 'Öst',
          root: 'trosa',
          agreement: { id: 'samverkan-2023', state: 'expiring', days_left: 37 },
          follow_up_reported: false,
          situation_report: 'overdue',
          action_plan: 'overdue',
          overdue: 8,
        },
        {
          municipality_code: '0781',
          name: 'Ljungby',
          police_region: 'Syd',
          root: 'ljungby',
          // The old one has expired and the new one is not signed: no agreement in force, the latest shown.
          agreement: { id: 'ljungby-2024', state: 'draft', days_left: 651 },
          follow_up_reported: null,
          situation_report: 'overdue',
          action_plan: 'current',
          overdue: 8,
        },
      ],
    });
  });

  it('is the same for a monorepo of the same folders, and names "." for a single root', () => {
    const viaFile = overview(['--format', 'json']).stdout;
    const mono = copyFixture('workspace');
    try {
      renameSync(join(mono, 'samverkan-workspace.yaml'), join(mono, 'README.txt'));
      expect(overview(['--format', 'json', '--root', mono], PROJECT).stdout).toBe(viaFile);
    } finally {
      rmSync(mono, { recursive: true, force: true });
    }
    const single = parseJsonOutput<OverviewJson>(overview(['--format', 'json', '--root', 'examples'], PROJECT).stdout);
    expect(single.kommuner.map((k) => [k.municipality_code, k.root, k.police_region])).toEqual([
      ['0461', '.', 'Öst'],
      ['0486', '.', 'Öst'],
      ['0780', '.', 'Syd'],
      ['1231', '.', 'Syd'],
      ['1287', '.', 'Syd'],
    ]);
  });
});

describe('overview for people', () => {
  it('pretty: grouped by polisregion and län, what needs attention first, colour never alone', () => {
    const result = overview([]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Översikt per 2025-11-24', '3 kommuner i 2 polisregioner: 2 att åtgärda, 0 att bevaka, 1 i ordning.']);
    const order = lines.filter((l) => /^Polisregion|^ {2}\S|^ {4}(åtgärda|bevaka|i ordning)/.test(l)).map((l) => l.trim().split('  ')[0]);
    expect(order).toEqual(['Polisregion Syd – 1 kommun: 1 att åtgärda, 0 att bevaka, 0 i ordning; 8 försenade tidsfrister.', 'Kronobergs län', 'åtgärda', 'Polisregion Öst – 2 kommuner: 1 att åtgärda, 0 att bevaka, 1 i ordning; 8 försenade tidsfrister.', 'Södermanlands län', 'åtgärda', 'i ordning']);
    expect(result.stdout).toMatch(/åtgärda +Trosa \(0488\) +löper snart ut +37 +försenad +försenad +saknas +försenad sedan 2024-07-01/);
    expect(result.stdout).toMatch(/i ordning +Gnesta \(0461\) +gällande +553 +rapporterad +hållen +gäller +aktuell till 2026-05-15/);
    expect(result.stdout).not.toContain('\u001b');
    const coloured = runCli(['overview', ...AS_OF], { cwd: base, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('\u001b[31m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(result.stdout);
  });

  it('in English with --lang en', () => {
    const result = overview(['--lang', 'en']);
    expect(result.stdout.split('\n')[1]).toBe('3 kommuner in 2 police regions: 2 to act on, 0 to watch, 1 in order.');
    expect(result.stdout).toMatch(/act +Trosa \(0488\) +expiring +37 +overdue/);
  });

  it('markdown: a table per län under each polisregion', () => {
    const md = overview(['--format', 'markdown']).stdout;
    expect(md).toMatch(/^## Översikt per 2025-11-24\n/);
    expect(md).toContain('### Polisregion Öst\n\n2 kommuner:');
    expect(md).toContain('#### Södermanlands län\n\n| Läge | Kommun | Överenskommelse | Dagar kvar | Uppföljning 2024 | Aktualitetsprövning 2025 |');
    expect(md).toContain('| åtgärda | Trosa (0488) | löper snart ut | 37 | försenad | försenad | saknas | försenad sedan 2024-07-01 | försenad sedan 2024-07-01 | 8 |');
  });

  it('csv: for Swedish Excel, UTF-8 with a byte order mark, semicolons, CRLF', () => {
    const csv = overview(['--format', 'csv']).stdout;
    expect(csv.startsWith('\uFEFFPolisregion;Län;Kommunkod;Kommun;Arkiv;Läge;Överenskommelse;Status;Dagar kvar;')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe('Syd;Kronobergs län;0781;Ljungby;ljungby;åtgärda;ljungby-2024;utkast;651;–;ingen i år;saknas;försenad;2025-03-01;aktuell;2026-05-02;8');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('html: one page with its own stylesheet and a policy that allows nothing else', () => {
    const html = overview(['--format', 'html']).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
    expect(html).not.toMatch(/\b(?:src|href)=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<h2 id="region-2">Polisregion Öst</h2>');
    expect(html).toContain('<span class="badge badge--overdue">försenad</span>');
    expect(html).toContain('<th scope="rowgroup" colspan="9">Södermanlands län</th>');
    expect(html).toContain('aria-labelledby="duty-chart-title duty-chart-desc"');
  });

  it('writes --output atomically, like every command', () => {
    const out = join(base, 'oversikt.html');
    expect(overview(['--format', 'html', '-o', 'oversikt.html'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('overview --polisregion and --lan', () => {
  const codes = (args: string[]) => parseJsonOutput<OverviewJson>(overview(['--format', 'json', ...args]).stdout).kommuner.map((k) => k.municipality_code);

  it('keep the kommuner of a polisregion (any case) or a län (code or name)', () => {
    expect(codes(['--polisregion', 'Öst'])).toEqual(['0461', '0488']);
    expect(codes(['--polisregion', 'syd'])).toEqual(['0781']);
    expect(codes(['--polisregion', 'ost'])).toEqual(['0461', '0488']);
    expect(codes(['--polisregion', 'polisregion öst'])).toEqual(['0461', '0488']);
    expect(codes(['--lan', '07'])).toEqual(['0781']);
    expect(codes(['--lan', '4'])).toEqual(['0461', '0488']);
    expect(codes(['--lan', 'Södermanland'])).toEqual(['0461', '0488']);
    expect(codes(['--polisregion', 'Öst', '--lan', 'Södermanlands län'])).toEqual(['0461', '0488']);
  });

  it('a name that is no polisregion or län, or one no kommun is in, is a usage error', () => {
    expect(overview(['--polisregion', 'Öste'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'samverkan: Det finns ingen polisregion "Öste" – menade du "Öst"? Polisregionerna är Stockholm, Mitt, Öst, Syd, Väst, Bergslagen, Nord. Se samverkan --help.\n',
    });
    expect(overview(['--polisregion', 'Nord']).stderr).toBe(
      'samverkan: Ingen kommun i arbetsytan hör till polisregion Nord. Polisregioner i arbetsytan: Öst, Syd. Se samverkan --help.\n',
    );
    expect(overview(['--lan', 'Kronoberg', '--polisregion', 'Öst']).stderr).toMatch(/^samverkan: Ingen kommun i arbetsytan ligger i Kronobergs län \(07\)\. Län i arbetsytan: Södermanlands län \(04\)\./);
    expect(overview(['--lan', 'Sörmland']).stderr).toMatch(/^samverkan: Det finns inget län "Sörmland"/);
    expect(overview(['--lan', '99']).code).toBe(2);
  });
});

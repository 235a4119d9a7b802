import { describe, expect, it } from 'vitest';
import { OVERVIEW_FORMATS as CLI_FORMATS } from '../../cli/program.js';
import type { KommunOverview, Overview } from '../../derive/overview.js';
import { NO_PAINT } from '../formatters/formatter.js';
import { BADGES } from '../report/report-css.js';
import { csvField, overviewCsv } from './overview-csv.js';
import { OVERVIEW_CSS, overviewHtml } from './overview-html.js';
import { overviewMarkdown, overviewPretty } from './overview-text.js';
import { overviewView } from './overview-view.js';
import { OVERVIEW_FORMAT_NAMES } from './index.js';

function kommun(code: string, name: string, overrides: Partial<KommunOverview> = {}): KommunOverview {
  return {
    code,
    name,
    countyCode: code.slice(0, 2),
    countyName: code.startsWith('04') ? 'Södermanlands län' : 'Kronobergs län',
    policeRegion: code.startsWith('04') ? 'Öst' : 'Syd',
    root: name.toLowerCase(),
    agreement: { id: `${name.toLowerCase()}-2023`, title: 'Överenskommelse', state: 'active', daysLeft: 100, file: 'a.yaml' },
    followUp: { year: 2024, reported: true, status: 'done' },
    review: { year: 2025, status: 'done', date: '2025-06-02' },
    citizenPromises: 'current',
    situationReport: { status: 'current', date: '2026-05-15' },
    actionPlan: { status: 'current', date: '2026-06-17' },
    overdue: 0,
    attention: 'ok',
    ...overrides,
  };
}

const OVERVIEW: Overview = {
  asOf: '2025-11-24',
  kommuner: [
    kommun('0461', 'Gnesta'),
    kommun('0480', 'Nyköping', { attention: 'watch', citizenPromises: 'missing' }),
    kommun('0488', 'Trosa', { attention: 'act', overdue: 3, situationReport: { status: 'overdue', date: '2024-07-01' } }),
    kommun('0781', 'Ljungby', { attention: 'act', overdue: 1, agreement: null, followUp: { year: 2024, reported: null, status: 'none' }, review: { year: 2025, status: 'none', date: null }, citizenPromises: null }),
    kommun('0780', 'Växjö', { attention: 'act', overdue: 5 }),
  ],
};
const OPTIONS = { lang: 'sv' as const, paint: NO_PAINT, version: '0.1.0' };

describe('the overview view', () => {
  it('groups by polisregion and län, what needs attention first at every level', () => {
    const view = overviewView(OVERVIEW, 'sv');
    expect(view.regions.map((r) => [r.heading, r.rows.map((row) => row.kommun.name)])).toEqual([
      ['Polisregion Syd', ['Växjö', 'Ljungby']],
      ['Polisregion Öst', ['Trosa', 'Nyköping', 'Gnesta']],
    ]);
    expect(view.summary).toBe('5 kommuner i 2 polisregioner: 3 att åtgärda, 1 att bevaka, 1 i ordning.');
    expect(view.regions[1]?.totals).toMatchObject({ situationReport: { good: 2, of: 3 }, promises: { good: 2, of: 3 }, overdue: 3 });
    // Ljungby has no agreement: its follow-up and promises do not count against it, or for it.
    expect(view.regions[0]?.totals).toMatchObject({ agreement: { good: 1, of: 2 }, followUp: { good: 1, of: 1 }, promises: { good: 1, of: 1 } });
    expect(view.law.situationReport).toEqual({ good: 4, of: 5 });
  });

  it('lists the same formats as the command line offers', () => {
    expect([...CLI_FORMATS]).toEqual(OVERVIEW_FORMAT_NAMES);
  });
});

describe('overview formats', () => {
  it('pretty lines the regions\' tables up and gives every status in words', () => {
    const text = overviewPretty(OVERVIEW, OPTIONS);
    const headers = text.split('\n').filter((l) => l.trimStart().startsWith('Läge'));
    expect(headers).toHaveLength(2);
    expect(new Set(headers).size).toBe(1);
    expect(text).toMatch(/^ {4}åtgärda +Ljungby \(0781\) +saknas +– +– +ingen i år +– +aktuell till 2026-05-15/m);
  });

  it('markdown escapes a name that has Markdown in it', () => {
    const md = overviewMarkdown({ ...OVERVIEW, kommuner: [kommun('0461', 'Gne|sta *x*')] }, OPTIONS);
    expect(md).toContain('| i ordning | Gne\\|sta \\*x\\* (0461) |');
  });

  it('html escapes text and uses only the report\'s badge colours', () => {
    const html = overviewHtml({ ...OVERVIEW, kommuner: [kommun('0461', '<script>alert(1)</script> & Co')] }, OPTIONS);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co (0461)');
    expect(html).not.toContain('<script>');
    for (const [, key] of html.matchAll(/badge--([a-z_]+)/g)) expect(Object.keys(BADGES)).toContain(key);
    expect(html).toContain(OVERVIEW_CSS);
  });

  it('csv: one line per kommun, in the order shown', () => {
    const csv = overviewCsv(OVERVIEW, OPTIONS);
    const lines = csv.split('\r\n');
    expect(lines.slice(1, -1).map((l) => l.split(';')[3])).toEqual(['Växjö', 'Ljungby', 'Trosa', 'Nyköping', 'Gnesta']);
    expect(lines[2]).toBe('Syd;Kronobergs län;0781;Ljungby;ljungby;åtgärda;;saknas;;–;ingen i år;–;aktuell;2026-05-15;aktuell;2026-06-17;1');
  });

  it('csv fields: quoted where needed, never run as a formula by Excel', () => {
    expect(csvField('Gnesta')).toBe('Gnesta');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sa "x"')).toBe('"sa ""x"""');
    expect(csvField('rad\nrad')).toBe('"rad\nrad"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1059')).toBe('-1059');
    expect(csvField('+46')).toBe('+46');
    expect(csvField('-x')).toBe("'-x");
  });
});

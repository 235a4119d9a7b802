import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitiseReport } from '../helpers/report-text.js';
import { FIXTURES, STACK_TRACE, copyFixture, runCli } from '../helpers/run-cli.js';

/*
 * `samverkan report --format html` as a kommunstyrelse would receive it: the real CLI, checked as
 * text. The browser (console, requests, axe, PDF) is report-browser.test.ts's part.
 */

const REPORT = ['report', '--root', 'examples', '--year', '2024', '--as-of', '2026-11-24', '--format', 'html'];

function report(args: readonly string[]): string {
  const result = runCli(args);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return result.stdout;
}

const values = (html: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

/**
 * The report's own markup is XML-compatible apart from the doctype and the void elements it uses,
 * so an XML validator checks that every element the templates open is closed in order.
 */
function asXml(html: string): string {
  return html.replace(/^<!DOCTYPE html>\n/, '').replace(/<(meta|br|img)\b([^>]*)>/g, '<$1$2/>');
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
}

function tables(html: string): string[] {
  return [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => m[0]);
}

/** Everything that holds for any report this command writes, whatever the repository. */
function expectSoundHtml(html: string): void {
  // Upper case, as html-validate's doctype-style rule wants (html-validate 9.7.1 finds nothing else in the golden report).
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
  expect(XMLValidator.validate(asXml(html))).toBe(true);
  // No script, no handler, no style attribute (the CSP forbids them), no request of any kind; the
  // one picture there may be, the logo, is embedded.
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<link\b/i);
  expect(html).not.toMatch(/\son[a-z]+=|\sstyle=|javascript:|url\(/i);
  for (const src of values(html, 'src')) expect(src).toMatch(/^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+(=|&#x3D;)*$/);
  for (const img of html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/ alt="[^"]+"/);
  for (const href of values(html, 'href')) expect(href).toMatch(/^#/);
  expect(html).not.toMatch(/(?:src|href|action|srcset|poster|data)="[^"]*(?:https?:|\/\/)/i);

  expect(html.match(/<h1\b/g)).toHaveLength(1);
  const levels = headingLevels(html);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i} (h${level}) after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
  });

  // Every table has its caption above a scroll region that a keyboard can reach and that the
  // caption names, so on a narrow screen the caption stays while the table scrolls sideways.
  const framed = [...html.matchAll(/<p class="caption( visually-hidden)?" id="([^"]+)">[^<\s][^<]*<\/p>\n<div class="table-scroll" role="region" aria-labelledby="([^"]+)" tabindex="0">\n<table\b[^>]* aria-labelledby="([^"]+)">/g)];
  expect(framed.length).toBe(tables(html).length);
  for (const [, , id, region, table] of framed) expect([region, table]).toEqual([id, id]);
  for (const table of tables(html)) {
    expect(table).toMatch(/<th scope="col"/);
    for (const th of table.match(/<th\b[^>]*>/g) ?? []) expect(th).toMatch(/scope="(col|row)"/);
  }

  // Links and ARIA names point at ids that exist, and no id is used twice.
  const ids = values(html, 'id');
  expect(new Set(ids).size).toBe(ids.length);
  for (const href of values(html, 'href')) expect(ids).toContain(decodeURIComponent(href.slice(1)));
  for (const list of values(html, 'aria-labelledby')) for (const id of list.split(' ')) expect(ids).toContain(id);

  // The one inline style sheet is allowed by its hash, and nothing else is allowed at all.
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  const images = html.includes('<img ') ? ' img-src data:;' : '';
  expect(csp).toMatch(new RegExp(`^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';${images} base-uri 'none'; form-action 'none'$`));
  expect(csp).not.toContain('unsafe');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  expect(styles).toHaveLength(1);
  const hash = createHash('sha256').update(styles[0] ?? '', 'utf8').digest('base64');
  expect(csp).toContain(`'sha256-${hash}'`);
}

describe('samverkan report --format html', () => {
  let html = '';
  beforeAll(() => {
    html = report(REPORT);
  });

  it('matches the golden report of the examples', async () => {
    await expect(sanitiseReport(html)).toMatchFileSnapshot('../golden/report-2024.html');
  });

  it('is one self-contained, well-formed, accessible document', () => {
    expectSoundHtml(html);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>Årsrapport 2024<\/title>/);
  });

  it('has a table of contents linking every agreement, each in its own article', () => {
    const links = [...html.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]);
    const articles = [...html.matchAll(/<article class="agreement" id="([^"]+)">/g)].map((m) => m[1]);
    expect(articles.length).toBeGreaterThan(1);
    // Then the appendix, which lists the files the report was built from.
    expect(links).toEqual([...articles, 'bilaga_underlag']);
    expect(html).toContain('<section class="sources" id="bilaga_underlag">\n<h2>Underlag</h2>');
  });

  it('draws an accessible chart for every indicator with values, in a figure with a caption', () => {
    const figures = [...html.matchAll(/<figure class="indicator"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures.length).toBeGreaterThan(5);
    for (const figure of figures) {
      expect(figure).toMatch(/<figcaption>[^<]+<\/figcaption>/);
      if (figure.includes('<svg')) {
        expect(figure).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
        expect(figure).toMatch(/<title id="[^"]+">[^<]+<\/title>\n<desc id="[^"]+">[^<]+<\/desc>/);
      }
    }
    // Gnesta's share of pupils who tried drugs, as the text alternative reads it.
    expect(html).toContain('2022: 5,8, 2023: 6,4, 2024: 7,1. Senaste förändringen: värdet ökade från 6,4 (2023) till 7,1 (2024), vilket är en försämring.');
  });

  it('prints for A4 with a page per agreement and tables kept whole', () => {
    expect(html).toMatch(/@page \{ size: A4; margin: 20mm;/);
    expect(html).toMatch(/@media print \{[\s\S]*\.agreement \+ \.agreement[^{]*\{ break-before: page;[\s\S]*thead \{ display: table-header-group; \}/);
  });

  it('writes lang="en" and English words with --lang en', () => {
    const english = report([...REPORT, '--lang', 'en']);
    expectSoundHtml(english);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Annual report 2024</h1>');
    expect(english).toContain('Latest change: the value rose from 6.4 (2023) to 7.1 (2024), which is a deterioration.');
  });

  it('has no table of contents for a single agreement, and still one h1 and headings in order', () => {
    const one = report([...REPORT, '--agreement', 'gnesta-2023']);
    expectSoundHtml(one);
    expect(one).not.toContain('<nav');
    expect(one.match(/<article /g)).toHaveLength(1);
  });

  it('says "uppgift saknas" where a year has no follow-up', () => {
    // Strängnäs 2023–2026 is followed up for 2024, but no agreement has one for 2026 yet.
    const later = report(['report', '--root', 'examples', '--year', '2026', '--as-of', '2026-11-24', '--format', 'html']);
    expectSoundHtml(later);
    expect(later).toMatch(/<dt>Uppföljningen<\/dt>\n<dd class="missing">uppgift saknas<\/dd>/);
  });
});

describe('report --format html with the repository\'s logo', () => {
  const withLogo = (name: string, content: string | Uint8Array): string => {
    const root = copyFixture('report-own-template');
    rmSync(join(root, 'templates', 'report.md.hbs'));
    writeFileSync(join(root, 'templates', name), content);
    return root;
  };
  const run = (root: string) => runCli(['report', '--root', root, '--year', '2024', '--as-of', '2025-01-01', '--format', 'html']);

  it('embeds templates/logo.svg as a data URI, rebuilt without anything that runs, and allows only that', () => {
    const root = withLogo('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" onload="alert(1)"><title>Gnesta kommun</title><script>alert(2)</script><rect width="200" height="50" fill="#00427a"/></svg>');
    const result = run(root);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expectSoundHtml(result.stdout);
    const img = /<img class="logo" src="data:image\/svg\+xml;base64,([^"]+)" alt="Gnesta kommun" width="256" height="64">/.exec(result.stdout);
    expect(img).not.toBeNull();
    const svg = Buffer.from((img?.[1] ?? '').replace(/&#x3D;/g, '='), 'base64').toString('utf8');
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><title>Gnesta kommun</title><rect width="200" height="50" fill="#00427a"/></svg>');
    expect(result.stdout).toContain("style-src 'sha256-");
    expect(result.stdout).toMatch(/; img-src data:; base-uri 'none'/);
  });

  it('refuses a logo that is not what its name says, with one line and exit 2', () => {
    const png = run(withLogo('logo.png', '<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(png.code).toBe(2);
    expect(png.stdout).toBe('');
    expect(png.stderr).toMatch(/^samverkan: templates\/logo\.png är ingen giltig PNG-bild \(filen börjar inte som en PNG\)\. Spara logotypen på nytt/);
    const huge = run(withLogo('logo.svg', `<svg xmlns="http://www.w3.org/2000/svg"><desc>${'x'.repeat(300 * 1024)}</desc></svg>`));
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/^samverkan: templates\/logo\.svg är 301 kB; en logotyp får vara högst 256 kB/);
    expect(huge.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('report --format html of the shared hostile fixture (report-escaping, also used for Markdown)', () => {
  it('prints no markup from the data, and shows the text escaped in every field', () => {
    const html = report(['report', '--root', `${FIXTURES}/report-escaping`, '--year', '2024', '--as-of', '2025-06-01', '--format', 'html']);
    expectSoundHtml(html);
    expect(html).not.toMatch(/<script|<\/script/i);
    const escaped = /&lt;script&gt;alert\(1\)&lt;\/script&gt; \| \*x\* &quot;q&quot; &#(?:x27|39);q&#(?:x27|39);/g;
    // Title (twice: <title>, <h1>/<h2>), case number, purpose, goals, parties, signatories, area,
    // indicator, measure, comments, notes, promises: each field at least once.
    expect(html.match(escaped)?.length).toBeGreaterThanOrEqual(25);
    expect(html).toContain('# not a heading | - not a list\n| a | b |');
  });
});

describe('report --format html with markup, Markdown and quotes in every text field', () => {
  let html = '';
  beforeAll(() => {
    html = report(['report', '--root', `${FIXTURES}/report-escaping-html`, '--year', '2024', '--as-of', '2026-11-24', '--format', 'html']);
  });
  const MARKERS = [
    'Titel', 'Diarie', 'Syfte', 'Helmal', 'Kommunnamn', 'Polisnamn', 'Signnamn', 'Signroll', 'Polissign', 'Polisroll',
    'Indikator', 'Kalla', 'Ovrig', 'Fokus', 'Beskriv', 'Orsak', 'Effektmal', 'Atgard', 'Atgardskommentar', 'Malkommentar',
    'Anteckning', 'Lofte', 'Aktivitet',
  ];

  it('shows every text as text: no element, handler or entity comes from the data', () => {
    expectSoundHtml(html);
    expect(html).not.toMatch(/<script|<\/script|<i>/i);
    // Handlebars writes ' as &#x27;, svg-chart.ts as &#39;: both read back as the same apostrophe.
    const escaped = '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*fet\\* &quot;citat&quot; &#(x27|39);apostrof&#(x27|39); &amp; slut';
    for (const marker of MARKERS) expect(html, marker).toMatch(new RegExp(`${marker} ${escaped}`));
    expect(html).toContain('Andra raden &lt;i&gt;kursiv&lt;/i&gt;');
  });

  it('keeps the line break of a multi-line text, shown by the stylesheet rather than by <br>', () => {
    expect(html).toMatch(/<p class="text-block">Syfte [^<]*slut\nAndra raden/);
  });

  it('draws negative and zero values', () => {
    expect(html).toContain('2023: −2,5, 2024: 0.');
    expect(html).toMatch(/>−2,5<\/text>/);
  });
});

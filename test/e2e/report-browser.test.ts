import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithChromium } from '../helpers/chromium.js';
import { BROWSER_CONTEXT, NETWORK, axeAtWidth, chromiumFor, loadProblems } from '../helpers/page-checks.js';
import { pdfStructure, pdfinfo } from '../helpers/pdf.js';
import { PROJECT, STACK_TRACE, runCli, tempRepo } from '../helpers/run-cli.js';

/*
 * The yearly report as a reader gets it: the real CLI writes the HTML and the PDF, and a real
 * Chromium opens the HTML. Unit tests check the text; only a browser shows console errors, stray
 * requests, accessibility problems and what the page looks like.
 */

const REPORT = ['report', '--root', 'examples', '--year', '2024', '--as-of', '2026-11-24'];
/** The README's picture; rewritten only on request so CI never changes the checkout. */
const SCREENSHOT = join(PROJECT, 'examples', 'report-2024.png');
/** The README picture ends at the first heading below this many pixels. */
const README_MIN_HEIGHT = 1200;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CONTEXT = BROWSER_CONTEXT;

const work = tempRepo('report-browser');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describeWithChromium('the 2024 report in Chromium', (chromiumPath) => {
  const htmlPath = join(work, 'report.html');
  let fileUrl = '';
  const open = chromiumFor(chromiumPath, () => {
    const result = runCli([...REPORT, '--format', 'html', '--out', htmlPath]);
    if (result.code !== 0) throw new Error(`report --format html exited ${result.code}:\n${result.stderr}`);
    fileUrl = pathToFileURL(htmlPath).href;
  });

  it('loads without console errors and without a single request beyond the file itself', async () => {
    const { errors, requests, title } = await loadProblems(open(), fileUrl);
    // Together, so one failure shows both lists.
    expect({ errors, requests }).toEqual({ errors: [], requests: [] });
    expect(title).not.toBe('');
  });

  // The desktop, a phone (375 px) and the narrowest width WCAG's reflow criterion names (320 px):
  // at the narrow ones every table scrolls sideways in a region a keyboard can reach.
  it.each([1280, 375, 320])('has no WCAG 2.1 AA violations at %i px (axe-core)', async (width) => {
    const axe = await axeAtWidth(open(), fileUrl, width);
    expect(axe.violations).toEqual([]);
    // Guards against a vacuous pass (axe not loaded, or the tags matching no rule).
    expect(axe.passes.length).toBeGreaterThan(20);
    if (width < 400) {
      // The tables do overflow here, so the regions matter: some scroll, and axe saw them.
      expect(axe.scrolling).toBeGreaterThan(0);
      expect(axe.passes).toContain('scrollable-region-focusable');
      // The page itself never scrolls sideways: only the tables do.
      expect(axe.pageWidth).toBeLessThanOrEqual(width);
    }
  });

  it('takes a full-page screenshot at 1280 px (the README picture with UPDATE_SCREENSHOT=1)', async () => {
    const context = await open().newContext(CONTEXT);
    try {
      const page = await context.newPage();
      await page.route(NETWORK, (route) => route.abort());
      await page.goto(fileUrl, { waitUntil: 'load' });
      const png = await page.screenshot({ fullPage: true, type: 'png', animations: 'disabled', caret: 'hide' });
      writeFileSync(join(work, 'report-2024-full.png'), png);

      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // Width and height from the IHDR chunk: the whole page at the asked width, not a blank tile.
      expect(png.readUInt32BE(16)).toBe(1280);
      expect(png.readUInt32BE(20)).toBeGreaterThan(900);
      expect(png.byteLength).toBeGreaterThan(20_000);

      if (process.env.UPDATE_SCREENSHOT === '1') {
        // The whole report is some 36,000 px tall and 4 MB: unreadable in a README and heavy in
        // git. The README shows its top instead, cut at a heading so no table is sliced.
        const height = await page.evaluate<number>(
          `(() => { const top = [...document.querySelectorAll('h2, h3')].map((h) => h.getBoundingClientRect().top + scrollY).find((y) => y >= ${README_MIN_HEIGHT}); return Math.floor(top === undefined ? ${README_MIN_HEIGHT} : top - 16); })()`,
        );
        // fullPage lets the clip reach below the 900 px viewport.
        await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height }, type: 'png', animations: 'disabled', caret: 'hide' });
      }
    } finally {
      await context.close();
    }
  });

  it('report --format pdf prints an accessible PDF: metadata, language, bookmarks, figures and links', async () => {
    const pdfPath = join(work, 'report.pdf');
    const result = runCli([...REPORT, '--format', 'pdf', '--out', pdfPath], { env: { SAMVERKAN_CHROMIUM: chromiumPath } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const structure = await pdfStructure(pdf);
    expect(structure.lang).toBe('sv');
    // Bookmarks keep the space where a long heading wraps on the page ("kommunoch" before).
    expect(structure.outline).toContain('Samverkansöverenskommelse mellan Gnesta kommun och lokalpolisområde Nyköping/Gnesta 2023–2027');
    expect(structure.outline.slice(0, 2)).toEqual(['Årsrapport 2024', 'Innehåll']);
    // Every figure, the chart and the HTML figure around it, has alternative text.
    expect(structure.figures.length).toBeGreaterThan(20);
    expect(structure.figures.filter((f) => f.alt === undefined || f.alt === '')).toEqual([]);
    expect(structure.figures.map((f) => f.alt)).toContain(
      'Andel elever i årskurs 9 som någon gång använt narkotika Enhet: procent; lägre värde är bättre. 2022: 5,8, 2023: 6,4, 2024: 7,1. Senaste förändringen: värdet ökade från 6,4 (2023) till 7,1 (2024), vilket är en försämring. Utgångsläget är 5,8 år 2022. Målvärdet är 5 år 2026. Det senaste värdet, 7,1 år 2024, är över målvärdet och alltså på fel sida om det.',
    );
    expect(structure.links.length).toBeGreaterThan(10);
    expect(structure.links.filter((l) => l.contents === undefined)).toEqual([]);
    expect(structure.links.map((l) => l.contents)).toContain('Samverkansöverenskommelse mellan Strängnäs kommun och lokalpolisområde Eskilstuna 2023–2026');

    // poppler reads it the same way: tagged, titled, with an XMP stream that names PDF/UA.
    const info = pdfinfo([pdfPath]);
    if (info !== undefined) {
      expect(info).toMatch(/^Title: +Årsrapport 2024$/m);
      expect(info).toMatch(/^Tagged: +yes$/m);
      expect(info).toMatch(/^Metadata Stream: +yes$/m);
      expect(info).toMatch(/^Page size: +59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
      const xmp = pdfinfo(['-meta', pdfPath]) ?? '';
      expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Årsrapport 2024</rdf:li></rdf:Alt></dc:title>');
      expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>');
      // The structure tree as poppler dumps it: the charts are figures with a caption.
      const tree = pdfinfo(['-struct', pdfPath]) ?? '';
      expect(tree.match(/^ +Figure$/gm)?.length).toBe(structure.figures.length);
      expect(tree).toMatch(/^ +Caption$/m);
      expect(tree).toMatch(/^ +Table \(block\)$/m);
    }
    if (process.env.UPDATE_SCREENSHOT === '1') {
      // The README's picture of the PDF: its first page, rendered by poppler.
      const page = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(PROJECT, 'examples', 'report-2024-pdf')]);
      expect(page.status).toBe(0);
    }
  }, 120_000);

  it('report --format docx writes Word headings, tables with header rows, charts with alt text, in Swedish', async () => {
    const docxPath = join(work, 'report.docx');
    const result = runCli([...REPORT, '--format', 'docx', '--output', docxPath], { env: { SAMVERKAN_CHROMIUM: chromiumPath } });
    expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({ code: 0, stderr: '', stdout: '' });
    const buffer = readFileSync(docxPath);
    // Two readers: mammoth turns Word's structure into HTML, the zip gives the raw parts.
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const zip = await JSZip.loadAsync(buffer);
    const headings = [...html.matchAll(/<h([1-6])>([^<]*)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings.slice(0, 3)).toEqual([
      'h1 Årsrapport 2024',
      'h2 Samverkansöverenskommelse mellan Gnesta kommun och lokalpolisområde Nyköping/Gnesta 2023–2027',
      'h3 Sammanfattning',
    ]);
    expect(headings).toContain('h3 Läget den 24 november 2026');
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(40);
    for (const table of tables) expect(table).toMatch(/^<table><thead><tr><th>/);
    // Every chart is a picture whose alternative text is the chart's own, as in the HTML.
    const alts = [...html.matchAll(/<img alt="([^"]*)"/g)].map((m) => m[1]);
    expect(alts.length).toBe(20);
    expect(alts).toContain(
      'Andel som känner sig otrygga ute sent på kvällen i sitt bostadsområde Enhet: procent; lägre värde är bättre. 2022: 29, 2023: 28, 2024: 25. Senaste förändringen: värdet minskade från 28 (2023) till 25 (2024), vilket är en förbättring. Utgångsläget är 29 år 2022. Målvärdet är 24 år 2026. Det senaste värdet, 25 år 2024, är över målvärdet och alltså på fel sida om det.',
    );
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('<w:lang w:val="sv-SE"/>');
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+/.test(name));
    expect(media).toHaveLength(20);
    const png = await zip.file(media[0] ?? '')?.async('nodebuffer');
    expect(png?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  }, 120_000);
});

// Needs no browser, so it runs everywhere: the error for a machine without one.
describe('report --format pdf without Chromium', () => {
  it('exits 2 with one line that says how to install it', () => {
    const pdfPath = join(work, 'none.pdf');
    const result = runCli([...REPORT, '--format', 'pdf', '--out', pdfPath], {
      // SAMVERKAN_CHROMIUM, when set, is the only place looked at; PATH holds nothing but node.
      env: { SAMVERKAN_CHROMIUM: '/nonexistent', PATH: dirname(process.execPath) },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^samverkan: Chromium hittades inte .*\/nonexistent.*apt-get install chromium.*SAMVERKAN_CHROMIUM/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(pdfPath)).toBe(false);
  });

  it('--format docx draws its charts with Chromium too, and says so when it is missing', () => {
    const docxPath = join(work, 'none.docx');
    const result = runCli([...REPORT, '--format', 'docx', '--output', docxPath], { env: { SAMVERKAN_CHROMIUM: '/nonexistent', PATH: dirname(process.execPath) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^samverkan: Chromium hittades inte för --format docx .*apt-get install chromium/);
    expect(existsSync(docxPath)).toBe(false);
  });
});

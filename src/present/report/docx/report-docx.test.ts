import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../build-view.js';
import { agreementDoc, derive } from '../test-report-repository.js';
import { renderDocx } from './report-docx.js';

/** The document as Word's own structure, read back with two DOCX readers: mammoth and the zip itself. */
async function read(docx: Uint8Array): Promise<{ html: string; styles: string; core: string }> {
  const buffer = Buffer.from(docx);
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  return { html, styles: await text('word/styles.xml'), core: await text('docProps/core.xml') };
}

describe('renderDocx', () => {
  it('writes headings as Word headings, tables with a header row, in Swedish', async () => {
    const derived = await derive([
      agreementDoc(),
      { kind: 'follow_up', id: 'f-2024', agreement: 'gnesta-2023', year: 2024, reported_on: '2025-03-25', measures: [{ measure: 'at-1', status: 'done' }] },
    ]);
    const view = buildReportView({ derived, year: 2024, lang: 'sv', asOf: '2025-06-01', commit: null, version: '9.9.9' });
    const { html, styles, core } = await read(await renderDocx(view, { charts: new Map(), logo: undefined }));
    const headings = [...html.matchAll(/<h([1-6])>([^<]*)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings.slice(0, 4)).toEqual(['h1 Årsrapport 2024', 'h2 Överenskommelse Gnesta', 'h3 Sammanfattning', 'h3 Överenskommelsen']);
    expect(headings).toContain('h4 Unga');
    expect(headings).toContain('h3 Läget den 1 juni 2025');
    expect(headings).toContain('h2 Underlag');
    // Every table starts with a header row (w:tblHeader), which mammoth reads as <thead>.
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table).toMatch(/^<table><thead><tr><th>/);
    expect(html).toContain('<th><p><strong>Åtgärd</strong></p></th>');
    expect(html).toContain('<td><p>genomförd</p></td>');
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    expect(core).toContain('<dc:title>Årsrapport 2024: Överenskommelse Gnesta</dc:title>');
    expect(html).toContain('Sammanställd 1 juni 2025 med samverkan 9.9.9.');
  });

  it('gives each chart its text alternative, and speaks English with --lang en', async () => {
    const derived = await derive([
      agreementDoc(),
      { kind: 'follow_up', id: 'f-2024', agreement: 'gnesta-2023', year: 2024, indicator_values: [{ indicator: 'ind-vald', year: 2023, value: 10 }, { indicator: 'ind-vald', year: 2024, value: 8 }] },
    ]);
    const view = buildReportView({ derived, year: 2024, lang: 'en', asOf: '2025-06-01', commit: null, version: '9.9.9' });
    // A one-pixel PNG stands in for Chromium's picture of the chart.
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const anchor = view.agreements[0]?.focusAreas[0]?.indicators[0]?.anchor ?? '';
    const { html, styles } = await read(await renderDocx(view, { charts: new Map([[anchor, { png, width: 480, height: 250 }]]), logo: undefined }));
    expect(html).toMatch(/<img alt="Våldsbrott Unit: per 100,000 inhabitants; lower is better\. 2023: 10, 2024: 8\. Latest change: the value fell from 10 \(2023\) to 8 \(2024\), which is an improvement\." src="data:image\/png;base64,/);
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    expect(html).toContain('<h1>Annual report 2024</h1>');
  });
});

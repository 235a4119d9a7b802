import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithChromium } from '../../../test/helpers/chromium.js';
import { fullMessage } from '../../model/diagnostic.js';
import { InputError } from '../../errors.js';
import { CHROMIUM_PATHS, locateChromium, printPdf } from './print-pdf.js';

/** Runs `fn` and returns what it threw, failing the test when it did not throw an InputError. */
async function inputError(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('locateChromium', () => {
  it('looks in the usual places when nothing is named', () => {
    expect(locateChromium(undefined, {}).tried).toEqual(CHROMIUM_PATHS);
  });
  it('uses SAMVERKAN_CHROMIUM exclusively, so a typo does not fall back to another browser', () => {
    expect(locateChromium(undefined, { SAMVERKAN_CHROMIUM: '/nonexistent' })).toEqual({ path: undefined, tried: ['/nonexistent'] });
  });
  it('prefers an explicit path to the environment', () => {
    expect(locateChromium('/a/chromium', { SAMVERKAN_CHROMIUM: '/b/chromium' }).tried).toEqual(['/a/chromium']);
  });
  it('does not take a folder or a non-executable file for a browser', () => {
    expect(locateChromium('/tmp', {}).path).toBeUndefined();
    const folder = mkdtempSync(join(tmpdir(), 'samverkan-pdf-'));
    const plain = join(folder, 'chromium');
    writeFileSync(plain, '', { mode: 0o644 });
    expect(locateChromium(plain, {}).path).toBeUndefined();
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('printPdf without a browser', () => {
  it('says where it looked and how to install, in Swedish', async () => {
    const error = await inputError(() => printPdf('<p>x</p>', { lang: 'sv', executablePath: '/nonexistent/chromium', env: {} }));
    const text = fullMessage({ message: error.message, hint: error.hint });
    expect(text).toBe(
      'Chromium hittades inte för --format pdf (letade i /nonexistent/chromium). ' +
        'Installera det med "apt-get install chromium" eller ange sökvägen till webbläsaren i SAMVERKAN_CHROMIUM.',
    );
  });
  it('in English, with SAMVERKAN_CHROMIUM as the only place looked at', async () => {
    const error = await inputError(() => printPdf('<p>x</p>', { lang: 'en', env: { SAMVERKAN_CHROMIUM: '/nonexistent' } }));
    expect(error.message).toBe('Chromium was not found for --format pdf (looked in /nonexistent)');
    expect(error.hint).toMatch(/apt-get install chromium.*SAMVERKAN_CHROMIUM/);
  });
  it('a program that is not a browser is a launch failure on one line, with the cause kept', async () => {
    const error = await inputError(() => printPdf('<p>x</p>', { lang: 'en', executablePath: '/bin/false', env: {} }));
    expect(error.message).toMatch(/^Chromium could not be started \(\/bin\/false\): \S/);
    expect(fullMessage({ message: error.message, hint: error.hint })).not.toContain('\n');
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describeWithChromium('printPdf with Chromium', (chromiumPath) => {
  // A local server stands in for the internet: every request the document made would reach it.
  let server: Server;
  let hits: string[];
  let connections = 0;
  let origin = '';
  beforeAll(async () => {
    hits = [];
    server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('body { background: red }');
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints A4 and fetches nothing the HTML asks for', async () => {
    const html = [
      '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Test</title>',
      `<link rel="stylesheet" href="${origin}/style.css">`,
      `<link rel="prefetch" href="${origin}/prefetch?data">`,
      `<link rel="preconnect" href="${origin}">`,
      '<link rel="dns-prefetch" href="//samverkan.invalid">',
      '<style>@page { size: A4; margin: 2cm } h1 { color: #123 }</style></head>',
      `<body><h1>Samverkansöverenskommelse 2024</h1><p>Åtgärder: 3 av 4 genomförda.</p><img src="${origin}/logo.png" alt="">`,
      `<script>fetch("${origin}/script")</script></body></html>`,
    ].join('\n');
    const pdf = await printPdf(html, { lang: 'sv', executablePath: chromiumPath });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(2_000);
    // A4 is 595 × 842 points.
    const { width, height } = (await PDFDocument.load(pdf)).getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    // Let a late prefetch arrive before counting: it was made after the load, while printing.
    await new Promise((done) => setTimeout(done, 200));
    expect(hits).toEqual([]);
    expect(connections).toBe(0);
  }, 60_000);
});

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { describeWithChromium } from '../helpers/chromium.js';
import { BROWSER_CONTEXT, NETWORK, axeAtWidth, chromiumFor, loadProblems } from '../helpers/page-checks.js';
import { PROJECT, runCli, tempRepo } from '../helpers/run-cli.js';

/*
 * The region's overview as a reader gets it: the real CLI writes the page for the examples' five
 * kommuner in two polisregioner, and a real Chromium opens it.
 */

const OVERVIEW = ['overview', '--root', 'examples', '--as-of', '2025-11-24', '--format', 'html'];
/** The README's picture; rewritten only on request so CI never changes the checkout. */
const SCREENSHOT = join(PROJECT, 'examples', 'overview.png');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const work = tempRepo('overview-browser');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describeWithChromium('the overview in Chromium', (chromiumPath) => {
  const htmlPath = join(work, 'oversikt.html');
  const fileUrl = pathToFileURL(htmlPath).href;
  const open = chromiumFor(chromiumPath, () => {
    const result = runCli([...OVERVIEW, '--output', htmlPath]);
    if (result.code !== 0) throw new Error(`overview --format html exited ${result.code}:\n${result.stderr}`);
  });

  it('loads without console errors and without a single request beyond the file itself', async () => {
    const { errors, requests, title } = await loadProblems(open(), fileUrl);
    expect({ errors, requests }).toEqual({ errors: [], requests: [] });
    expect(title).toBe('samverkan – översikt per 2025-11-24');
  });

  it.each([1280, 375, 320])('has no WCAG 2.1 AA violations at %i px (axe-core)', async (width) => {
    const axe = await axeAtWidth(open(), fileUrl, width);
    expect(axe.violations).toEqual([]);
    // Guards against a vacuous pass: a smaller page than the report, with fewer kinds of element.
    expect(axe.passes.length).toBeGreaterThan(15);
    // Colour is never alone: every status is a badge with its words, and axe checked their contrast.
    expect(axe.passes).toContain('color-contrast');
    // Only the tables scroll sideways on a phone, each in a region a keyboard can reach.
    expect(axe.pageWidth).toBeLessThanOrEqual(width);
    if (width < 400) {
      expect(axe.scrolling).toBeGreaterThan(0);
      expect(axe.passes).toContain('scrollable-region-focusable');
    } else expect(axe.scrolling).toBe(0);
  });

  it('takes a screenshot at 1280 px (the README picture with UPDATE_SCREENSHOT=1)', async () => {
    const context = await open().newContext(BROWSER_CONTEXT);
    try {
      const page = await context.newPage();
      await page.route(NETWORK, (route) => route.abort());
      await page.goto(fileUrl, { waitUntil: 'load' });
      const png = await page.screenshot({ fullPage: true, type: 'png', animations: 'disabled', caret: 'hide' });
      writeFileSync(join(work, 'overview-full.png'), png);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.readUInt32BE(16)).toBe(1280);
      expect(png.byteLength).toBeGreaterThan(20_000);
      if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(SCREENSHOT, png);
    } finally {
      await context.close();
    }
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { TEST_CHROMIUM_ARGS } from './chromium.js';

/*
 * What the browser tests of the HTML outputs (the report, the overview) check alike: a page
 * that loads without errors or requests, and axe-core's WCAG 2.1 AA rules at a width.
 */

/** The WCAG 2.1 A and AA rules: the level Swedish public bodies must meet (DOS-lagen). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fixed, so a screenshot does not depend on the machine's settings. */
export const BROWSER_CONTEXT: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  reducedMotion: 'reduce',
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
  serviceWorkers: 'block',
};

/**
 * One Chromium for the tests of a describe block: `prepare` (writing the page) runs first, then
 * the browser starts; it closes after the block. Gives the browser to each test; a failed start has
 * already failed them in beforeAll.
 */
export function chromiumFor(chromiumPath: string, prepare: () => void): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    prepare();
    // Lazily, like the CLI: a machine without Chromium never loads playwright-core here either.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...TEST_CHROMIUM_ARGS] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    return browser;
  };
}

/** Anything over the network fails at once instead of waiting for a timeout on a closed network. */
export const NETWORK = /^(https?|wss?|ftp):/;

/** Opens the file with its Content-Security-Policy in force and lists console errors and every request beyond the file. */
export async function loadProblems(browser: Browser, fileUrl: string): Promise<{ errors: string[]; requests: string[]; title: string }> {
  const context = await browser.newContext(BROWSER_CONTEXT);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== fileUrl) requests.push(request.url());
    });
    // The request event has recorded a request by the time the route aborts it.
    await page.route(NETWORK, (route) => route.abort());
    await page.goto(fileUrl, { waitUntil: 'load' });
    // Let late work (a font swap, a deferred script, a CSP report) show up before judging.
    await page.waitForTimeout(250);
    return { errors, requests, title: await page.title() };
  } finally {
    await context.close();
  }
}

export interface AxeAtWidth {
  /** Every violation, described for a failure message. */
  violations: string[];
  /** The ids of the rules that passed (a vacuous run passes none). */
  passes: string[];
  /** How many `.table-scroll` regions do scroll sideways at this width. */
  scrolling: number;
  /** The page's own scroll width, which must not exceed the viewport's. */
  pageWidth: number;
}

/**
 * axe-core's WCAG 2.1 AA rules on the page at a width. The page's Content-Security-Policy rightly
 * forbids injected scripts; axe is a test tool, so only this context bypasses it ({@link
 * loadProblems} checks the page with the policy in force).
 */
export async function axeAtWidth(browser: Browser, fileUrl: string, width: number): Promise<AxeAtWidth> {
  const context = await browser.newContext({ ...BROWSER_CONTEXT, viewport: { width, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.route(NETWORK, (route) => route.abort());
    await page.goto(fileUrl, { waitUntil: 'load' });
    const axePath = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
    await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
    // A string, not a function: the tests are compiled without the DOM library, and `axe` and
    // `document` exist only in the page.
    const results = await page.evaluate<AxeResults>(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })`,
    );
    return {
      violations: results.violations.map(describeViolation),
      passes: results.passes.map((p) => p.id),
      scrolling: await page.evaluate<number>(`[...document.querySelectorAll('.table-scroll')].filter((r) => r.scrollWidth > r.clientWidth).length`),
      pageWidth: await page.evaluate<number>('document.documentElement.scrollWidth'),
    };
  } finally {
    await context.close();
  }
}

function describeViolation(v: Result): string {
  const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`);
  return [`${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} element(s)) ${v.helpUrl}`, ...nodes].join('\n');
}

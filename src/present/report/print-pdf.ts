import { accessSync, constants, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { InputError } from '../../errors.js';
import { localize, type Lang } from '../../model/lang.js';

/** Where Debian, Ubuntu and Google's packages put the browser; tried in this order. */
export const CHROMIUM_PATHS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The environment variable that names the browser; when set, it is the only place looked at. */
export const CHROMIUM_ENV = 'SAMVERKAN_CHROMIUM';

/**
 * The flags from DEVELOPERS.md plus a few that keep a closed network quiet. No host name is ever
 * resolved (`--host-resolver-rules`): Chromium looked up accounts.google.com at every start, even
 * with the background services off, and a document's `<link rel=dns-prefetch>` would be looked up
 * too. Playwright itself adds
 * `--headless` (from `headless: true`) and manages `--user-data-dir`: it refuses that flag in
 * `args` and instead gives every launch a fresh, empty profile in the temp folder that it deletes
 * on close. `--no-sandbox` is also Playwright's default; it is repeated here so the list matches
 * the documentation and survives a change of that default (CI runs as root, where the sandbox
 * cannot start).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

type Env = Readonly<Record<string, string | undefined>>;

export interface ChromiumLookup {
  /** The first usable executable, if any. */
  path: string | undefined;
  /** Every place looked at, for the error message. */
  tried: readonly string[];
}

/**
 * Finds the browser without starting it. An explicit path, or else `SAMVERKAN_CHROMIUM`, is used
 * exclusively: someone who names a browser wants that one, and a typo must not silently fall back
 * to another (and tests rely on it to simulate a machine without Chromium).
 */
export function locateChromium(executablePath: string | undefined, env: Env = process.env): ChromiumLookup {
  const named = executablePath || env[CHROMIUM_ENV] || undefined;
  const tried = named === undefined ? CHROMIUM_PATHS : [named];
  return { path: tried.find(isExecutableFile), tried };
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface PrintPdfOptions {
  lang: Lang;
  /** Who made the document, for its metadata: "samverkan 0.2.0". Default: "samverkan". */
  creator?: string;
  /** A browser to use instead of looking for one. */
  executablePath?: string;
  /** Where `SAMVERKAN_CHROMIUM` is read; the CLI passes its own so in-process runs stay isolated. */
  env?: Env;
  /** The format asked for, named in the message when Chromium is missing. Default: `pdf`. */
  format?: 'pdf' | 'docx';
  /** Device pixels per CSS pixel, for screenshots. Default: 1. */
  scale?: number;
}

/**
 * Prints a self-contained HTML document to an A4 PDF with headless Chromium, then adds what the
 * print lacks for accessibility (pdf-accessibility.ts).
 */
export async function printPdf(html: string, options: PrintPdfOptions): Promise<Uint8Array> {
  const pdf = await withOfflinePage(html, options, (page) =>
    page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }),
  );
  // Loaded here, like playwright-core: only --format pdf needs pdf-lib.
  const { finishPdf, pdfFactsOf } = await import('./pdf-accessibility.js');
  return finishPdf(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pdfFactsOf(html, options.creator ?? 'samverkan'));
}

/**
 * Opens a self-contained HTML document in headless Chromium and hands the page to `use`. Nothing
 * is fetched: JavaScript is off, the page is offline and every request is aborted, so what `use`
 * prints or shoots is exactly the HTML given, on a machine without network too.
 */
export async function withOfflinePage<T>(html: string, options: PrintPdfOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const { lang } = options;
  const format = `--format ${options.format ?? 'pdf'}`;
  const { path: executablePath, tried } = locateChromium(options.executablePath, options.env);
  if (executablePath === undefined) {
    throw new InputError(
      localize(
        { sv: 'Chromium hittades inte för {format} (letade i {tried})', en: 'Chromium was not found for {format} (looked in {tried})' },
        lang,
        { tried: tried.join(', '), format },
      ),
      {
        hint: localize(
          {
            sv: 'Installera det med "apt-get install chromium" eller ange sökvägen till webbläsaren i {env}.',
            en: 'Install it with "apt-get install chromium" or set {env} to the browser\'s path.',
          },
          lang,
          { env: CHROMIUM_ENV },
        ),
      },
    );
  }

  // Loaded here, not at the top: playwright-core takes a noticeable time to import, and only
  // `--format pdf` and `docx` need it.
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 });
  } catch (error) {
    throw new InputError(
      localize({ sv: 'Chromium kunde inte startas ({path}): {reason}', en: 'Chromium could not be started ({path}): {reason}' }, lang, {
        path: executablePath,
        reason: firstLine(error),
      }),
      {
        hint: localize(
          {
            sv: 'Kontrollera installationen ("apt-get install chromium") eller ange en annan webbläsare i {env}.',
            en: 'Check the installation ("apt-get install chromium") or set {env} to another browser.',
          },
          lang,
          { env: CHROMIUM_ENV },
        ),
        cause: error,
      },
    );
  }

  try {
    // Offline: the browser's own loads, such as <link rel=prefetch>, pass by the router below and
    // reached a server on 127.0.0.1 with the repository's data in the URL; offline, they fail.
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', offline: true, deviceScaleFactor: options.scale ?? 1 });
    const page = await context.newPage();
    // setContent does not go through the router, so this blocks only what the document asks for
    // (fonts, images, style sheets by URL): a report must not depend on, or leak to, the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await use(page);
  } finally {
    // A failure to close must not hide the print's own error or discard a finished PDF;
    // Playwright kills the browser process either way.
    await browser.close().catch(() => undefined);
  }
}

/** The CLI shows one line; Playwright's launch errors carry pages of browser log after the first. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  const short = line.trim().replace(/^browserType\.launch:\s*/, '');
  return short.length > 300 ? `${short.slice(0, 297)}...` : short;
}

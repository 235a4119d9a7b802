import { describe } from 'vitest';
import { CHROMIUM_ARGS, locateChromium } from '../../src/present/report/print-pdf.js';

/** The same lookup as `--format pdf`, so tests run exactly where the CLI would find a browser. */
export function findChromium(): string | undefined {
  return locateChromium(undefined, process.env).path;
}

/** Flags for tests that drive the browser themselves, identical to the PDF printer's. */
export const TEST_CHROMIUM_ARGS: readonly string[] = CHROMIUM_ARGS;

const warned = new Set<string>();

/**
 * A describe block that runs only where Chromium is installed. Without it the block is skipped
 * and one line is printed, because a skip that nobody notices looks like a pass (CI installs
 * Chromium; a developer's laptop may not have it).
 */
export function describeWithChromium(name: string, fn: (chromiumPath: string) => void): void {
  const path = findChromium();
  if (path === undefined) {
    if (!warned.has(name)) {
      warned.add(name);
      const tried = locateChromium(undefined, process.env).tried.join(', ');
      console.warn(`Chromium saknas (letade i ${tried}; installera med apt-get install chromium): hoppar över "${name}"`);
    }
  }
  describe.skipIf(path === undefined)(name, () => fn(path ?? ''));
}

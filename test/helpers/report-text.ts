import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './run-cli.js';

/** samverkan's version, which the colophon names and the goldens must not freeze. */
export const VERSION = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * A report with the parts that change with this project rather than with the repository reported
 * on: the version (every release) and the commit of a checkout (every commit).
 */
export function sanitiseReport(text: string): string {
  return text
    .replaceAll(`samverkan ${VERSION}`, 'samverkan VERSION')
    .replace(/(arkivets version|from version) [0-9a-f]{4,64}\b/g, '$1 COMMIT');
}

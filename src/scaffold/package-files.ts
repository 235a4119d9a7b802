import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The installed package's own folder (the one holding package.json, schemas/ and data/), found by
 * walking up from this module, so it holds whether the code runs from dist/ as compiled files or
 * as one bundle, from a clone, a global install or a link.
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'samverkan') {
      cachedRoot = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('samverkan: the package folder (package.json named samverkan) was not found above the code');
    folder = parent;
  }
}

/** A file the scaffolding writes, relative to the repository's root, with `/`. */
export interface ScaffoldFile {
  path: string;
  content: string | Uint8Array;
}

/** The folder in a repository where samverkan keeps what it needs there (editor schemas). */
export const TOOL_FOLDER = '.samverkan';
export const SCHEMA_FOLDER = `${TOOL_FOLDER}/schemas`;

/** The JSON Schemas the package ships, byte for byte, named by file, in name order. */
export function schemaFiles(): { name: string; content: string }[] {
  const folder = join(packageRoot(), 'schemas');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
}

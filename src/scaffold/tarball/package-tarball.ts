import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-files.js';
import { gzippedTar, type TarEntry } from './ustar.js';

/** What npm puts in every package besides the `files` list. */
const ALWAYS = /^(package\.json|readme(\.[^.]*)?|licen[cs]e(\.[^.]*)?|changelog(\.[^.]*)?)$/i;
/** What npm never packs. */
const NEVER = /^(\.git|\.npmrc|node_modules|\.DS_Store|npm-debug\.log|.*\.orig|\.[^.].*\.swp)$/;

/**
 * The package as `npm pack` would make it from the installed folder: package.json, README and
 * licence, and every file below the entries of package.json's `files`, each under `package/`, in
 * path order. init puts it in a repository so that CI installs the very version that made it,
 * without the npm registry.
 */
export function packageTarball(root = packageRoot()): Uint8Array {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files?: string[]; bin?: Record<string, string> | string };
  const executables = new Set(typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {}));
  const paths = new Set(readdirSync(root).filter((name) => ALWAYS.test(name) && statSync(join(root, name)).isFile()));
  for (const entry of manifest.files ?? []) for (const path of walk(root, entry.replace(/^\.\//, '').replace(/\/$/, ''))) paths.add(path);
  const entries: TarEntry[] = [...paths].sort().map((path) => ({
    path: `package/${path}`,
    content: readFileSync(join(root, path)),
    executable: executables.has(path) || executables.has(`./${path}`),
  }));
  return gzippedTar(entries);
}

/** The regular files at or below a path of the package, relative to its root, with `/`. */
function* walk(root: string, path: string): Generator<string> {
  const full = join(root, path);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    yield path;
    return;
  }
  if (!stat.isDirectory()) return;
  for (const name of readdirSync(full).sort()) if (!NEVER.test(name)) yield* walk(root, `${path}/${name}`);
}

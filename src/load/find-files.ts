import { readdirSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { compareStrings, type Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic } from '../model/messages.js';
import { compileGlobs } from './glob.js';
import { FILE_MESSAGES } from './messages.js';

export interface FoundFile {
  /** Relative to the root, with `/`. */
  path: string;
  absolute: string;
}

export interface Discovery {
  files: FoundFile[];
  diagnostics: Diagnostic[];
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Finds the documents of a repository: every `*.yaml`/`*.yml` below the root, except in folders
 * whose name starts with `.`, `node_modules` and what `exclude` names. Symbolic links are followed
 * only while they stay inside the root; one that leaves it is a diagnostic, never read.
 */
export async function findFiles(root: string, exclude: readonly string[], lang: Lang): Promise<Discovery> {
  const excluded = compileGlobs(exclude);
  const realRoot = await realpath(root);
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>([realRoot]);

  const report = (path: string, id: 'symlink-outside-root' | 'unreadable', data: Record<string, string>) =>
    diagnostics.push(
      createDiagnostic(
        { rule: `file/${id}`, messageId: id, spec: FILE_MESSAGES[id], data, file: path, start: { line: 1, column: 1 } },
        lang,
      ),
    );

  // Every file found with its real path: a file reached again through a link is checked once.
  const found: (FoundFile & { real: string; viaLink: boolean })[] = [];

  const skipped = (name: string, path: string) => name.startsWith('.') || name === 'node_modules' || excluded(path);
  const links: { absolute: string; path: string; name: string }[] = [];

  /**
   * Lists a folder and walks its subfolders, synchronously: over a national repository's thousands
   * of folders (the listings are in the cache) one promise per listing cost four times the listing
   * itself, awaited one by one or all at once. Links wait for followLinks.
   */
  function walk(dir: string, relDir: string, realDir: string, viaLink: boolean): void {
    // The names come from the listing, without separators: joining them is concatenating.
    const into = dir.endsWith(sep) ? dir : dir + sep;
    const realInto = realDir.endsWith(sep) ? realDir : realDir + sep;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = into + entry.name;
      const path = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isSymbolicLink()) links.push({ absolute, path, name: entry.name });
      else if (entry.isDirectory()) {
        if (!skipped(entry.name, path)) walk(absolute, path, realInto + entry.name, viaLink);
      } else if (YAML_FILE.test(entry.name) && !excluded(path)) {
        found.push({ path, absolute, real: realInto + entry.name, viaLink });
      }
    }
  }

  /**
   * Follows the links the walks met, one at a time in path order, after the folders: which of two
   * links to one folder walks it (the other is skipped) must not depend on which listing came first.
   */
  async function followLinks(): Promise<void> {
    for (;;) {
      links.sort((a, b) => compareStrings(a.path, b.path));
      const next = links.shift();
      if (next === undefined) return;
      const { absolute, path, name } = next;
      let target: string;
      try {
        target = await realpath(absolute);
      } catch (error) {
        if (YAML_FILE.test(name)) report(path, 'unreadable', { reason: reason(error) });
        continue;
      }
      if (!insideRoot(realRoot, target)) {
        const targetIsDir = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
        if (targetIsDir || YAML_FILE.test(name)) {
          report(path, 'symlink-outside-root', { target: rootRelative(realRoot, target) });
        }
        continue;
      }
      if ((await stat(target)).isDirectory()) {
        if (visited.has(target)) continue;
        visited.add(target);
        if (!skipped(name, path)) walk(absolute, path, target, true);
      } else if (YAML_FILE.test(name) && !excluded(path)) {
        found.push({ path, absolute, real: target, viaLink: true });
      }
    }
  }

  walk(realRoot, '', realRoot, false);
  await followLinks();
  // Whole-path order (`a-b.yaml` before `a/x.yaml`), not the walk's folder-by-folder order.
  found.sort((a, b) => compareStrings(a.path, b.path));
  const chosen = new Map<string, (typeof found)[number]>();
  for (const file of found) {
    const earlier = chosen.get(file.real);
    // The file where it really is wins over a way to it through a link.
    if (!earlier || (earlier.viaLink && !file.viaLink)) chosen.set(file.real, file);
  }
  const files = found.filter((f) => chosen.get(f.real) === f).map(({ path, absolute }) => ({ path, absolute }));
  return { files, diagnostics };
}

/** Whether a real path (links resolved) lies in the real root: the one rule for every link. */
export function insideRoot(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot + sep);
}

/** A real path as messages show it: relative to the real root, with `/`. */
export function rootRelative(realRoot: string, real: string): string {
  return relative(realRoot, real).split(sep).join('/');
}

function reason(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}


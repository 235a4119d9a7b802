import { readdirSync, realpathSync, Stats, type Dirent } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { compareStrings, type Diagnostic } from '../model/diagnostic.js';
import { CONFIG_FILE } from '../model/file-names.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic, type MessageSpec } from '../model/messages.js';
import { displayName } from './file-name.js';
import { compileGlobs } from './glob.js';
import { FILE_MESSAGES, FOLDER_MESSAGES, type FolderMessageId } from './messages.js';

export interface FoundFile {
  /** Relative to the root, with `/`; a byte of a name that is not UTF-8 shown as `\xe5`. */
  path: string;
  /** A Buffer where a name on the way is not UTF-8: as a string it would name no file. */
  absolute: string | Buffer;
}

/** A folder's entry: its name as shown, and its bytes when they are not UTF-8. */
interface Entry {
  name: string;
  raw: Buffer | undefined;
  dirent: Dirent<string> | Dirent<Buffer>;
}

export interface Discovery {
  files: FoundFile[];
  diagnostics: Diagnostic[];
  /**
   * Folders below the root that hold their own `samverkan.yaml`: each is a root of its own (a
   * kommun's repository inside a region's), so none of their files are among `files`.
   */
  roots: { path: string; absolute: string }[];
}

export interface FindOptions {
  /**
   * Real paths of folders that are roots of their own although they hold no `samverkan.yaml`
   * (other roots of a workspace): the walk leaves them to their own run.
   */
  otherRoots?: ReadonlySet<string>;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Finds the documents of a repository: every `*.yaml`/`*.yml` below the root, except in folders
 * whose name starts with `.`, `node_modules`, what `exclude` names and folders that are roots of
 * their own (they hold a `samverkan.yaml`, or are in `otherRoots`). Symbolic links are followed
 * only while they stay inside the root; one that leaves it is a diagnostic, never read. A folder
 * that cannot be listed (no permission, a path longer than the system takes, deleted meanwhile) is
 * a diagnostic too, and the rest is walked.
 */
export async function findFiles(root: string, exclude: readonly string[], lang: Lang, options: FindOptions = {}): Promise<Discovery> {
  const excluded = compileGlobs(exclude);
  const realRoot = realpathSync.native(root);
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>([realRoot]);

  const finding = (path: string, rule: string, messageId: string, spec: MessageSpec, data: Record<string, string | number>) =>
    diagnostics.push(createDiagnostic({ rule, messageId, spec, data, file: path === '' ? '.' : path, start: { line: 1, column: 1 } }, lang));
  const report = (path: string, id: 'symlink-outside-root' | 'unreadable', data: Record<string, string>) => finding(path, `file/${id}`, id, FILE_MESSAGES[id], data);
  const reportFolder = (path: string, id: FolderMessageId, data: Record<string, string | number>) =>
    finding(path, 'file/unreadable-folder', id, FOLDER_MESSAGES[id], data);

  // Every file found with its real path: a file reached again through a link is checked once.
  const found: (FoundFile & { real: string; viaLink: boolean })[] = [];
  const roots: { path: string; absolute: string; real: string; viaLink: boolean }[] = [];

  const skipped = (name: string, path: string) => name.startsWith('.') || name === 'node_modules' || excluded(path);
  const links: { absolute: string | Buffer; path: string; name: string }[] = [];

  /**
   * Lists a folder and walks its subfolders, synchronously: over a national repository's thousands
   * of folders (the listings are in the cache) one promise per listing cost four times the listing
   * itself, awaited one by one or all at once. Links wait for followLinks.
   */
  function walk(dir: string | Buffer, relDir: string, realDir: string, viaLink: boolean): void {
    if (relDir !== '' && options.otherRoots?.has(realDir)) return;
    const entries = list(dir, relDir);
    // A folder with its own configuration is its own repository: its settings, not ours, apply.
    // (One whose path is not UTF-8 cannot be named as a root, and is walked as a folder.)
    if (relDir !== '' && typeof dir === 'string' && entries.some((e) => e.name === CONFIG_FILE && !e.dirent.isDirectory())) {
      roots.push({ path: relDir, absolute: dir, real: realDir, viaLink });
      return;
    }
    // The names come from the listing, without separators: joining them is concatenating.
    const into = withSeparator(dir);
    const realInto = realDir.endsWith(sep) ? realDir : realDir + sep;
    for (const { name, raw, dirent } of entries) {
      const absolute = typeof into === 'string' && raw === undefined ? into + name : Buffer.concat([Buffer.from(into), raw ?? Buffer.from(name)]);
      const path = relDir === '' ? name : `${relDir}/${name}`;
      // NUL cannot be in a name: a real path with the raw bytes after it is a key no other file has.
      const real = raw === undefined ? realInto + name : `${realInto}\0${raw.toString('latin1')}`;
      if (dirent.isSymbolicLink()) links.push({ absolute, path, name });
      else if (dirent.isDirectory()) {
        if (!skipped(name, path)) walk(absolute, path, real, viaLink);
      } else if (YAML_FILE.test(name) && !excluded(path)) {
        found.push({ path, absolute, real, viaLink });
      }
    }
  }

  /**
   * A folder's entries; none, and a finding, when it cannot be listed. Names are read as UTF-8,
   * and again as bytes in the rare folder where one is not (it then holds U+FFFD).
   */
  function list(dir: string | Buffer, relDir: string): Entry[] {
    try {
      const entries = readdirSync(dir, { withFileTypes: true });
      if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries.map((dirent) => ({ name: dirent.name, raw: undefined, dirent }));
      return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
        const name = displayName(dirent.name);
        return { name, raw: name === dirent.name.toString() ? undefined : dirent.name, dirent };
      });
    } catch (error) {
      const code = reason(error);
      const id = code === 'ENAMETOOLONG' ? 'folder-path-too-long' : code === 'ENOENT' || code === 'ENOTDIR' ? 'folder-gone' : 'folder-unreadable';
      reportFolder(relDir, id, { reason: code, bytes: Buffer.byteLength(dir) });
      return [];
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
      // Gone since the listing, or out of reach: a finding, as a folder that cannot be listed is.
      const info = await stat(target).catch((error: unknown) => error);
      if (!(info instanceof Stats)) {
        if (YAML_FILE.test(name)) report(path, 'unreadable', { reason: reason(info) });
        continue;
      }
      if (info.isDirectory()) {
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
  return { files: oncePerRealPath(found), diagnostics, roots: oncePerRealPath(roots) };
}

/**
 * Each file or folder once, in whole-path order (`a-b.yaml` before `a/x.yaml`, not the walk's
 * folder-by-folder order): where it really is wins over a way to it through a link.
 */
function oncePerRealPath<T extends { path: string; absolute: string | Buffer; real: string; viaLink: boolean }>(found: T[]): Pick<T, 'path' | 'absolute'>[] {
  found.sort((a, b) => compareStrings(a.path, b.path));
  const chosen = new Map<string, T>();
  for (const file of found) {
    const earlier = chosen.get(file.real);
    if (!earlier || (earlier.viaLink && !file.viaLink)) chosen.set(file.real, file);
  }
  return found.filter((f) => chosen.get(f.real) === f).map(({ path, absolute }) => ({ path, absolute }));
}

/** Whether a real path (links resolved) lies in the real root: the one rule for every link. */
export function insideRoot(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot + sep);
}

/** A real path as messages show it: relative to the real root, with `/`. */
export function rootRelative(realRoot: string, real: string): string {
  return relative(realRoot, real).split(sep).join('/');
}

/** A folder's path with a separator at its end, for names to be appended to. */
function withSeparator(dir: string | Buffer): string | Buffer {
  if (typeof dir === 'string') return dir.endsWith(sep) ? dir : dir + sep;
  return dir.at(-1) === sep.charCodeAt(0) ? dir : Buffer.concat([dir, Buffer.from(sep)]);
}

function reason(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}


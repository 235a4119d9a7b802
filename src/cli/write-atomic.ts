/**
 * Where `--output`/`--out` may write, and how: the one place every command that writes goes
 * through. The rules, in the order they are applied:
 *
 * 1. A symbolic link is followed the way `cat > link` follows it: the file it points at is
 *    written and the link stays a link (hop by hop, so a link to a file that does not exist yet
 *    creates that file).
 * 2. `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name an open descriptor of
 *    this process: the text goes to it, as if `--output` had not been given (for stdout).
 * 3. A target that is not a regular file (a device such as `/dev/null`, a FIFO) is written
 *    directly: replacing it would destroy it, and a reader of a FIFO waits for exactly this.
 * 4. A regular file, or a name that does not exist yet, is written atomically: a temp file with a
 *    short random name in the same folder (rename is atomic only within one file system, and a
 *    name derived from the target could exceed the file system's limit), then a rename over the
 *    target. Readers see the old content or the new, never half; the file keeps its permissions.
 * 5. A file the command read (a document, `samverkan.yaml`, a template), by any name or link, is
 *    never written: that is a usage error and nothing is written at all.
 */
import { randomBytes } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { chmod, lstat, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE } from '../check/config.js';
import type { ValidationResult } from '../check/validate-repository.js';
import { InputError, UsageError } from '../errors.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import type { Io } from './io.js';

export interface OutputOptions {
  lang: Lang;
  /** Every file the command read, as absolute paths: none of them may be the output. */
  inputs: Iterable<string>;
}

/**
 * The files a command read from its repositories: each one's configuration and every document
 * (and the workspace file, which a workspace's root may hold among its documents).
 */
export function repositoryInputs(...results: readonly Pick<ValidationResult, 'root' | 'files' | 'prefix'>[]): string[] {
  return results.flatMap((result) => [
    join(result.root, CONFIG_FILE),
    ...result.files.map((file) => join(result.root, file.slice(result.prefix.length))),
  ]);
}

/** What a path names once its links are followed. */
type Target =
  | { kind: 'file'; path: string; stats: Stats }
  | { kind: 'new'; path: string }
  | { kind: 'special'; path: string }
  | { kind: 'descriptor'; path: string; fd: number };

/** Symbolic links followed before giving up, as Linux's own limit (ELOOP). */
const MAX_LINKS = 40;

/** The folder of a process's open descriptors (`/dev/fd` resolves to it on Linux). */
const DESCRIPTOR_FOLDER = /^\/proc\/[^/]+\/fd$/;

/**
 * Writes a command's output to `path` (relative to `io.cwd`) by the rules above.
 * @throws UsageError when `path` is one of `options.inputs`; InputError when it cannot be written.
 */
export async function writeOutput(io: Pick<Io, 'cwd' | 'stdout' | 'stderr'>, path: string, content: string | Uint8Array, options: OutputOptions): Promise<void> {
  const target = await checkOutput(io, path, options);
  const { lang } = options;
  try {
    if (target.kind === 'descriptor') {
      if (typeof content === 'string' && (target.fd === 1 || target.fd === 2)) (target.fd === 1 ? io.stdout : io.stderr)(content);
      // Appending: the descriptor may be a file the shell opened with >>, whose content stays.
      else await writeFile(target.path, content, { flag: 'a' });
    } else if (target.kind === 'special') {
      await writeFile(target.path, content);
    } else {
      await replaceAtomically(target.path, content, target.kind === 'file' ? target.stats.mode & 0o7777 : undefined);
    }
  } catch (error) {
    throw writeError(path, error, lang);
  }
}

/**
 * Resolves where `path` leads and refuses an input file; the same check writeOutput makes, for a
 * command to call before expensive work (printing a PDF).
 */
export async function checkOutput(io: Pick<Io, 'cwd'>, path: string, options: OutputOptions): Promise<Target> {
  let target: Target;
  try {
    target = await resolveTarget(resolve(io.cwd, path));
  } catch (error) {
    throw writeError(path, error, options.lang);
  }
  if (target.kind === 'file') {
    const input = sameFile(target.stats, options.inputs);
    if (input !== undefined) {
      throw new UsageError(localize(OVERWRITES_INPUT.message, options.lang, { path, input: relative(io.cwd, input) || input }), {
        hint: localize(OVERWRITES_INPUT.hint, options.lang),
      });
    }
  }
  return target;
}

async function resolveTarget(start: string): Promise<Target> {
  let current = start;
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { kind: 'new', path: current };
      throw error;
    }
    if (info.isSymbolicLink()) {
      // A descriptor's link reads "pipe:[1234]" or "/dev/pts/0": it is the descriptor itself,
      // not a path to follow.
      if (DESCRIPTOR_FOLDER.test(await realpath(dirname(current))) && /^\d+$/.test(basename(current))) {
        return { kind: 'descriptor', path: current, fd: Number(basename(current)) };
      }
      current = resolve(dirname(current), await readlink(current));
      continue;
    }
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.isFile() ? { kind: 'file', path: current, stats: info } : { kind: 'special', path: current };
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

async function replaceAtomically(target: string, content: string | Uint8Array, mode: number | undefined): Promise<void> {
  const temp = join(dirname(target), `.samverkan-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    // The clean-up must not replace the error that explains what went wrong.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The input that is the same file as `target` (same device and inode: links and hard links too). */
function sameFile(target: Stats, inputs: Iterable<string>): string | undefined {
  for (const input of inputs) {
    const info = statIfAny(input);
    if (info !== undefined && info.ino === target.ino && info.dev === target.dev) return input;
  }
  return undefined;
}

function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    // A link leading nowhere or in a loop, or an unreadable folder: no file that could be replaced.
    return undefined;
  }
}

const OVERWRITES_INPUT = {
  message: {
    sv: '{path} är en fil som samverkan läser ({input}); utdata skriver aldrig över indata',
    en: '{path} is a file samverkan reads ({input}); output never replaces input',
  },
  hint: { sv: 'Välj en annan utdatafil.', en: 'Choose another output file.' },
} as const;

const HINTS: Record<string, Localized> = {
  ENAMETOOLONG: { sv: 'Namnet är för långt för filsystemet; välj ett kortare.', en: 'The name is too long for the file system; choose a shorter one.' },
  EISDIR: { sv: 'Det är en mapp; ange en fil i den.', en: 'It is a folder; name a file in it.' },
  EACCES: { sv: 'Kontrollera behörigheten till filen och mappen.', en: 'Check the permissions of the file and its folder.' },
  ELOOP: { sv: 'Den symboliska länken leder i en ring.', en: 'The symbolic link leads round in a loop.' },
};

const DEFAULT_HINT: Localized = { sv: 'Kontrollera att mappen finns och är skrivbar.', en: 'Check that the folder exists and is writable.' };

function writeError(path: string, error: unknown, lang: Lang): InputError {
  const reason = codeOf(error) ?? (error instanceof Error ? error.message : String(error));
  return new InputError(localize({ sv: 'Kan inte skriva {path} ({reason})', en: 'Cannot write {path} ({reason})' }, lang, { path, reason }), {
    hint: localize(HINTS[reason] ?? (reason === 'EPERM' ? HINTS.EACCES! : DEFAULT_HINT), lang),
    cause: error,
  });
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

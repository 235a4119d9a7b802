import { execFile } from 'node:child_process';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';

/** The files of the root that changed since a base commit, as `validate --changed` sees them. */
export interface ChangedFiles {
  /** Relative to the root, with `/`. */
  files: ReadonlySet<string>;
  /** The base as given, or the one chosen: `origin/main`'s merge base, `HEAD`. */
  base: string;
}

interface GitResult {
  ok: boolean;
  stdout: string;
  /** Set when git itself could not be run. */
  missing: boolean;
}

/** git with arguments, never through a shell: the root and the ref are the user's text. */
function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((done) => {
    execFile('git', ['-C', cwd, ...args], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000, windowsHide: true }, (error, stdout) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      done({ ok: error === null, stdout: String(stdout), missing: code === 'ENOENT' });
    });
  });
}

/**
 * What changed in the root since `base` (default: where the branch left the default branch,
 * `origin/HEAD`, else `main` or `master`; else `HEAD`): committed since then, staged, changed in
 * the working tree, and new files git does not ignore. Git is asked, so renames, ignores and
 * sub-folders are as git sees them.
 * @throws InputError outside a git repository or without git; UsageError for a base git does not know.
 */
export async function changedFiles(root: string, base: string | undefined, lang: Lang): Promise<ChangedFiles> {
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    const message = top.missing
      ? { sv: '--changed behöver git, men git finns inte på den här datorn', en: '--changed needs git, but git is not installed on this computer' }
      : { sv: '--changed behöver ett git-arkiv, men {root} ligger inte i något', en: '--changed needs a git repository, but {root} is not in one' };
    throw new InputError(localize(message, lang, { root }), {
      hint: localize({ sv: 'Kör utan --changed för att kontrollera alla filer.', en: 'Run without --changed to check every file.' }, lang),
    });
  }
  const toplevel = top.stdout.replace(/\r?\n$/, '');
  const from = base === undefined ? await defaultBase(root) : await verified(root, base, lang);
  const listed: string[] = [];
  if (from !== undefined) {
    const diff = await git(root, ['diff', '--name-only', '--no-renames', '-z', from.commit, '--']);
    listed.push(...split(diff.stdout));
  } else {
    // A repository without commits: everything in it is new.
    listed.push(...split((await git(root, ['ls-files', '--cached', '-z'])).stdout));
  }
  listed.push(...split((await git(root, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z'])).stdout));
  const files = new Set<string>();
  for (const path of listed) {
    const inRoot = relative(root, join(toplevel, path));
    if (inRoot !== '' && !inRoot.startsWith(`..${sep}`) && inRoot !== '..' && !isAbsolute(inRoot)) files.add(inRoot.split(sep).join('/'));
  }
  return { files, base: from?.name ?? 'HEAD' };
}

function split(output: string): string[] {
  return output.split('\0').filter((path) => path !== '');
}

async function verified(root: string, base: string, lang: Lang): Promise<{ name: string; commit: string }> {
  // `--end-of-options` keeps a ref that starts with "-" from being read as an option.
  const found = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`]);
  if (found.ok) return { name: base, commit: found.stdout.trim() };
  throw new UsageError(localize({ sv: 'git känner inte till "{base}" (--base)', en: 'git does not know "{base}" (--base)' }, lang, { base }), {
    hint: localize(
      { sv: 'Ange en gren, tagg eller commit som finns, till exempel --base origin/main.', en: 'Give a branch, tag or commit that exists, for example --base origin/main.' },
      lang,
    ),
  });
}

/** The merge base with the default branch, else HEAD; undefined in a repository without commits. */
async function defaultBase(root: string): Promise<{ name: string; commit: string } | undefined> {
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head.ok) return undefined;
  const origin = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  const candidates = [...(origin.ok ? [origin.stdout.trim()] : []), 'main', 'master'];
  for (const branch of candidates) {
    const mergeBase = await git(root, ['merge-base', 'HEAD', branch]);
    if (mergeBase.ok) return { name: branch, commit: mergeBase.stdout.trim() };
  }
  return { name: 'HEAD', commit: head.stdout.trim() };
}

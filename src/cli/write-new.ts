import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';

/**
 * Creates a file that must not exist yet, and never replaces one that does: the content goes to a
 * temp file beside it, which is then hard-linked to the name. link() fails when the name exists,
 * so a file made meanwhile by someone else is kept, and a reader never sees half the content.
 * Where the file system has no hard links, an exclusive create ('wx') keeps the first promise.
 */
export async function writeNew(path: string, content: string | Uint8Array, lang: Lang): Promise<'created' | 'exists'> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, content, { flag: 'wx' });
    try {
      await link(temp, path);
    } catch (error) {
      if (codeOf(error) === 'EEXIST') return 'exists';
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(codeOf(error))) throw error;
      await writeFile(path, content, { flag: 'wx' });
    }
    return 'created';
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return 'exists';
    throw new InputError(
      localize({ sv: 'Kan inte skriva {path} ({reason})', en: 'Cannot write {path} ({reason})' }, lang, { path, reason: codeOf(error) || String(error) }),
      { hint: localize({ sv: 'Kontrollera att mappen är skrivbar.', en: 'Check that the folder is writable.' }, lang), cause: error },
    );
  } finally {
    await rm(temp, { force: true });
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

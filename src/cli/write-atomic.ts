import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temp file in
 * the same folder (rename is atomic only within one file system), then a rename over the target.
 */
export async function writeAtomic(path: string, content: string | Uint8Array, lang: Lang): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError(
      localize({ sv: 'Kan inte skriva {path} ({reason})', en: 'Cannot write {path} ({reason})' }, lang, { path, reason }),
      { hint: localize({ sv: 'Kontrollera att mappen finns och är skrivbar.', en: 'Check that the folder exists and is writable.' }, lang), cause: error },
    );
  }
}

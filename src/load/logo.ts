import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';

/**
 * A kommun's logo is a few kilobytes; a quarter of a megabyte leaves room for a detailed SVG and
 * keeps a report that embeds it (base64 in every HTML file) small.
 */
export const LOGO_MAX_BYTES = 256 * 1024;

export interface LogoFile {
  /** `logo.svg` or `logo.png`, as found in the templates folder. */
  name: 'logo.svg' | 'logo.png';
  /** The path relative to the root, for messages. */
  shown: string;
  bytes: Uint8Array;
}

/**
 * The report's optional logo from the repository's templates folder: `logo.svg`, else
 * `logo.png`. Only a regular file counts (a link could point anywhere on the machine), and only
 * up to {@link LOGO_MAX_BYTES}; whether it really is an SVG or PNG is the report's to check.
 * @param shownFolder the folder as the user names it (`templates`), for messages
 * @throws InputError for a logo that is not a regular file or is too large
 */
export async function loadLogo(folder: string, shownFolder: string, lang: Lang): Promise<LogoFile | undefined> {
  for (const name of ['logo.svg', 'logo.png'] as const) {
    const path = join(folder, name);
    const shown = `${shownFolder}/${name}`;
    const info = await lstat(path).catch(() => undefined);
    if (info === undefined) continue;
    if (!info.isFile()) {
      throw new InputError(
        localize({ sv: '{file} är ingen vanlig fil', en: '{file} is not a regular file' }, lang, { file: shown }),
        { hint: localize({ sv: 'Lägg bilden själv i mappen, inte en länk eller en mapp.', en: 'Put the picture itself in the folder, not a link or a folder.' }, lang) },
      );
    }
    if (info.size > LOGO_MAX_BYTES) {
      throw new InputError(
        localize({ sv: '{file} är {size} kB; en logotyp får vara högst {max} kB', en: '{file} is {size} kB; a logo may be at most {max} kB' }, lang, {
          file: shown,
          size: Math.ceil(info.size / 1024),
          max: LOGO_MAX_BYTES / 1024,
        }),
        { hint: localize({ sv: 'Spara logotypen mindre, till exempel som SVG.', en: 'Save the logo smaller, for example as SVG.' }, lang) },
      );
    }
    return { name, shown, bytes: new Uint8Array(await readFile(path)) };
  }
  return undefined;
}

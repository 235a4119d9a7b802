import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Template sources by name (`report.html`, `partials/agreement.md`): the path without `.hbs`. */
export type TemplateSources = Map<string, string>;

/**
 * Reads every `*.hbs` file below a folder, once. A folder that does not exist gives no templates:
 * a repository need not have its own.
 */
export async function loadTemplates(folder: string): Promise<TemplateSources> {
  const sources: TemplateSources = new Map();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile() && entry.name.endsWith('.hbs')) {
        sources.set(path.replace(/\.hbs$/, ''), await readFile(join(dir, entry.name), 'utf8'));
      }
    }
  };
  await walk(folder, '');
  return sources;
}

/** The folder of the templates that ship with samverkan, beside dist/ in the package. */
export const BUNDLED_TEMPLATES = new URL('../../templates', import.meta.url);

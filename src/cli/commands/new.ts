import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateRepository } from '../../check/validate-repository.js';
import { todayInStockholm } from '../../domain/calendar/stockholm.js';
import { InputError } from '../../errors.js';
import { assertFolder } from '../../load/load-repository.js';
import { fullMessage } from '../../model/diagnostic.js';
import { localize } from '../../model/lang.js';
import { planNew, type NewKind } from '../../scaffold/new/index.js';
import { SCHEMA_FOLDER } from '../../scaffold/package-files.js';
import { readRepository } from '../../scaffold/repository-facts.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { NewCommandOptions } from '../program-scaffold.js';
import { writeNew } from '../write-new.js';

/**
 * `samverkan new KIND`: one pre-filled document in its conventional folder. It never replaces a
 * file, prints the path relative to the root, and checks the repository afterwards: what the new
 * file has is shown on stderr, and an error in it (which normal use never gives) exits 1.
 */
export async function runNew(kind: NewKind, options: NewCommandOptions, io: Io): Promise<number> {
  const root = await assertFolder(resolve(io.cwd, options.root), options.lang ?? 'sv');
  const facts = await readRepository(root, options.lang);
  const lang = facts.lang;
  const hasSchemas = existsSync(join(root, SCHEMA_FOLDER, 'samverkan.schema.json'));
  const document = planNew(kind, options, { facts, today: todayInStockholm(new Date()), lang, hasSchemas });
  if ((await writeNew(join(root, ...document.path.split('/')), document.content, lang)) === 'exists') {
    throw new InputError(
      localize({ sv: '{path} finns redan; samverkan skriver aldrig över en fil.', en: '{path} already exists; samverkan never overwrites a file.' }, lang, { path: document.path }),
      { hint: localize({ sv: 'Ange ett annat id med --id.', en: 'Give another id with --id.' }, lang) },
    );
  }
  const after = await validateRepository({ root, lang: options.lang });
  const own = after.diagnostics.filter((d) => d.file === document.path);
  for (const d of own) {
    const severity = localize(d.severity === 'error' ? { sv: 'fel', en: 'error' } : { sv: 'varning', en: 'warning' }, lang);
    io.stderr(`samverkan: ${d.file}:${d.start.line}:${d.start.column}  ${severity}  ${fullMessage(d)}  ${d.rule}\n`);
  }
  io.stdout(options.format === 'json' ? `${JSON.stringify({ file: document.path, id: document.id })}\n` : `${document.path}\n`);
  return own.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

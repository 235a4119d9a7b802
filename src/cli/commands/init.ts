import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { todayInStockholm } from '../../domain/calendar/stockholm.js';
import { InputError, UsageError } from '../../errors.js';
import { localize, type Lang } from '../../model/lang.js';
import { initFiles } from '../../scaffold/init-files.js';
import type { Kommun } from '../../scaffold/kommun.js';
import { kommunNamed } from '../../scaffold/new/common.js';
import { readRepository, kommunCodesOf } from '../../scaffold/repository-facts.js';
import { packageTarball } from '../../scaffold/tarball/package-tarball.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { InitOptions } from '../program-scaffold.js';
import { VERSION } from '../version.js';
import { writeNew } from '../write-new.js';
import { sayIn } from '../../scaffold/say.js';

/**
 * `samverkan init [DIR]`: a repository for one kommun. Writes only files that do not exist, so a
 * second run, or a run in a repository that already has some of them, changes no byte of what is
 * there and lists what it left alone.
 */
export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const lang: Lang = options.lang ?? 'sv';
  const root = resolve(io.cwd, options.dir ?? options.root);
  const kommun = await chooseKommun(options.kommun, lang, io);
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new InputError(localize({ sv: 'Inte en mapp: {root}', en: 'Not a folder: {root}' }, lang, { root }));
  const { files, draft } = initFiles({ kommun, ci: options.ci, today: todayInStockholm(new Date()), lang, version: VERSION, tarball: () => packageTarball() });
  // An agreement of this kommun under another name (or from before init) makes the draft a duplicate.
  const hasAgreement = info !== undefined && (await hasAgreementFor(root, kommun.code));
  const created: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const outcome = hasAgreement && file.path === draft ? 'exists' : await writeNew(join(root, ...file.path.split('/')), file.content, lang);
    (outcome === 'created' ? created : skipped).push(file.path);
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ root, kommun: { municipality_code: kommun.code, name: kommun.name }, created, skipped })}\n`);
    return EXIT.ok;
  }
  io.stdout(summary(kommun, root, created, skipped, lang));
  return EXIT.ok;
}

/** The kommun from --kommun, or asked for in a terminal; in a pipe a missing one is a usage error. */
async function chooseKommun(given: string | undefined, lang: Lang, io: Io): Promise<Kommun> {
  if (given !== undefined) return kommunNamed(given, lang);
  if (process.stdin.isTTY !== true) {
    throw new UsageError(
      localize({ sv: 'Ange kommunen med --kommun KOD eller NAMN, till exempel --kommun Uppsala.', en: 'Give the kommun with --kommun CODE or NAME, e.g. --kommun Uppsala.' }, lang),
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  // Lines are read as they come, so an answer typed ahead is not lost while the last one is checked.
  const lines = prompt[Symbol.asyncIterator]();
  prompt.setPrompt(localize({ sv: 'Vilken kommun (namn eller kommunkod)? ', en: 'Which kommun (name or code)? ' }, lang));
  try {
    // A typo in a terminal is asked again, with the suggestion; an empty answer or Ctrl+D gives up.
    for (let attempt = 1; ; attempt++) {
      prompt.prompt();
      const next = await lines.next();
      if (next.done === true) io.stderr('\n');
      const answer = next.done === true ? '' : String(next.value);
      if (answer.trim() === '') {
        throw new UsageError(localize({ sv: 'Ingen kommun angiven.', en: 'No kommun given.' }, lang), {
          hint: localize({ sv: 'Ange den med --kommun KOD eller NAMN, till exempel --kommun Uppsala.', en: 'Give it with --kommun CODE or NAME, e.g. --kommun Uppsala.' }, lang),
        });
      }
      try {
        return kommunNamed(answer, lang);
      } catch (error) {
        if (attempt === 3 || !(error instanceof UsageError)) throw error;
        io.stderr(`${error.message}\n`);
      }
    }
  } finally {
    prompt.close();
  }
}

/** Whether the folder already holds an agreement of this kommun (then no draft is added). */
async function hasAgreementFor(root: string, code: string): Promise<boolean> {
  try {
    const facts = await readRepository(root, 'sv');
    return [...facts.agreements.values()].some(({ data }) => kommunCodesOf(data).includes(code));
  } catch {
    // A folder samverkan cannot read as a repository (empty, say) holds no agreement.
    return false;
  }
}

function summary(kommun: Kommun, root: string, created: readonly string[], skipped: readonly string[], lang: Lang): string {
  const t = sayIn(lang);
  const lines = [t('{name} ({code}), polisregion {region}, i {root}', '{name} ({code}), police region {region}, in {root}', { name: kommun.officialName, code: kommun.code, region: kommun.policeRegion, root })];
  if (created.length > 0) lines.push(t('Skapade ({n}):', 'Created ({n}):', { n: created.length }), ...created.map((p) => `  ${p}`));
  if (skipped.length > 0) lines.push(t('Fanns redan, lämnades orörda ({n}):', 'Already there, left alone ({n}):', { n: skipped.length }), ...skipped.map((p) => `  ${p}`));
  const agreement = created.find((p) => p.startsWith('agreements/') && p.endsWith('.yaml'));
  lines.push(t('Nästa steg:', 'Next steps:'));
  if (agreement) lines.push(t('  1. Fyll i {file}: allt inom [hakparenteser].', '  1. Fill in {file}: everything in [brackets].', { file: agreement }));
  lines.push(t('  {n}. Kontrollera arkivet: samverkan validate', '  {n}. Check the repository: samverkan validate', { n: agreement ? 2 : 1 }));
  lines.push(t('  {n}. Lägg det i git och öppna mappen i VS Code för hjälp i editorn.', '  {n}. Put it in git and open the folder in VS Code for help in the editor.', { n: agreement ? 3 : 2 }));
  return `${lines.join('\n')}\n`;
}

import { Option, type Command } from 'commander';
import { localize, type Lang, type Localized } from '../model/lang.js';
import { withCommonOptions, type CommonOptions, type Runner } from './program.js';

export interface SchemaOptions extends CommonOptions {
  out?: string;
}

export interface InitOptions extends CommonOptions {
  /** The folder argument; --root when absent. */
  dir?: string;
  kommun?: string;
  ci: 'github' | 'gitlab' | 'none';
}

/** The commands that write a repository's files: schema, init and new. */
export function addScaffoldCommands(program: Command, lang: Lang, runner: Runner): void {
  const t = (message: Localized) => localize(message, lang);
  const schema = withCommonOptions(program.command('schema'), lang, ['pretty', 'json'])
    .description(
      t({
        sv: 'Skriv JSON-schemana för editorer och andra verktyg (standard: .samverkan/schemas/ i arkivet).',
        en: "Write the JSON Schemas for editors and other tools (default: the repository's .samverkan/schemas/).",
      }),
    )
    .option('--out <dir>', t({ sv: 'mappen som schemana skrivs till', en: 'the folder the schemas are written to' }));
  schema.addHelpText('after', examples(lang, [
    ['samverkan schema', { sv: 'uppdatera editorns scheman i arkivet efter en uppgradering', en: "refresh the editor's schemas in the repository after an upgrade" }],
    ['samverkan schema --out scheman', { sv: 'skriv dem till mappen scheman/', en: 'write them to the folder scheman/' }],
  ]));
  schema.action(runner(async () => (await import('./commands/schema.js')).runSchema));

  const init = withCommonOptions(program.command('init'), lang, ['pretty', 'json'])
    .argument('[dir]', t({ sv: 'mappen som blir arkivet (standard: --root, annars aktuell mapp)', en: 'the folder that becomes the repository (default: --root, else the current folder)' }))
    .description(
      t({
        sv: 'Skapa ett arkiv för en kommun: inställningar, mappar, ett utkast till överenskommelse, editorhjälp och CI. Skriver aldrig över en fil.',
        en: 'Make a repository for one kommun: settings, folders, a draft agreement, editor help and CI. Never overwrites a file.',
      }),
    )
    .option('--kommun <kod|namn>', t({ sv: 'kommunen: kommunkod eller namn (frågas efter i en terminal)', en: 'the kommun: code or name (asked for in a terminal)' }))
    .addOption(new Option('--ci <ci>', t({ sv: 'CI-fil att skriva', en: 'the CI file to write' })).choices(['github', 'gitlab', 'none']).default('github'));
  init.addHelpText('after', examples(lang, [
    ['samverkan init --kommun Uppsala', { sv: 'ett arkiv för Uppsala kommun i aktuell mapp, med GitHub Actions', en: 'a repository for Uppsala kommun in the current folder, with GitHub Actions' }],
    ['samverkan init uppsala --kommun 0380 --ci gitlab', { sv: 'i mappen uppsala/, med GitLab CI', en: 'in the folder uppsala/, with GitLab CI' }],
  ]));
  const runInit = runner(async () => (await import('./commands/init.js')).runInit);
  init.action((dir: string | undefined, options: Omit<InitOptions, 'dir'>) => runInit({ ...options, dir }));
}

/** An "Examples:" block for --help: each command line with what it does. */
function examples(lang: Lang, lines: readonly (readonly [string, Localized])[]): string {
  const heading = localize({ sv: 'Exempel:', en: 'Examples:' }, lang);
  const width = Math.max(...lines.map(([command]) => command.length));
  return `\n${heading}\n${lines.map(([command, what]) => `  ${command.padEnd(width)}  # ${localize(what, lang)}`).join('\n')}\n`;
}

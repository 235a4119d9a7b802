import { Option, type Command } from 'commander';
import { didYouMean } from '../model/suggest.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import type { NewKind, NewOptions } from '../scaffold/new/index.js';
import { withCommonOptions, type CommonOptions, type Runner } from './program.js';

export interface SchemaOptions extends CommonOptions {
  output?: string;
  /** The older name of --output. */
  out?: string;
}

export interface NewCommandOptions extends CommonOptions, NewOptions {}

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
    .option('-o, --output <dir>', t({ sv: 'mappen som schemana skrivs till', en: 'the folder the schemas are written to' }))
    .option('--out <dir>', t({ sv: 'samma som --output', en: 'the same as --output' }));
  schema.addHelpText('after', examples(lang, [
    ['samverkan schema', { sv: 'uppdatera editorns scheman i arkivet efter en uppgradering', en: "refresh the editor's schemas in the repository after an upgrade" }],
    ['samverkan schema --output scheman', { sv: 'skriv dem till mappen scheman/', en: 'write them to the folder scheman/' }],
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

  addNewCommands(program, lang, runner);
}

type Line = readonly [string, Localized];

/** What each kind of `new` takes: its options, and the examples its --help shows. */
const NEW_KINDS: readonly { kind: NewKind; alias: string; about: Localized; options: readonly (readonly [string, Localized, boolean])[]; examples: readonly Line[] }[] = [
  {
    kind: 'follow-up',
    alias: 'follow_up',
    about: { sv: 'årets uppföljning: alla åtgärder och mål i överenskommelsen, att fylla i', en: "the year's follow-up: every measure and goal of the agreement, to fill in" },
    options: [
      ['--agreement <id>', { sv: 'överenskommelsen som följs upp', en: 'the agreement followed up' }, true],
      ['--year <year>', { sv: 'året som följs upp (ÅÅÅÅ)', en: 'the year followed up (YYYY)' }, true],
    ],
    examples: [['samverkan new follow-up --agreement uppsala-2027 --year 2027', { sv: 'uppföljningen av 2027', en: 'the follow-up of 2027' }]],
  },
  {
    kind: 'review',
    alias: 'annual_review',
    about: { sv: 'en aktualitetsprövning av överenskommelsen', en: 'an annual review of the agreement' },
    options: [
      ['--agreement <id>', { sv: 'överenskommelsen som prövas', en: 'the agreement reviewed' }, true],
      ['--held-on <date>', { sv: 'dagen prövningen hölls (standard: i dag)', en: 'the day the review was held (default: today)' }, false],
    ],
    examples: [['samverkan new review --agreement uppsala-2027 --held-on 2028-01-15', { sv: 'prövningen 15 januari 2028', en: 'the review of 15 January 2028' }]],
  },
  {
    kind: 'citizen-promises',
    alias: 'citizen_promises',
    about: { sv: 'medborgarlöften för en period, ett per fokusområde att börja från', en: 'citizen promises for a period, one per focus area to start from' },
    options: [
      ['--agreement <id>', { sv: 'överenskommelsen som löftena hör till', en: 'the agreement the promises belong to' }, true],
      ['--from <date>', { sv: 'periodens första dag (ÅÅÅÅ-MM-DD)', en: "the period's first day (YYYY-MM-DD)" }, true],
      ['--to <date>', { sv: 'periodens sista dag (ÅÅÅÅ-MM-DD)', en: "the period's last day (YYYY-MM-DD)" }, true],
    ],
    examples: [['samverkan new citizen-promises --agreement uppsala-2027 --from 2027-01-01 --to 2027-12-31', { sv: 'löftena för 2027', en: 'the promises of 2027' }]],
  },
  {
    kind: 'situation-report',
    alias: 'situation_report',
    about: { sv: 'kommunens lägesbild för ett år (lag 2023:196 4 §)', en: "the kommun's situation picture for a year (lag 2023:196 4 §)" },
    options: [
      ['--kommun <kod|namn>', { sv: 'kommunen: kommunkod eller namn', en: 'the kommun: code or name' }, true],
      ['--year <year>', { sv: 'lägesbildens år (ÅÅÅÅ)', en: "the situation picture's year (YYYY)" }, true],
    ],
    examples: [['samverkan new situation-report --kommun Uppsala --year 2027', { sv: 'lägesbilden 2027', en: 'the situation picture of 2027' }]],
  },
  {
    kind: 'action-plan',
    alias: 'action_plan',
    about: { sv: 'kommunens åtgärdsplan (lag 2023:196 5 §), byggd på lägesbilden', en: "the kommun's action plan (lag 2023:196 5 §), built on the situation picture" },
    options: [
      ['--kommun <kod|namn>', { sv: 'kommunen: kommunkod eller namn', en: 'the kommun: code or name' }, true],
      ['--situation-report <id>', { sv: 'lägesbilden planen bygger på (standard: kommunens senaste)', en: "the situation picture it rests on (default: the kommun's latest)" }, false],
    ],
    examples: [['samverkan new action-plan --kommun 0380', { sv: 'en plan byggd på Uppsalas senaste lägesbild', en: "a plan on Uppsala's latest situation picture" }]],
  },
  {
    kind: 'agreement',
    alias: 'successor',
    about: { sv: 'ett utkast till efterträdare av en överenskommelse, med dess innehåll kopierat', en: 'a draft successor of an agreement, with its content copied' },
    options: [['--supersedes <id>', { sv: 'överenskommelsen som ersätts', en: 'the agreement it replaces' }, true]],
    examples: [['samverkan new agreement --supersedes uppsala-2027', { sv: 'nästa överenskommelse, från dagen efter att den gamla slutar', en: 'the next agreement, from the day after the old one ends' }]],
  },
];

function addNewCommands(program: Command, lang: Lang, runner: Runner): void {
  const t = (message: Localized) => localize(message, lang);
  const parent = program
    .command('new')
    .description(
      t({
        sv: 'Skriv ett ifyllt dokument i sin mapp och visa sökvägen; skriver aldrig över en fil, och arkivet kontrolleras efteråt.',
        en: 'Write one pre-filled document into its folder and print its path; never overwrites a file, and the repository is checked afterwards.',
      }),
    )
    .helpOption('-h, --help', t({ sv: 'visa hjälp', en: 'show help' }))
    .helpCommand(false)
    .argument('[kind]')
    // A mistyped kind comes with its options; the kind is what to point out.
    .allowUnknownOption()
    .allowExcessArguments();
  parent.addHelpText('after', examples(lang, NEW_KINDS.flatMap((k) => k.examples)));
  // Reached only without a known kind: say which kinds there are, and the closest to a typo.
  parent.action((given: string | undefined) => {
    // Options are let through so that a mistyped kind is named first; an option is no kind.
    const kind = given?.startsWith('-') ? undefined : given;
    const kinds = NEW_KINDS.map((k) => k.kind);

    throw new UsageError(
      kind === undefined
        ? localize({ sv: 'Ange vilket dokument som ska skapas: samverkan new TYP.', en: 'Say which document to make: samverkan new KIND.' }, lang)
        : localize({ sv: 'Okänd dokumenttyp "{kind}"{tail}', en: 'Unknown kind of document "{kind}"{tail}' }, lang, {
            kind,
            tail: didYouMean(kind, kinds, lang),
          }),
      { hint: localize({ sv: 'Dokumenttyperna är {kinds}.', en: 'The kinds are {kinds}.' }, lang, { kinds: kinds.join(', ') }) },
    );
  });
  for (const spec of NEW_KINDS) {
    const command = withCommonOptions(parent.command(spec.kind), lang, ['pretty', 'json']).alias(spec.alias).description(t(spec.about));
    for (const [flags, help, required] of spec.options) {
      if (required) command.requiredOption(flags, t(help));
      else command.option(flags, t(help));
    }
    command.option('--id <id>', t({ sv: 'dokumentets id (standard: enligt namnkonventionen)', en: "the document's id (default: by the naming convention)" }));
    command.addHelpText('after', examples(lang, spec.examples));
    command.action(runner(async () => {
      const { runNew } = await import('./commands/new.js');
      return (options: NewCommandOptions, io: Io) => runNew(spec.kind, options, io);
    }));
  }
}

/** An "Examples:" block for --help: each command line with what it does. */
function examples(lang: Lang, lines: readonly (readonly [string, Localized])[]): string {
  const heading = localize({ sv: 'Exempel:', en: 'Examples:' }, lang);
  const width = Math.max(...lines.map(([command]) => command.length));
  return `\n${heading}\n${lines.map(([command, what]) => `  ${command.padEnd(width)}  # ${localize(what, lang)}`).join('\n')}\n`;
}

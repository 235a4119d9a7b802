import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import { localizedHelp } from './help.js';
import type { Io } from './io.js';
import { addScaffoldCommands } from './program-scaffold.js';

/** The options every command takes (format.md, "Command contract"). */
export interface CommonOptions {
  root: string;
  lang?: Lang;
  format?: string;
  debug?: boolean;
  color: boolean;
}

/** The options of a command that reads several repositories at once (a workspace). */
export interface WorkspaceCommandOptions extends Omit<CommonOptions, 'root'> {
  /** Every `--root` given, in order; absent when none was. */
  root?: string[];
  /** `--workspace FILE`. */
  workspace?: string;
}

export interface RulesOptions extends CommonOptions {
  output?: string;
  /** One rule to explain; all of them when absent. */
  rule?: string;
}

export interface ValidateOptions extends WorkspaceCommandOptions {
  output?: string;
  quiet?: boolean;
  /** As typed; validate checks it, so a bad value is a usage error in the user's language. */
  maxWarnings?: string;
  /** A baseline file: the findings it records do not count. */
  baseline?: string;
  /** Write the current findings to the --baseline file instead of reading it. */
  updateBaseline?: boolean;
  /** Only the findings in files changed since --base (git). */
  changed?: boolean;
  base?: string;
}

export interface StatusOptions extends WorkspaceCommandOptions {
  asOf?: string;
  agreement?: string;
  kommun?: string;
  output?: string;
}

export interface DeadlinesOptions extends StatusOptions {
  all?: boolean;
  within?: string;
  failOn?: 'overdue';
}

export interface ReportOptions extends CommonOptions {
  /** As typed; the command checks it, so a bad value is a usage error in the user's language. */
  year: string;
  agreement?: string;
  asOf?: string;
  output?: string;
  /** The older name of --output, kept so existing scripts keep working. */
  out?: string;
}

export interface OverviewOptions extends WorkspaceCommandOptions {
  asOf?: string;
  polisregion?: string;
  lan?: string;
  output?: string;
}

/** validate's formats; the same names as FORMAT_NAMES, kept here so --help loads no formatter code. */
const VALIDATE_FORMATS = ['pretty', 'json', 'github', 'junit', 'sarif', 'gitlab', 'markdown'] as const;

/** The help of the options several commands share, in one place so they say the same. */
const AS_OF_HELP: Localized = { sv: 'räkna som om det vore detta datum (ÅÅÅÅ-MM-DD); standard: i dag i Sverige', en: 'compute as of this date (YYYY-MM-DD); default: today in Sweden' };
const OUTPUT_HELP: Localized = { sv: 'skriv resultatet till en fil i stället för stdout', en: 'write the result to a file instead of stdout' };

/** overview's formats, as OVERVIEW_FORMAT_NAMES has them (a test keeps the two the same). */
export const OVERVIEW_FORMATS = ['pretty', 'json', 'markdown', 'html', 'csv'] as const;

/**
 * The command line. Each action imports its command when it runs, so `--help` and `--version`
 * load no more than commander and this file.
 */
export function createProgram(lang: Lang, version: string, io: Io, done: (exitCode: number) => void): Command {
  const t = (message: Localized) => localize(message, lang);
  const program = new Command('samverkan')
    .description(
      t({
        sv: 'Kontrollera och följ upp samverkansöverenskommelser mellan kommun och polis, lagrade som YAML.',
        en: 'Check and follow up cooperation agreements between kommun and police, kept as YAML.',
      }),
    )
    .version(version, '-V, --version', t({ sv: 'visa versionen', en: 'show the version' }))
    .helpOption('-h, --help', t({ sv: 'visa hjälp', en: 'show help' }))
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  program.configureHelp(localizedHelp(lang));
  // Each command's code is imported when it runs, and its exit code handed back to run().
  const runner: Runner =
    <O>(load: () => Promise<(options: O, io: Io) => Promise<number>>) =>
    async (options: O) =>
      done(await (await load())(options, io));

  // No default format: validate picks github inside GitHub Actions, gitlab for a file in GitLab CI, and pretty elsewhere.
  const validate = withWorkspaceOptions(program.command('validate'), lang, VALIDATE_FORMATS, {
    help: {
      sv: 'utdataformat; github när GITHUB_ACTIONS=true, gitlab när GITLAB_CI=true, annars pretty',
      en: 'output format; github when GITHUB_ACTIONS=true, gitlab when GITLAB_CI=true, else pretty',
    },
    default: undefined,
  })
    .description(
      t({
        sv: 'Kontrollera alla dokument mot scheman och regler; avslutar med 1 om fel hittas.',
        en: 'Check every document against the schemas and rules; exits 1 when errors are found.',
      }),
    )
    .option('-o, --output <file>', t(OUTPUT_HELP))
    .option('-q, --quiet', t({ sv: 'visa bara fel, inga varningar', en: 'show errors only, no warnings' }))
    .option(
      '--max-warnings <n>',
      t({ sv: 'avsluta med 1 om det finns fler än n varningar', en: 'exit 1 when there are more than n warnings' }),
    )
    .option('--baseline <file>', t({ sv: 'bortse från fynden som baslinjen i filen redan har', en: 'ignore the findings the baseline in the file already has' }))
    .option('--update-baseline', t({ sv: 'skriv dagens fynd till --baseline-filen', en: "write today's findings to the --baseline file" }))
    .option('--changed', t({ sv: 'visa bara fynd i filer som ändrats sedan --base (git)', en: 'show only findings in files changed since --base (git)' }))
    .option('--base <ref>', t({ sv: 'jämför med denna git-referens; standard: där grenen utgick från huvudgrenen, annars HEAD', en: 'compare with this git ref; default: where the branch left the default branch, else HEAD' }));
  validate.action(runner(async () => (await import('./commands/validate.js')).runValidate));
  const runRules = runner(async () => (await import('./commands/rules.js')).runRules);
  // `rules [RULE]` and `explain RULE` are one command under two names: a finding names its rule,
  // and "explain" is what people type after reading it.
  const ruleCommand = (name: string, argument: string, argumentHelp: Localized, description: Localized) =>
    withCommonOptions(program.command(name), lang, ['pretty', 'json', 'markdown'])
      .argument(argument, t(argumentHelp))
      .description(t(description))
      .option('-o, --output <file>', t({ sv: 'skriv till en fil i stället för stdout', en: 'write to a file instead of stdout' }))
      .action((rule: string | undefined, options: RulesOptions) => runRules({ ...options, rule }));
  ruleCommand(
    'rules',
    '[rule]',
    { sv: 'en regel att förklara, till exempel period/order', en: 'one rule to explain, for example period/order' },
    {
      sv: 'Lista alla regler (eller förklara en) med exempel och den allvarlighetsgrad samverkan.yaml ger dem.',
      en: 'List every rule (or explain one) with examples and the severity samverkan.yaml gives it.',
    },
  );
  ruleCommand(
    'explain',
    '<rule>',
    { sv: 'regelns id, som det står i ett fynd', en: "the rule's id, as a finding names it" },
    {
      sv: 'Förklara en regel: vad den kontrollerar, varför, ett fel och ett rätt exempel, och dess allvar i arkivet.',
      en: 'Explain one rule: what it checks, why, a wrong and a right example, and its severity in the repository.',
    },
  );
  const status = withDerivedOptions(withWorkspaceOptions(program.command('status'), lang, ['pretty', 'json', 'markdown']), lang).description(
    t({
      sv: 'Visa varje överenskommelses status, nästa tidsfrist och kommunernas skyldigheter enligt lag (2023:196).',
      en: "Show each agreement's state, next deadline and the kommuner's duties under lag (2023:196).",
    }),
  );
  status.action(runner(async () => (await import('./commands/status.js')).runStatus));
  const deadlines = withDerivedOptions(withWorkspaceOptions(program.command('deadlines'), lang, ['pretty', 'json', 'markdown', 'ics']), lang)
    .description(
      t({
        sv: 'Lista tidsfristerna (försenade och kommande), även som kalender (--format ics).',
        en: 'List the deadlines (overdue and upcoming), also as a calendar (--format ics).',
      }),
    )
    .option('--all', t({ sv: 'ta med klara tidsfrister', en: 'include deadlines that are done' }))
    .option('--within <days>', t({ sv: 'bara kommande inom så många dagar (försenade visas alltid)', en: 'only upcoming ones within this many days (overdue ones always show)' }))
    .addOption(
      new Option('--fail-on <what>', t({ sv: 'avsluta med 1 om någon tidsfrist är försenad', en: 'exit 1 when a deadline is overdue' })).choices(['overdue']),
    );
  deadlines.action(runner(async () => (await import('./commands/deadlines.js')).runDeadlines));
  const report = withCommonOptions(program.command('report'), lang, ['md', 'html', 'pdf', 'docx'])
    .description(
      t({
        sv: 'Skriv årsrapporten för ett år: varje överenskommelse som gäller då (eller en), från Handlebars-mallar.',
        en: 'Write the annual report of a year: every agreement valid then (or one), from Handlebars templates.',
      }),
    )
    .requiredOption('--year <year>', t({ sv: 'året som rapporten följer upp (ÅÅÅÅ)', en: 'the year the report follows up (YYYY)' }))
    .option('--agreement <id>', t({ sv: 'bara denna överenskommelse', en: 'only this agreement' }))
    .option('--as-of <date>', t(AS_OF_HELP))
    .option('-o, --output <file>', t({ sv: 'skriv rapporten till en fil i stället för stdout (krävs för pdf och docx)', en: 'write the report to a file instead of stdout (required for pdf and docx)' }))
    .option('--out <file>', t({ sv: 'samma som --output', en: 'the same as --output' }));
  report.action(runner(async () => (await import('./commands/report.js')).runReport));
  const overview = withWorkspaceOptions(program.command('overview'), lang, OVERVIEW_FORMATS)
    .description(
      t({
        sv: 'Visa läget i varje kommun på en rad, per polisregion och län: överenskommelse, uppföljning, aktualitetsprövning, medborgarlöften, lagens krav och försenade tidsfrister.',
        en: 'Show each kommun on one line, by police region and county: agreement, follow-up, annual review, citizen promises, the duties of the law and overdue deadlines.',
      }),
    )
    .option('--as-of <date>', t(AS_OF_HELP))
    .option('--polisregion <name>', t({ sv: 'bara kommunerna i denna polisregion (till exempel Öst)', en: 'only the kommuner of this police region (for example Öst)' }))
    .option('--lan <code>', t({ sv: 'bara kommunerna i detta län: länskod (04) eller namn', en: 'only the kommuner of this county: county code (04) or name' }))
    .option('-o, --output <file>', t(OUTPUT_HELP));
  overview.action(runner(async () => (await import('./commands/overview.js')).runOverview));
  addScaffoldCommands(program, lang, runner);
  const all = (commands: readonly Command[]): Command[] => commands.flatMap((c) => [c, ...all(c.commands)]);
  for (const command of all(program.commands)) refuseRepeatedValues(command, lang);
  return program;
}

/** Wraps a lazily imported command as a commander action that hands its exit code back. */
export type Runner = <O>(load: () => Promise<(options: O, io: Io) => Promise<number>>) => (options: O) => Promise<void>;

/** Options that collect every value given (`--root a --root b`), so giving them twice is no mistake. */
const REPEATABLE = new WeakSet<Option>();

/**
 * An option that takes one value and is given twice is a usage error: commander would keep the
 * last one silently, and `--root a --root b` would check only b while the user thinks both were.
 */
function refuseRepeatedValues(command: Command, lang: Lang): void {
  for (const option of command.options) {
    if (option.isBoolean() || option.variadic || REPEATABLE.has(option)) continue;
    const parse = option.parseArg;
    let given: string | undefined;
    option.argParser((value: string, previous: unknown) => {
      if (given !== undefined) {
        throw new UsageError(
          localize(
            { sv: '{flag} är angiven två gånger ("{first}" och "{second}"); ange den en gång.', en: '{flag} is given twice ("{first}" and "{second}"); give it once.' },
            lang,
            { flag: option.long ?? option.flags, first: given, second: value },
          ),
        );
      }
      given = value;
      return parse ? parse(value, previous) : value;
    });
  }
}

function withDerivedOptions(command: Command, lang: Lang): Command {
  const t = (message: Localized) => localize(message, lang);
  return command
    .option('--as-of <date>', t(AS_OF_HELP))
    .option('--agreement <id>', t({ sv: 'bara denna överenskommelse', en: 'only this agreement' }))
    .option('--kommun <code>', t({ sv: 'bara denna kommun (kommunkod)', en: 'only this kommun (municipality code)' }))
    .option('-o, --output <file>', t(OUTPUT_HELP));
}

type FormatHelp = { help: Localized; default: string | undefined };

export function withCommonOptions(command: Command, lang: Lang, formats: readonly string[], format?: FormatHelp): Command {
  const t = (message: Localized) => localize(message, lang);
  command.helpOption('-h, --help', t({ sv: 'visa hjälp', en: 'show help' })).option('--root <dir>', t({ sv: 'arkivets rotmapp', en: "the repository's root folder" }), '.');
  return withSharedOptions(command, lang, formats, format);
}

/**
 * For the commands that read several repositories as one: `--root` may be repeated, and
 * `--workspace FILE` names a samverkan-workspace.yaml (found in the current folder without either).
 */
export function withWorkspaceOptions(command: Command, lang: Lang, formats: readonly string[], format?: FormatHelp): Command {
  const t = (message: Localized) => localize(message, lang);
  const root = new Option(
    '--root <dir>',
    t({ sv: 'arkivets rotmapp; upprepa för flera arkiv (standard: aktuell mapp)', en: "the repository's root folder; repeat it for several (default: the current folder)" }),
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  REPEATABLE.add(root);
  command
    .helpOption('-h, --help', t({ sv: 'visa hjälp', en: 'show help' }))
    .addOption(root)
    .option(
      '--workspace <file>',
      t({ sv: 'arbetsytans fil med arkivens rotmappar (standard: samverkan-workspace.yaml i aktuell mapp)', en: 'the workspace file listing the root folders (default: samverkan-workspace.yaml in the current folder)' }),
    );
  return withSharedOptions(command, lang, formats, format);
}

function withSharedOptions(
  command: Command,
  lang: Lang,
  formats: readonly string[],
  format: FormatHelp = { help: { sv: 'utdataformat', en: 'output format' }, default: formats[0] },
): Command {
  const t = (message: Localized) => localize(message, lang);
  return command
    .addOption(new Option('--lang <lang>', t({ sv: 'språk för meddelanden, annars config.language eller sv', en: 'language of messages, else config.language or sv' })).choices(['sv', 'en']))
    .addOption(new Option('--format <format>', t(format.help)).choices(formats).default(format.default))
    .option('--debug', t({ sv: 'visa stackspår vid interna fel', en: 'show stack traces on internal errors' }))
    .option('--no-color', t({ sv: 'ingen färg (även med NO_COLOR)', en: 'no colour (also with NO_COLOR)' }));
}

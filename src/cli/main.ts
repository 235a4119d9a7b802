import { CommanderError } from 'commander';
import { UsageError, UserError } from '../errors.js';
import { fullMessage } from '../model/diagnostic.js';
import { isLang, localize, type Lang } from '../model/lang.js';
import { visible } from '../model/visible-text.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { createProgram } from './program.js';
import { VERSION } from './version.js';
import { usageMessage } from './usage-messages.js';

/**
 * Runs the CLI and returns its exit code; it never calls process.exit, so output is flushed and
 * tests can run it in-process. The one place where errors become exit codes.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv) ?? 'sv';
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  try {
    const program = createProgram(lang, VERSION, io, (code) => {
      exitCode = code;
    });
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, lang, debug, io);
  }
}

function reportError(error: unknown, lang: Lang, debug: boolean, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    const seeHelp = localize({ sv: 'Se samverkan --help.', en: 'See samverkan --help.' }, lang);
    io.stderr(`samverkan: ${visible(usageMessage(error, lang))}. ${seeHelp}\n`);
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    const seeHelp = error instanceof UsageError ? localize({ sv: ' Se samverkan --help.', en: ' See samverkan --help.' }, lang) : '';
    io.stderr(`samverkan: ${visible(fullMessage({ message: error.message, hint: error.hint }))}${seeHelp}\n`);
    if (debug && error.stack) io.stderr(`${stackOf(error)}\n`);
    return EXIT.usage;
  }
  const message = visible(error instanceof Error ? error.message : String(error));
  io.stderr(
    `samverkan: ${localize({ sv: 'internt fel', en: 'internal error' }, lang)}: ${message}. ${localize(
      { sv: 'Kör igen med --debug och rapportera felet.', en: 'Run again with --debug and report the bug.' },
      lang,
    )}\n`,
  );
  if (debug) io.stderr(`${stackOf(error)}\n`);
  return EXIT.usage;
}

function stackOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    if (parts.length > 5) break;
  }
  return parts.join('\nCaused by: ');
}

/** The language for messages before options are parsed (a usage error needs one too). */
function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return undefined;
}


/**
 * Turns what Handlebars and the helpers throw into one-line UserErrors that name the template file
 * and the line, in the user's language: a report template is the user's own code, and "Parse error
 * on line 2" alone does not say which of a dozen partials to open.
 */
import { UserError } from '../../errors.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { shorten } from '../../model/visible-text.js';
import { HTML_HELPER_NAMES } from './html-helpers.js';
import { HELPER_NAMES, NATIONAL_REPORT_STEPS, TemplateFailure } from './template-helpers.js';

/** Where an error was thrown: the innermost template, which is the one to fix. */
interface Place {
  template: string;
  line: number | undefined;
}

const places = new WeakMap<object, Place>();

/** Notes the template an error passed through, unless an inner template already did. */
export function notePlace(error: unknown, template: string): void {
  if (typeof error !== 'object' || error === null || places.has(error)) return;
  places.set(error, { template, line: lineOf(error) });
}

function lineOf(error: object): number | undefined {
  if (error instanceof TemplateFailure) return error.line;
  // Handlebars' own Exception carries the line of the node it failed on (strict lookups, the
  // compiler); the parser only says it in the message.
  if ('lineNumber' in error && typeof error.lineNumber === 'number') return error.lineNumber;
  const message = error instanceof Error ? error.message : '';
  const match = /on line (\d+)/.exec(message);
  return match === null ? undefined : Number(match[1]);
}

const SEE_README: Localized = {
  sv: 'Fälten en mall får står i README, avsnittet "samverkan report".',
  en: 'The fields a template receives are listed in the README, section "samverkan report".',
};

/**
 * The UserError for an error thrown while compiling or rendering; `file` names a template (by its
 * name, e.g. `partials/agreement.md`) as the user should see it.
 */
export function templateError(error: unknown, fallback: string, file: (template: string) => string, lang: Lang): UserError {
  const place = typeof error === 'object' && error !== null ? places.get(error) : undefined;
  const template = place?.template ?? fallback;
  const line = place?.line ?? (typeof error === 'object' && error !== null ? lineOf(error) : undefined);
  const where = line === undefined ? file(template) : `${file(template)}:${line}`;
  const { message, hint } = describe(error);
  // A field's path or the parser's line are the user's template text: quoted shortened, like values.
  const data = Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, shorten(value)]));
  return new UserError(`${where}: ${localize(message.text, lang, data)}`, {
    file: file(template),
    hint: localize(hint ?? SEE_README, lang),
    cause: error,
  });
}

interface Description {
  message: { text: Localized; data: Record<string, string> };
  hint?: Localized;
}

function describe(error: unknown): Description {
  const raw = error instanceof Error ? error.message : String(error);
  if (error instanceof TemplateFailure) {
    if (error.reason === 'too-much-work') return { message: { text: TOO_MUCH_WORK, data: { limit: spaced(error.subject) } }, hint: TOO_MUCH_WORK_HINT };
    const text = error.reason === 'missing-field' ? MISSING : error.reason === 'missing-value' ? MISSING_VALUE : BAD_ARGUMENT;
    return { message: { text, data: { field: error.subject, helper: error.subject } } };
  }
  const missing = /^"(.*)" not defined in/.exec(raw);
  if (missing !== null) return { message: { text: MISSING, data: { field: missing[1] ?? '' } } };
  const helper = /unknown helper (\S+)/.exec(raw);
  if (helper !== null) {
    return {
      message: { text: { sv: 'okänd hjälpfunktion {helper}', en: 'unknown helper {helper}' }, data: { helper: helper[1] ?? '' } },
      hint: {
        sv: `En mall kan använda ${[...HELPER_NAMES, ...HTML_HELPER_NAMES].join(', ')} och Handlebars if, unless, each, with och lookup.`,
        en: `A template can use ${[...HELPER_NAMES, ...HTML_HELPER_NAMES].join(', ')} and Handlebars' if, unless, each, with and lookup.`,
      },
    };
  }
  const partial = /The partial (.+) could not be found/.exec(raw);
  if (partial !== null) {
    return { message: { text: { sv: 'delmallen {partial} finns inte', en: 'the partial {partial} does not exist' }, data: { partial: partial[1] ?? '' } } };
  }
  if (/^(Parse|Lexical) error/.test(raw)) {
    // The parser's last line says what it expected; its code frame above would break the one line.
    const detail = raw.split('\n').at(-1) ?? raw;
    return { message: { text: { sv: 'syntaxfel i mallen: {detail}', en: 'syntax error in the template: {detail}' }, data: { detail } } };
  }
  return { message: { text: { sv: '{detail}', en: '{detail}' }, data: { detail: raw.split('\n')[0] ?? raw } } };
}

const MISSING: Localized = {
  sv: 'mallen använder fältet {field}, som inte finns i rapportens data',
  en: 'the template uses the field {field}, which the report data does not have',
};

const MISSING_VALUE: Localized = {
  sv: 'hjälpfunktionen {helper} fick ett värde som inte finns',
  en: 'the helper {helper} got a value that does not exist',
};

const BAD_ARGUMENT: Localized = {
  sv: 'hjälpfunktionen {helper} fick fel antal eller fel sorts argument',
  en: 'the helper {helper} got the wrong number or kind of arguments',
};

const TOO_MUCH_WORK: Localized = {
  sv: 'mallen gör för mycket arbete och stoppades efter {limit} steg',
  en: 'the template does too much work and was stopped after {limit} steps',
};

const TOO_MUCH_WORK_HINT: Localized = {
  sv: `En rapport för alla 290 kommuner tar omkring ${spaced(String(NATIONAL_REPORT_STEPS))} steg; se efter {{#each}} inuti {{#each}} över samma långa listor, eller en delmall som anropar sig själv.`,
  en: `A report for all 290 kommuner takes about ${spaced(String(NATIONAL_REPORT_STEPS))} steps; look for {{#each}} inside {{#each}} over the same long lists, or a partial that calls itself.`,
};

/** 20000000 as "20 000 000". */
function spaced(n: string): string {
  return n.replace(/\B(?=(\d{3})+$)/g, ' ');
}

import type { CommanderError } from 'commander';
import { localize, type Lang } from '../model/lang.js';

/**
 * Commander's usage errors, in the user's language, on one line. Commander's own text is parsed
 * only for the token it quotes and its "Did you mean" suggestion.
 */
const BY_CODE: Record<string, { sv: string; en: string }> = {
  'commander.unknownOption': { sv: 'okänd flagga {token}', en: 'unknown option {token}' },
  'commander.unknownCommand': { sv: 'okänt kommando {token}', en: 'unknown command {token}' },
  'commander.optionMissingArgument': { sv: 'flaggan {token} saknar värde', en: 'the option {token} needs a value' },
  'commander.missingArgument': { sv: 'argumentet {token} saknas', en: 'the argument {token} is missing' },
  'commander.missingMandatoryOptionValue': { sv: 'flaggan {token} krävs', en: 'the option {token} is required' },
  'commander.excessArguments': { sv: 'för många argument', en: 'too many arguments' },
  'commander.invalidArgument': { sv: 'ogiltigt värde: {detail}', en: 'invalid value: {detail}' },
};

export function usageMessage(error: CommanderError, lang: Lang): string {
  const text = error.message.replace(/^error:\s*/, '');
  const token = /'([^']+)'/.exec(text)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^)]+)\?\)/.exec(text)?.[1];
  const template = BY_CODE[error.code];
  let message = template
    ? localize(template, lang, { token: `'${token.replace(/ <.*>$/, '')}'`, detail: invalidDetail(text, lang) })
    : text.split('\n')[0] ?? text;
  if (suggestion) message += localize({ sv: ' (menade du {s}?)', en: ' (did you mean {s}?)' }, lang, { s: suggestion });
  return message;
}

function invalidDetail(text: string, lang: Lang): string {
  const match = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s.exec(text);
  if (!match) return text.split('\n')[0] ?? text;
  return localize(
    { sv: "'{value}' för {option}; tillåtna är {choices}", en: "'{value}' for {option}; allowed are {choices}" },
    lang,
    { value: match[2] ?? '', option: match[1] ?? '', choices: match[3] ?? '' },
  );
}

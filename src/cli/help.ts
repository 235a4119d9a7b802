import { Help, type Command, type Option } from 'commander';
import { localize, type Lang, type Localized } from '../model/lang.js';

const TITLES: Record<string, Localized> = {
  'Usage:': { sv: 'Användning:', en: 'Usage:' },
  'Options:': { sv: 'Flaggor:', en: 'Options:' },
  'Commands:': { sv: 'Kommandon:', en: 'Commands:' },
  'Arguments:': { sv: 'Argument:', en: 'Arguments:' },
};

const WORDS = {
  options: { sv: '[flaggor]', en: '[options]' },
  command: { sv: '[kommando]', en: '[command]' },
  choices: { sv: 'val', en: 'choices' },
  default: { sv: 'standard', en: 'default' },
} as const;

/** Commander's help in the user's language: its headings and the words it adds itself. */
export function localizedHelp(lang: Lang): Partial<Help> {
  const t = (message: Localized) => localize(message, lang);
  const base = new Help();
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    commandUsage: (command: Command) =>
      base.commandUsage(command).replace('[options]', t(WORDS.options)).replace('[command]', t(WORDS.command)),
    subcommandTerm: (command: Command) => base.subcommandTerm(command).replace('[options]', t(WORDS.options)),
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${t(WORDS.choices)}: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined && !option.negate) extra.push(`${t(WORDS.default)}: ${String(option.defaultValue)}`);
      return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  };
}

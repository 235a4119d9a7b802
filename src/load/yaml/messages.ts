import type { MessageSpec, MessageTable } from '../../model/messages.js';
import type { CauseId } from './exact/causes.js';

/** Our own findings while turning YAML into data. Rule id: `yaml/<id>`. */
export const YAML_MESSAGES = {
  'too-deep': {
    message: {
      sv: 'För djup nästling: mer än {max} nivåer',
      en: 'Nested too deeply: more than {max} levels',
    },
    hint: {
      sv: 'Kontrollera hakparenteser och indrag; ett dokument behöver sällan mer än 8 nivåer.',
      en: 'Check the brackets and indentation; a document rarely needs more than 8 levels.',
    },
  },
  'duplicate-key': {
    message: { sv: 'Fältet "{key}" förekommer två gånger', en: 'The field "{key}" occurs twice' },
    hint: {
      sv: 'Ta bort det ena eller slå ihop dem; bara ett värde kan gälla.',
      en: 'Remove one of them or merge them; only one value can apply.',
    },
  },
  tag: {
    message: { sv: 'Taggen {tag} stöds inte', en: 'The tag {tag} is not supported' },
    hint: {
      sv: 'Ta bort taggen; skriv värdet som vanlig text, tal eller lista.',
      en: 'Remove the tag; write the value as plain text, a number or a list.',
    },
  },
  'merge-key': {
    message: { sv: 'Sammanslagningsnyckeln << stöds inte', en: 'The merge key << is not supported' },
    hint: {
      sv: 'Skriv ut fälten i stället; varje dokument ska kunna läsas för sig.',
      en: 'Write the fields out instead; every document should read on its own.',
    },
  },
  'forbidden-key': {
    message: { sv: 'Fältnamnet "{key}" är inte tillåtet', en: 'The field name "{key}" is not allowed' },
    hint: {
      sv: 'Ta bort fältet; namnet är reserverat av säkerhetsskäl.',
      en: 'Remove the field; the name is reserved for security reasons.',
    },
  },
  'complex-key': {
    message: {
      sv: 'En nyckel måste vara enkel text, inte en lista eller mappning',
      en: 'A key must be plain text, not a list or a mapping',
    },
    hint: { sv: 'Skriv nyckeln som text följd av kolon.', en: 'Write the key as text followed by a colon.' },
  },
  'no-document': {
    message: { sv: 'Filen innehåller inget dokument', en: 'The file holds no document' },
    hint: {
      sv: 'Ett dokument börjar med fält som "kind: agreement"; rader som börjar med % eller & är inga fält.',
      en: 'A document starts with fields like "kind: agreement"; lines starting with % or & are not fields.',
    },
  },
  'alias-limit': {
    message: {
      sv: 'Filens alias expanderar till för många noder (mer än {max})',
      en: "The file's aliases expand to too many nodes (more than {max})",
    },
    hint: {
      sv: 'Skriv ut värdena i stället för att återanvända dem med * och &.',
      en: 'Write the values out instead of reusing them with * and &.',
    },
  },
  'alias-cycle': {
    message: { sv: 'Aliaset pekar på sig självt', en: 'The alias refers to itself' },
    hint: { sv: 'Ta bort aliaset och skriv ut värdet.', en: 'Remove the alias and write the value out.' },
  },
  'comment-in-value': {
    message: {
      sv: 'YAML läser "{comment}" som en kommentar, så värdet blir bara "{value}"',
      en: 'YAML reads "{comment}" as a comment, so the value is only "{value}"',
    },
    hint: {
      sv: 'Sätt hela värdet inom citattecken: {fixed}. Är det en kommentar, skriv ett mellanslag efter #.',
      en: 'Put the whole value in quotes: {fixed}. If it is a comment, write a space after the #.',
    },
  },
} satisfies MessageTable<string>;

/** A finding's own rule (`yaml/<id>`). */
export type YamlRuleId = keyof typeof YAML_MESSAGES;

/**
 * An alias's expansion stopped by another limit than its file's: the run's (`yaml/alias-limit`)
 * or the depth of what it builds (`yaml/too-deep`); to-plain.ts names the rule of each.
 */
const ALIAS_STOPS = {
  'alias-run-limit': {
    message: {
      sv: 'Aliasen i arkivets filer expanderar tillsammans till för många noder (mer än {max}); resten av filens alias lästes inte',
      en: "The aliases of the repository's files together expand to too many nodes (more than {max}); the rest of this file's aliases were not read",
    },
    hint: {
      sv: 'Skriv ut värdena i stället för att återanvända dem med * och &; filerna som använder mest alias har sina egna fynd.',
      en: 'Write the values out instead of reusing them with * and &; the files that use most aliases have findings of their own.',
    },
  },
  'alias-too-deep': {
    message: {
      sv: 'Aliaset nästlar data för djupt: mer än {max} nivåer',
      en: 'The alias nests data too deeply: more than {max} levels',
    },
    hint: {
      sv: 'Skriv ut värdet i stället för att bygga det av alias i flera led.',
      en: 'Write the value out instead of building it from aliases over several levels.',
    },
  },
} satisfies MessageTable<string>;

/** Every message of a `yaml/` finding made from the tree, by message id. */
export const YAML_FINDINGS: Record<YamlMessageId, MessageSpec> = { ...YAML_MESSAGES, ...ALIAS_STOPS };

export type YamlMessageId = YamlRuleId | keyof typeof ALIAS_STOPS;

/**
 * The syntax mistakes people make by hand, named at their cause (exact/causes.ts) instead of where
 * yaml's parser got lost. Rule id: `yaml/syntax`; `{fixed}` is the line put right.
 */
export const CAUSE_MESSAGES = {
  'tab-indent': {
    message: { sv: 'Tabb används som indrag', en: 'A tab is used for indentation' },
    hint: {
      sv: 'YAML tillåter bara mellanslag i indraget: byt tabben mot mellanslag.',
      en: 'YAML allows only spaces in indentation: replace the tab with spaces.',
    },
  },
  'unclosed-quote': {
    message: { sv: 'Citattecknet {quote} avslutas aldrig', en: 'The quote {quote} is never closed' },
    hint: {
      sv: 'Avsluta texten med {quote} på samma rad: {fixed}',
      en: 'Close the text with {quote} on the same line: {fixed}',
    },
  },
  'unclosed-bracket': {
    message: { sv: 'Tecknet {open} saknar sitt avslutande {close}', en: 'The {open} has no closing {close}' },
    hint: { sv: 'Avsluta med {close} på samma rad: {fixed}', en: 'Close it with {close} on the same line: {fixed}' },
  },
  'missing-space': {
    message: { sv: 'Mellanslag saknas efter kolon i "{text}"', en: 'A space is missing after the colon in "{text}"' },
    hint: {
      sv: 'Utan mellanslag läser YAML hela raden som text, inte som fält och värde. Skriv: {fixed}',
      en: 'Without a space YAML reads the whole line as text, not as a field and a value. Write: {fixed}',
    },
  },
  'colon-in-text': {
    message: {
      sv: 'Kolon följt av mellanslag i texten "{text}": YAML läser det som ett nytt fält',
      en: 'A colon followed by a space in the text "{text}": YAML reads it as a new field',
    },
    hint: { sv: 'Sätt texten inom citattecken: {fixed}', en: 'Put the text in quotes: {fixed}' },
  },
  'indent-too-far': {
    message: {
      sv: '"{key}" är indraget för långt: det börjar i kolumn {actual}, raderna på samma nivå i kolumn {expected}',
      en: '"{key}" is indented too far: it starts in column {actual}, the lines on its level in column {expected}',
    },
    hint: { sv: 'Flytta "{key}" till kolumn {expected}.', en: 'Move "{key}" to column {expected}.' },
  },
  'indent-too-little': {
    message: {
      sv: '"{key}" är indraget för lite: det börjar i kolumn {actual}, raderna på samma nivå i kolumn {expected}',
      en: '"{key}" is not indented enough: it starts in column {actual}, the lines on its level in column {expected}',
    },
    hint: { sv: 'Flytta "{key}" till kolumn {expected}.', en: 'Move "{key}" to column {expected}.' },
  },
} satisfies MessageTable<CauseId>;

const SYNTAX_HINT = {
  sv: 'Rätta YAML-syntaxen på raden.',
  en: 'Fix the YAML syntax on this line.',
};

/**
 * The parser's own error codes (yaml's `ErrorCode`) in plain words. An unlisted code falls back to
 * the parser's English text, so a newer yaml never loses a message.
 */
const SYNTAX: Partial<Record<string, MessageSpec>> = {
  BAD_INDENT: {
    message: { sv: 'Felaktigt indrag', en: 'Wrong indentation' },
    hint: {
      sv: 'Fält på samma nivå ska börja i samma kolumn; dra in med mellanslag, inte tabb.',
      en: 'Fields on the same level start in the same column; indent with spaces, not tabs.',
    },
  },
  TAB_AS_INDENT: {
    message: { sv: 'Tabb används som indrag', en: 'A tab is used for indentation' },
    hint: { sv: 'Byt tabben mot mellanslag.', en: 'Replace the tab with spaces.' },
  },
  MISSING_CHAR: {
    message: { sv: 'Ett avslutande tecken saknas', en: 'A closing character is missing: {detail}' },
    hint: {
      sv: 'Kontrollera att varje citattecken, [ och { har sin avslutning.',
      en: 'Check that every quote, [ and { is closed.',
    },
  },
  UNEXPECTED_TOKEN: {
    message: { sv: 'Oväntat tecken', en: 'Unexpected character: {detail}' },
    hint: {
      sv: 'Kanske saknas mellanslag efter kolon, eller värdet behöver citattecken.',
      en: 'Perhaps a space after a colon is missing, or the value needs quotes.',
    },
  },
  MULTILINE_IMPLICIT_KEY: {
    message: { sv: 'En nyckel kan inte sträcka sig över flera rader', en: 'A key cannot span several lines' },
    hint: {
      sv: 'Kontrollera att raden ovanför har sitt kolon och att text med kolon står inom citattecken.',
      en: 'Check that the line above has its colon and that text containing a colon is quoted.',
    },
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: { sv: 'En nyckel kan inte sträcka sig över flera rader', en: 'A key cannot span several lines' },
    hint: {
      sv: 'Kontrollera indraget och att raden ovanför har sitt kolon.',
      en: 'Check the indentation and that the line above has its colon.',
    },
  },
  BAD_DQ_ESCAPE: {
    message: { sv: 'Ogiltig escape-sekvens inom dubbla citattecken', en: 'Invalid escape inside double quotes' },
    hint: {
      sv: 'Skriv \\\\ för ett bakstreck, eller använd enkla citattecken.',
      en: 'Write \\\\ for a backslash, or use single quotes.',
    },
  },
  BAD_SCALAR_START: {
    message: { sv: 'Ett värde kan inte börja med det här tecknet', en: 'A value cannot start with this character' },
    hint: { sv: 'Sätt värdet inom citattecken.', en: 'Put the value in quotes.' },
  },
  BAD_ALIAS: {
    message: { sv: 'Aliaset pekar på ett ankare som inte finns', en: 'The alias refers to an anchor that does not exist' },
    hint: { sv: 'Rätta namnet efter * eller skriv ut värdet.', en: 'Fix the name after * or write the value out.' },
  },
  KEY_OVER_1024_CHARS: {
    message: { sv: 'Nyckeln är längre än 1024 tecken', en: 'The key is longer than 1024 characters' },
    hint: { sv: 'Kontrollera att kolon står på rätt plats.', en: 'Check that the colon is in the right place.' },
  },
  BLOCK_IN_FLOW: {
    message: { sv: 'Blockformat inom [ ] eller { }', en: 'Block style inside [ ] or { }' },
    hint: {
      sv: 'Skriv listan med - på egna rader, eller håll allt inom hakparentesen på en rad.',
      en: 'Write the list with - on lines of their own, or keep everything inside the brackets.',
    },
  },
};

/** The message for a parser error or warning code. */
export function syntaxMessage(code: string): MessageSpec {
  return (
    SYNTAX[code] ?? {
      message: { sv: 'YAML-syntaxfel: {detail}', en: 'YAML syntax error: {detail}' },
      hint: SYNTAX_HINT,
    }
  );
}

export const PARSER_WARNING: MessageSpec = {
  message: { sv: 'YAML-varning: {detail}', en: 'YAML warning: {detail}' },
  hint: { sv: 'Se över raden.', en: 'Review this line.' },
};

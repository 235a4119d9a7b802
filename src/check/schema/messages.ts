import type { MessageTable } from '../../model/messages.js';

/**
 * Our own Swedish and English messages per schema problem (ajv-i18n's Swedish is incomplete and in
 * places wrong). `{field}` is already quoted or phrased ("post 2 i \"parties\"").
 */
export const SCHEMA_MESSAGES = {
  'unknown-field': {
    message: { sv: 'Okänt fält "{key}"{suggestion}', en: 'Unknown field "{key}"{suggestion}' },
    hint: {
      sv: 'Rätta namnet eller ta bort fältet. Tillåtna fält här: {allowed}.',
      en: 'Fix the name or remove the field. Fields allowed here: {allowed}.',
    },
  },
  'misspelt-required-field': {
    message: { sv: 'Okänt fält "{key}"{suggestion}', en: 'Unknown field "{key}"{suggestion}' },
    hint: {
      sv: 'Rätta namnet till {meant}{title}: fältet är obligatoriskt och saknas annars.',
      en: 'Change the name to {meant}: the field is required and is otherwise missing.',
    },
  },
  'missing-field': {
    message: { sv: 'Fältet "{key}"{title} saknas i {parent}', en: 'The field "{key}" is missing in {parent}' },
    hint: { sv: 'Lägg till {key}: med ett värde.', en: 'Add {key}: with a value.' },
  },
  'wrong-type': {
    message: { sv: '{field} ska vara {expected}, men är {actual}: {value}', en: '{field} should be {expected}, but is {actual}: {value}' },
    hint: { sv: 'Ändra värdet till {expected}.', en: 'Change the value to {expected}.' },
  },
  'quote-scalar': {
    message: {
      sv: '{field} ska vara text, men YAML läser {value} som {actual}',
      en: '{field} should be text, but YAML reads {value} as {actual}',
    },
    hint: {
      sv: 'Sätt värdet inom citattecken: "{raw}" (utan dem försvinner till exempel en inledande nolla).',
      en: 'Put the value in quotes: "{raw}" (without them a leading zero, for one, is lost).',
    },
  },
  'empty-value': {
    message: { sv: '{field} saknar värde', en: '{field} has no value' },
    hint: { sv: 'Skriv ett värde efter kolon, eller ta bort fältet.', en: 'Write a value after the colon, or remove the field.' },
  },
  'unquote-number': {
    message: { sv: '{field} ska vara {expected}, men är text: {value}', en: '{field} should be {expected}, but is text: {value}' },
    hint: { sv: 'Ta bort citattecknen runt talet.', en: 'Remove the quotes around the number.' },
  },
  'not-a-mapping': {
    message: { sv: 'Dokumentet ska vara en mappning av fält, men är {actual}', en: 'The document should be a mapping of fields, but is {actual}' },
    hint: {
      sv: 'Börja dokumentet med fält som "kind: agreement" och "id: ...", ett per rad.',
      en: 'Start the document with fields like "kind: agreement" and "id: ...", one per line.',
    },
  },
  'missing-kind': {
    message: { sv: 'Fältet "kind" saknas: dokumentet säger inte vad det är', en: 'The field "kind" is missing: the document does not say what it is' },
    hint: { sv: 'Lägg till kind: med en av {allowed}.', en: 'Add kind: with one of {allowed}.' },
  },
  'unknown-kind': {
    message: { sv: 'Okänd dokumenttyp {value}{suggestion}', en: 'Unknown kind of document {value}{suggestion}' },
    hint: { sv: 'Tillåtna typer: {allowed}.', en: 'Allowed kinds: {allowed}.' },
  },
  'invalid-date': {
    message: { sv: '{field} är inget giltigt datum: {value}', en: '{field} is not a valid date: {value}' },
    hint: {
      sv: 'Skriv ett datum som finns i kalendern som ÅÅÅÅ-MM-DD, till exempel 2023-06-20.',
      en: 'Write a date that exists in the calendar as YYYY-MM-DD, for example 2023-06-20.',
    },
  },
  'date-out-of-range': {
    message: { sv: '{field} ligger utanför åren 1900–2199: {value}', en: '{field} is outside the years 1900–2199: {value}' },
    hint: {
      sv: 'Kontrollera årtalet; samverkan räknar med datum från 1900-01-01 till 2199-12-31.',
      en: 'Check the year; samverkan works with dates from 1900-01-01 to 2199-12-31.',
    },
  },
  'not-allowed': {
    message: { sv: '{field} har ett värde som inte är tillåtet: {value}{suggestion}', en: '{field} has a value that is not allowed: {value}{suggestion}' },
    hint: { sv: 'Tillåtna värden: {allowed}.', en: 'Allowed values: {allowed}.' },
  },
  'bad-id': {
    message: { sv: '{field} är inget giltigt id: {value}', en: '{field} is not a valid id: {value}' },
    hint: {
      sv: 'Ett id har bara små bokstäver a–z, siffror och bindestreck (inte å, ä, ö eller mellanslag), till exempel "{example}".',
      en: 'An id has only lower-case letters a–z, digits and hyphens (no spaces or accents), for example "{example}".',
    },
  },
  'bad-municipality-code': {
    message: { sv: '{field} är ingen kommunkod: {value}', en: '{field} is not a municipality code: {value}' },
    hint: {
      sv: 'En kommunkod är SCB:s fyra siffror inom citattecken, till exempel "0461" för Gnesta.',
      en: 'A municipality code is SCB\'s four digits in quotes, for example "0461" for Gnesta.',
    },
  },
  'bad-month-day': {
    message: { sv: '{field} är ingen giltig månad och dag: {value}', en: '{field} is not a valid month and day: {value}' },
    hint: {
      sv: 'Skriv "MM-DD" inom citattecken med en dag som finns i månaden, till exempel "03-31"{anniversary}; "02-29" blir 28 februari de år som saknar den.',
      en: 'Write "MM-DD" in quotes with a day the month has, for example "03-31"{anniversary}; "02-29" is 28 February in years without one.',
    },
  },
  'bad-rule-id': {
    message: { sv: '{value} är inget regel-id', en: '{value} is not a rule id' },
    hint: {
      sv: 'Ett regel-id skrivs område/namn, till exempel schema/additionalProperties.',
      en: 'A rule id is written area/name, for example schema/additionalProperties.',
    },
  },
  'bad-pattern': {
    message: { sv: '{field} har fel form: {value}', en: '{field} has the wrong form: {value}' },
    hint: { sv: 'Värdet ska matcha mönstret {pattern}.', en: 'The value must match the pattern {pattern}.' },
  },
  'too-few-items': {
    message: { sv: 'Listan {field} måste ha minst {limit} post(er)', en: 'The list {field} must have at least {limit} item(s)' },
    hint: { sv: 'Lägg till poster i listan.', en: 'Add items to the list.' },
  },
  'empty-text': {
    message: { sv: '{field} får inte vara tomt', en: '{field} must not be empty' },
    hint: { sv: 'Skriv en text eller ta bort fältet.', en: 'Write a text or remove the field.' },
  },
  'too-small': {
    message: { sv: '{field} är för litet: {value} (minst {limit})', en: '{field} is too small: {value} (at least {limit})' },
    hint: { sv: 'Rätta värdet.', en: 'Fix the value.' },
  },
  'too-large': {
    message: { sv: '{field} är för stort: {value} (högst {limit})', en: '{field} is too large: {value} (at most {limit})' },
    hint: { sv: 'Rätta värdet.', en: 'Fix the value.' },
  },
  'duplicate-item': {
    message: { sv: '{value} står två gånger i listan {field}', en: '{value} occurs twice in the list {field}' },
    hint: { sv: 'Ta bort dubbletten.', en: 'Remove the duplicate.' },
  },
  'wrong-value': {
    message: { sv: '{field} ska vara {expected}, men är {value}', en: '{field} should be {expected}, but is {value}' },
    hint: { sv: 'Rätta värdet.', en: 'Fix the value.' },
  },
} satisfies MessageTable<string>;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

/** Type names as a coordinator says them. */
export const TYPE_NAMES: Record<string, { sv: string; en: string }> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'en mappning (fält: värde)', en: 'a mapping (field: value)' },
  null: { sv: 'tomt', en: 'empty' },
};

export const WORDS = {
  item: { sv: 'post {n} i "{list}"', en: 'item {n} of "{list}"' },
  document: { sv: 'dokumentet', en: 'the document' },
  or: { sv: 'eller', en: 'or' },
  anniversary: { sv: ', eller anniversary', en: ', or anniversary' },
} as const;

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Config } from '../model/documents.js';
import { localize, type Lang, type Localized, type MessageData } from '../model/lang.js';
import { child } from '../model/pointer.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import type { Anchor } from '../load/loaded-document.js';
import { guardsReading, knownRuleIds } from './rule-ids.js';
import { didYouMean } from '../model/suggest.js';

const MESSAGES = {
  unknownRule: {
    message: { sv: 'Okänd regel "{id}"{suggestion}', en: 'Unknown rule "{id}"{suggestion}' },
    hint: {
      sv: 'Skriv ett regel-id som samverkan rules listar, eller ta bort raden.',
      en: 'Write a rule id that samverkan rules lists, or remove the line.',
    },
  },
  guardRule: {
    message: {
      sv: 'Regeln {id} kan inte sättas till {setting}: den skyddar läsningen av filerna, och utan den skulle en fil som inte gick att läsa se kontrollerad ut',
      en: 'The rule {id} cannot be set to {setting}: it guards the reading of files, and without it a file that could not be read would look checked',
    },
    hint: {
      sv: 'Ta bort raden och rätta filen; en fil som inte ska kontrolleras undantas med exclude:.',
      en: 'Remove the line and fix the file; a file that is not to be checked is left out with exclude:.',
    },
  },
  templatesOutside: {
    message: {
      sv: 'templates: ska vara en mapp i arkivet, relativ till rotmappen, men "{value}" ligger utanför arkivet',
      en: 'templates: must be a folder inside the repository, relative to the root, but "{value}" is outside it',
    },
    hint: {
      sv: 'Lägg mallarna i en mapp i arkivet och skriv dess namn, till exempel templates: templates.',
      en: 'Put the templates in a folder of the repository and write its name, for example templates: templates.',
    },
  },
  templatesLink: {
    message: {
      sv: 'templates: "{value}" är en symbolisk länk till {target}, utanför arkivet',
      en: 'templates: "{value}" is a symbolic link to {target}, outside the repository',
    },
    hint: {
      sv: 'Kopiera mallarna till en mapp i arkivet; mallar utanför arkivet följer inte med i git.',
      en: 'Copy the templates into a folder of the repository; templates outside it are not in git.',
    },
  },
  templatesMissing: {
    message: { sv: 'Mallmappen "{value}" (templates:) finns inte i arkivet', en: 'The template folder "{value}" (templates:) does not exist in the repository' },
    hint: {
      sv: 'Skapa mappen eller rätta namnet; utan templates: används mappen templates om den finns.',
      en: 'Create the folder or fix the name; without templates: the folder templates is used when it exists.',
    },
  },
  templatesNotFolder: {
    message: { sv: 'templates: "{value}" är ingen mapp', en: 'templates: "{value}" is not a folder' },
    hint: { sv: 'Skriv namnet på mappen med mallarna.', en: 'Write the name of the folder holding the templates.' },
  },
} satisfies Record<string, { message: Localized; hint: Localized }>;

/**
 * The settings of `samverkan.yaml` that its schema cannot judge: rule ids must be real, rules
 * that guard reading stay errors, and templates come from inside the repository. Each problem is
 * a configuration error (exit 2) at its line, since a run with settings nobody meant would be
 * trusted as if they had been applied.
 */
export async function checkConfigSettings(config: Config, document: LoadedDocument, root: string, lang: Lang): Promise<void> {
  const fail = (id: keyof typeof MESSAGES, pointer: string, on: Anchor, data: MessageData): never => {
    throw settingsError(document, pointer, on, MESSAGES[id], lang, data);
  };
  const known = knownRuleIds();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const pointer = child('/rules', id);
    if (!known.has(id)) fail('unknownRule', pointer, 'key', { id, suggestion: didYouMean(id, known, lang) });
    if (setting !== 'error' && guardsReading(id)) fail('guardRule', pointer, 'value', { id, setting });
  }
  if (config.templates !== undefined) await checkTemplates(root, config.templates, (id, data) => fail(id, '/templates', 'value', data));
}

/**
 * A setting that cannot be used, as one line with its place in the file: `file:line:col: what`,
 * and how to fix it as the hint.
 */
export function settingsError(
  document: LoadedDocument,
  pointer: string,
  on: Anchor,
  spec: { message: Localized; hint: Localized },
  lang: Lang,
  data: MessageData,
): ConfigError {
  const [start] = document.locate(pointer, on);
  const { line, column } = document.source.positionAt(start);
  return new ConfigError(`${document.file}:${line}:${column}: ${localize(spec.message, lang, data)}`, {
    hint: localize(spec.hint, lang, data),
    file: document.file,
  });
}

async function checkTemplates(
  root: string,
  value: string,
  fail: (id: 'templatesOutside' | 'templatesLink' | 'templatesMissing' | 'templatesNotFolder', data: MessageData) => never,
): Promise<void> {
  if (isAbsolute(value) || escapes(relative(root, resolve(root, value)))) fail('templatesOutside', { value });
  const folder = resolve(root, value);
  const real = await realpath(folder).catch(() => undefined);
  if (real === undefined) fail('templatesMissing', { value });
  const realRoot = await realpath(root);
  if (escapes(relative(realRoot, real))) fail('templatesLink', { value, target: real });
  if (!(await stat(real)).isDirectory()) fail('templatesNotFolder', { value });
}

function escapes(path: string): boolean {
  return path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
}

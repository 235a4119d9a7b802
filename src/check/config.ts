import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { fullMessage } from '../model/diagnostic.js';
import type { Config, DocumentOf, Workspace } from '../model/documents.js';
import { CONFIG_FILE } from '../model/file-names.js';
import { localize, type Lang } from '../model/lang.js';
import type { LoadedFile } from '../load/loaded-document.js';
import { insideRoot, rootRelative } from '../load/find-files.js';
import { loadFile } from '../load/load-repository.js';
import { FILE_MESSAGES } from '../load/messages.js';
import { createDiagnostic } from '../model/messages.js';
import { checkConfigSettings } from './config-checks.js';
import { checkSchema } from './schema/check-schema.js';

export { CONFIG_FILE };

export interface ResolvedConfig {
  config: Config;
  /** The effective language: `--lang`, else `language:` in the configuration, else Swedish. */
  lang: Lang;
  /** The configuration file as loaded, so the repository load does not read it again. */
  file: LoadedFile | undefined;
}

/**
 * Reads `samverkan.yaml` at the root, if there is one. A configuration that cannot be used (it
 * breaks its schema, names a rule that does not exist, switches off a rule that guards reading, or
 * takes templates from outside the repository) is a configuration error (exit 2), shown as one
 * line with its position: the run would otherwise check the repository with settings nobody asked
 * for.
 */
export async function resolveConfig(
  root: string,
  requestedLang: Lang | undefined,
  parser: 'fast' | 'exact' = 'fast',
  prefix = '',
): Promise<ResolvedConfig> {
  const absolute = join(root, CONFIG_FILE);
  // Asked synchronously, as the folders are listed: a workspace asks for hundreds of roots.
  if (!existsSync(absolute)) return { config: { kind: 'config' }, lang: requestedLang ?? 'sv', file: undefined };

  const lang: Lang = requestedLang ?? 'sv';
  const path = prefix + CONFIG_FILE;
  // Like a document, a configuration that is a link out of the repository is never read: its
  // content would be quoted in the message (a secret in ~/.npmrc), and the run would use it.
  const outside = linkOutsideRoot(root, absolute);
  if (outside !== undefined) {
    const finding = createDiagnostic(
      { rule: 'file/symlink-outside-root', messageId: 'symlink-outside-root', spec: FILE_MESSAGES['symlink-outside-root'], data: { target: outside }, file: path, start: { line: 1, column: 1 } },
      lang,
    );
    throw new ConfigError(`${path}:1:1: ${fullMessage(finding)}`, { file: path });
  }
  const settings = loadSettings(absolute, path, 'config', requestedLang, parser);
  await checkConfigSettings(settings.data, settings.file.documents[0]!, root, settings.lang);
  return { config: settings.data, lang: settings.lang, file: settings.file };
}

/** A settings file as loaded, its one document, and the language its messages speak. */
export interface LoadedSettings<K extends 'config' | 'workspace'> {
  file: LoadedFile;
  data: DocumentOf<K>;
  lang: Lang;
}

/**
 * Loads a settings file (`samverkan.yaml`, `samverkan-workspace.yaml`) that must hold one document
 * of `kind` passing its schema; anything else is a configuration error (exit 2) at its position.
 * Without a requested language, the file's own `language:` chooses the language of its messages.
 */
export function loadSettings<K extends 'config' | 'workspace'>(
  absolute: string,
  path: string,
  kind: K,
  requestedLang: Lang | undefined,
  parser: 'fast' | 'exact' = 'fast',
): LoadedSettings<K> {
  let lang: Lang = requestedLang ?? 'sv';
  let file = loadFile(absolute, path, lang, parser);
  let data: Config | Workspace = usableSettings(file, kind, lang);
  if (requestedLang === undefined && data.language !== undefined && data.language !== lang) {
    // The file chose the language: load it again so its own findings speak it too.
    lang = data.language;
    file = loadFile(absolute, path, lang, parser);
    data = usableSettings(file, kind, lang);
  }
  // usableSettings checked the kind; the compiler cannot narrow a union by a type parameter.
  return { file, data: data as DocumentOf<K>, lang };
}

function usableSettings(file: LoadedFile, kind: 'config' | 'workspace', lang: Lang): Config | Workspace {
  const [document, ...others] = file.documents;
  // Only the first is shown: a samverkan.yaml with 200 000 unknown fields has as many problems.
  const first =
    file.diagnostics.find((d) => d.severity === 'error') ??
    (document?.wellFormed ? checkSchema(document, lang).diagnostics.find((d) => d.severity === 'error') : undefined);
  if (first) {
    throw new ConfigError(`${first.file}:${first.start.line}:${first.start.column}: ${fullMessage(first)}`, {
      file: first.file,
    });
  }
  const data = document?.data as Config | Workspace | undefined;
  if (!document || data?.kind !== kind || others.length > 0) {
    throw new ConfigError(
      localize(
        {
          sv: '{file}: ska innehålla ett enda dokument med kind: {kind}.',
          en: '{file}: must hold a single document with kind: {kind}.',
        },
        lang,
        { file: file.path, kind },
      ),
      { file: file.path },
    );
  }
  return data;
}

/** Where `path` really leads, relative to the root, when that is outside it; undefined otherwise. */
function linkOutsideRoot(root: string, path: string): string | undefined {
  const realRoot = realpathSync.native(root);
  let real: string | undefined;
  try {
    real = realpathSync.native(path);
  } catch {
    real = undefined;
  }
  return real === undefined || insideRoot(realRoot, real) ? undefined : rootRelative(realRoot, real);
}

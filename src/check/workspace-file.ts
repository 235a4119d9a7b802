import { readdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { WORKSPACE_FILE } from '../model/file-names.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import { statIfAny } from '../load/stat-if-any.js';
import { loadSettings } from './config.js';
import { settingsError } from './config-checks.js';
import { didYouMean } from '../model/suggest.js';

/** The roots of one run, and the folder every path in its output is relative to. */
export interface ResolvedWorkspace {
  /** Absolute folder that output paths are relative to. */
  base: string;
  /** Absolute root folders, in the order given. */
  roots: string[];
  /** The workspace file (absolute), when the roots came from one. */
  file?: string;
  /** The workspace file's `language:`, when the roots came from one that has it. */
  language?: Lang;
}

const MESSAGES = {
  absolute: {
    message: {
      sv: 'roots: "{value}" är en absolut sökväg; skriv mappen relativt till arbetsytans fil',
      en: 'roots: "{value}" is an absolute path; write the folder relative to the workspace file',
    },
    hint: {
      sv: 'Skriv till exempel kommuner/gnesta, så fungerar filen på varje dator som har mapparna.',
      en: 'Write for example kommuner/gnesta, so the file works on every computer that has the folders.',
    },
  },
  missing: {
    message: { sv: 'Mappen "{value}" finns inte{suggestion}', en: 'The folder "{value}" does not exist{suggestion}' },
    hint: {
      sv: 'Skriv mappen relativt till arbetsytans fil ({file}), eller ta bort raden.',
      en: 'Write the folder relative to the workspace file ({file}), or remove the line.',
    },
  },
  notFolder: {
    message: { sv: '"{value}" under roots: är ingen mapp', en: '"{value}" under roots: is not a folder' },
    hint: { sv: 'Skriv namnet på arkivets rotmapp.', en: "Write the name of the repository's root folder." },
  },
  twice: {
    message: { sv: 'Mappen "{value}" står redan under roots: på rad {line}', en: 'The folder "{value}" is already under roots: on line {line}' },
    hint: { sv: 'Ta bort den ena raden.', en: 'Remove one of the lines.' },
  },
} satisfies Record<string, { message: Localized; hint: Localized }>;

/**
 * The workspace `--workspace` names: a `samverkan-workspace.yaml`, or a folder holding one. Its
 * problems are configuration errors (exit 2) at their line: a schema error, a root given as an
 * absolute path, a root that is not a folder, or one listed twice.
 */
export async function readWorkspaceFile(path: string, requestedLang: Lang | undefined, parser: 'fast' | 'exact' = 'fast'): Promise<ResolvedWorkspace> {
  const named = resolve(path);
  const info = statIfAny(named);
  const absolute = info?.isDirectory() ? join(named, WORKSPACE_FILE) : named;
  if (!statIfAny(absolute)?.isFile()) {
    throw new InputError(
      localize({ sv: 'Arbetsytans fil finns inte: {path}', en: 'The workspace file does not exist: {path}' }, requestedLang ?? 'sv', { path: absolute }),
      {
        hint: localize(
          { sv: 'Ange filen {name} med --workspace, eller mappen den ligger i.', en: 'Give the file {name} with --workspace, or the folder it is in.' },
          requestedLang ?? 'sv',
          { name: WORKSPACE_FILE },
        ),
      },
    );
  }
  // Paths in messages are relative to the workspace's folder, as in every other output.
  const { data, file, lang } = loadSettings(absolute, basename(absolute), 'workspace', requestedLang, parser);
  const document = file.documents[0]!;
  const base = dirname(absolute);
  const roots: string[] = [];
  const seen = new Map<string, number>();
  for (const [i, value] of data.roots.entries()) {
    const pointer = `/roots/${i}`;
    const fail = (id: keyof typeof MESSAGES, extra: Record<string, string | number> = {}): never => {
      throw settingsError(document, pointer, 'value', MESSAGES[id], lang, { value, file: file.path, ...extra });
    };
    if (isAbsolute(value)) fail('absolute');
    const root = resolve(base, value);
    const kind = statIfAny(root);
    if (kind === undefined) fail('missing', { suggestion: await closestFolder(value, root, lang) });
    if (!kind!.isDirectory()) fail('notFolder');
    const earlier = seen.get(root);
    if (earlier !== undefined) fail('twice', { line: lineOf(document, `/roots/${earlier}`) });
    seen.set(root, i);
    roots.push(root);
  }
  return { base, roots, file: absolute, language: data.language };
}

/** The root of each `--root`: a single one is the base itself (paths as they always were), several share the current folder. */
export function workspaceOfRoots(cwd: string, roots: readonly string[]): ResolvedWorkspace {
  const absolute = [...new Set(roots.map((root) => resolve(cwd, root)))];
  return { base: absolute.length === 1 ? absolute[0]! : resolve(cwd), roots: absolute };
}

/** `' – menade du "kommuner/gnesta"?'` when a folder beside the missing one has a close name. */
async function closestFolder(value: string, missing: string, lang: Lang): Promise<string> {
  const entries = await readdir(dirname(missing), { withFileTypes: true }).catch(() => []);
  // Written as the user wrote the missing one: the same parent, then the folder's name.
  const parent = value.replace(/\/+$/, '').split('/').slice(0, -1).join('/');
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => (parent === '' ? e.name : `${parent}/${e.name}`));
  return didYouMean(value.replace(/\/+$/, ''), folders, lang);
}

function lineOf(document: LoadedDocument, pointer: string): number {
  return document.source.positionAt(document.locate(pointer)[0]).line;
}

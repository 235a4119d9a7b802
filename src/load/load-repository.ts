import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { localize, type Lang } from '../model/lang.js';
import { findFiles } from './find-files.js';
import { RunBudget } from './run-budget.js';
import { statIfAny } from './stat-if-any.js';
import type { LoadedFile } from './loaded-document.js';
import { parseYaml } from './yaml/index.js';
import { readSource } from './read-source.js';

export interface LoadedRepository {
  /** Absolute path of the root. */
  root: string;
  /** Every YAML file found, in path order, with its documents and its load diagnostics. */
  files: LoadedFile[];
  /** Findings about entries that are not files of their own (links leaving the root). */
  diagnostics: Diagnostic[];
  /** Absolute paths of the folders below the root that hold their own `samverkan.yaml`, not loaded. */
  roots: string[];
}

export interface LoadOptions {
  lang: Lang;
  exclude?: readonly string[];
  /** Files already loaded (the configuration), so that no file is read twice. */
  preloaded?: ReadonlyMap<string, LoadedFile>;
  /** `exact` parses every file with yaml's full parser: slower, the same result (for comparisons). */
  parser?: 'fast' | 'exact';
  /**
   * Put before every path the files and findings carry, so that they name the root within a
   * workspace (`kommuner/gnesta/`). Default: none, paths relative to the root. Exclude patterns
   * still match paths relative to the root.
   */
  prefix?: string;
  /** Real paths of other roots below this one, not walked (see findFiles). */
  otherRoots?: ReadonlySet<string>;
}

/** Finds, reads and parses every document of a repository. Problems in files are diagnostics. */
export async function loadRepository(root: string, options: LoadOptions): Promise<LoadedRepository> {
  return loadFolder(await assertFolder(root, options.lang), options);
}

/** loadRepository for a root assertFolder has already found to be a folder: it is not asked again. */
export async function loadFolder(absoluteRoot: string, options: LoadOptions): Promise<LoadedRepository> {
  const discovery = await findFiles(absoluteRoot, options.exclude ?? [], options.lang, { otherRoots: options.otherRoots });
  const prefix = options.prefix ?? '';
  const budget = new RunBudget();
  const files = discovery.files.map(
    (found) => options.preloaded?.get(found.path) ?? loadFile(found.absolute, prefix + found.path, options.lang, options.parser, budget),
  );
  const diagnostics = prefix === '' ? discovery.diagnostics : discovery.diagnostics.map((d) => ({ ...d, file: prefix + d.file }));
  return { root: absoluteRoot, files, diagnostics, roots: discovery.roots.map((r) => r.absolute) };
}

/**
 * Reads and parses one file; its documents and aliases take their share of `budget`, the run's.
 * Once the run's documents are used up, a file is not read at all.
 */
export function loadFile(
  absolute: string | Buffer,
  path: string,
  lang: Lang,
  parser: 'fast' | 'exact' = 'fast',
  budget = new RunBudget(),
): LoadedFile {
  if (budget.full) return { path, documents: [], diagnostics: [budget.limit(path, lang)] };
  const read = readSource(absolute, path, lang);
  if (!read.ok) return { path, documents: [], diagnostics: [read.diagnostic] };
  return budget.take(parseYaml(read.source, lang, { exact: parser === 'exact', budget: budget.forFile() }), lang);
}

/** The root must be an existing folder: anything else is an input error (exit 2). */
export async function assertFolder(root: string, lang: Lang): Promise<string> {
  const absolute = resolve(root);
  const info = statIfAny(absolute);
  if (!info?.isDirectory()) {
    const message = info
      ? { sv: 'Inte en mapp: {root}', en: 'Not a folder: {root}' }
      : { sv: 'Mappen finns inte: {root}', en: 'The folder does not exist: {root}' };
    throw new InputError(localize(message, lang, { root }), {
      hint: localize({ sv: 'Ange arkivets rotmapp med --root.', en: "Give the repository's root folder with --root." }, lang),
    });
  }
  return absolute;
}

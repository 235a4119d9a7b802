import { InputError } from '../errors.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import type { Config } from '../model/documents.js';
import { localize, type Lang } from '../model/lang.js';
import { assertFolder, loadFolder } from '../load/load-repository.js';
import { applyBaseline, parseBaseline } from './baseline.js';
import { applySeverities, checkRepository, type CheckedDocument } from './check.js';
import { CONFIG_FILE, resolveConfig } from './config.js';
import { capPerFile, countSeverities } from './finding-cap.js';

export interface ValidateOptions {
  /** The repository's root folder. */
  root: string;
  /** Language of the messages. Default: `language:` in samverkan.yaml, else Swedish. */
  lang?: Lang;
  /** `exact` parses every file with yaml's full parser: slower, the same result (for comparisons). */
  parser?: 'fast' | 'exact';
  /** A baseline file's text, and its path as findings name it (relative to the root, with `/`). */
  baseline?: { file: string; text: string };
  /** Every finding, none held back by the per-file cap: for writing a baseline, which must hold them all. */
  uncapped?: boolean;
  /**
   * The root's path within a workspace, with a trailing `/` (`kommuner/gnesta/`): every path in
   * the result starts with it. Default: none, paths relative to the root.
   */
  prefix?: string;
  /** Real paths of other roots of the workspace below this one: left to their own run. */
  otherRoots?: ReadonlySet<string>;
}

export interface ValidationResult {
  root: string;
  lang: Lang;
  config: Config;
  /** What every path of the result starts with: the root's place in its workspace (ValidateOptions.prefix). */
  prefix: string;
  /** Every YAML file checked, relative to the root (after the prefix), in path order. */
  files: string[];
  documents: CheckedDocument[];
  /** The documents without errors, indexed once for what is derived from them. */
  index: RepositoryIndex;
  /**
   * The findings that count, sorted by file, line, column and rule; at most MAX_FINDINGS_PER_FILE
   * (finding-cap.ts) of a file, then one saying how many more there are.
   */
  diagnostics: Diagnostic[];
  /** Every error and warning that counts, those left out of `diagnostics` included. */
  totals: { errors: number; warnings: number };
  /** Findings an exception in their file or the baseline accepts, each saying which, sorted alike. */
  suppressed: Diagnostic[];
  /** Folders below the root with their own `samverkan.yaml`: roots of their own, not checked here. */
  roots: string[];
}

/** Loads and checks a whole repository: the library behind `samverkan validate`. */
export async function validateRepository(options: ValidateOptions): Promise<ValidationResult> {
  const root = await assertFolder(options.root, options.lang ?? 'sv');
  const prefix = options.prefix ?? '';
  const { config, lang, file } = await resolveConfig(root, options.lang, options.parser, prefix);
  const repository = await loadFolder(root, {
    lang,
    exclude: config.exclude ?? [],
    preloaded: file ? new Map([[CONFIG_FILE, file]]) : undefined,
    parser: options.parser,
    prefix,
    otherRoots: options.otherRoots,
  });
  // A folder that only holds other repositories (a region's, with a kommun in each folder) is no mistake.
  const empty = !repository.files.some((f) => f !== file) && repository.diagnostics.length === 0;
  if (empty && repository.roots.length === 0) throw nothingToCheck(root, lang);
  const checked = checkRepository(repository, { lang, severities: config.rules });
  let { diagnostics, suppressed } = checked;
  if (options.baseline) {
    const baselined = applyBaseline(diagnostics, parseBaseline(options.baseline.text, options.baseline.file, lang), lang);
    diagnostics = applySeverities(baselined.active, config.rules);
    suppressed = [...suppressed, ...baselined.suppressed];
  }
  diagnostics.sort(compareDiagnostics);
  const capped = options.uncapped ? { diagnostics, ...countSeverities(diagnostics) } : capPerFile(diagnostics, lang);
  return {
    root,
    lang,
    config,
    prefix,
    files: repository.files.map((f) => f.path),
    documents: checked.documents,
    index: checked.index,
    diagnostics: capped.diagnostics,
    totals: { errors: capped.errors, warnings: capped.warnings },
    suppressed: suppressed.sort(compareDiagnostics),
    roots: repository.roots,
  };
}

/**
 * A root without documents is a usage mistake, not a clean repository: in CI a wrong --root would
 * otherwise pass every pull request with "✔ Inga problem".
 */
function nothingToCheck(root: string, lang: Lang): InputError {
  return new InputError(
    localize({ sv: 'Inga .yaml- eller .yml-filer hittades i {root}', en: 'No .yaml or .yml files were found in {root}' }, lang, { root }),
    {
      hint: localize(
        {
          sv: 'Ange arkivets rotmapp med --root, eller kontrollera exclude: i samverkan.yaml.',
          en: "Give the repository's root folder with --root, or check exclude: in samverkan.yaml.",
        },
        lang,
      ),
    },
  );
}

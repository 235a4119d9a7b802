import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Config } from '../model/documents.js';
import type { Lang } from '../model/lang.js';
import { assertFolder, loadRepository } from '../load/load-repository.js';
import { checkRepository, type CheckedDocument } from './check.js';
import { CONFIG_FILE, resolveConfig } from './config.js';

export interface ValidateOptions {
  /** The repository's root folder. */
  root: string;
  /** Language of the messages. Default: `language:` in samverkan.yaml, else Swedish. */
  lang?: Lang;
  /** `exact` parses every file with yaml's full parser: slower, the same result (for comparisons). */
  parser?: 'fast' | 'exact';
}

export interface ValidationResult {
  root: string;
  lang: Lang;
  config: Config;
  /** Every YAML file checked, relative to the root, in path order. */
  files: string[];
  documents: CheckedDocument[];
  /** Sorted by file, line, column and rule. */
  diagnostics: Diagnostic[];
}

/** Loads and checks a whole repository: the library behind `samverkan validate`. */
export async function validateRepository(options: ValidateOptions): Promise<ValidationResult> {
  const root = await assertFolder(options.root, options.lang ?? 'sv');
  const { config, lang, file } = await resolveConfig(root, options.lang, options.parser);
  const repository = await loadRepository(root, {
    lang,
    exclude: config.exclude ?? [],
    preloaded: file ? new Map([[CONFIG_FILE, file]]) : undefined,
    parser: options.parser,
  });
  const checked = checkRepository(repository, { lang, severities: config.rules });
  return {
    root,
    lang,
    config,
    files: repository.files.map((f) => f.path),
    documents: checked.documents,
    diagnostics: checked.diagnostics.sort(compareDiagnostics),
  };
}

import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentKind, RuleSetting } from '../model/documents.js';
import type { Lang } from '../model/lang.js';
import { guardData } from '../model/guarded-data.js';
import type { LoadedDocument, LoadedFile } from '../load/loaded-document.js';
import type { LoadedRepository } from '../load/load-repository.js';
import { RULES } from './rules/index.js';
import { createRepositoryIndex, type RepositoryIndex } from '../domain/repository-index.js';
import { typedDocument, type TypedDocument } from '../domain/typed-document.js';
import type { Rule } from './rules/rule.js';
import { runRules } from './rules/run-rules.js';
import { checkSchema } from './schema/check-schema.js';
import { applySuppressions } from './suppressions.js';

/** A document with the kind it declares and what the checks found of it. */
export interface CheckedDocument {
  document: LoadedDocument;
  kind: DocumentKind | undefined;
  /** It loaded and passed its schema without an error: the domain rules may trust its types. */
  valid: boolean;
  /** Valid, and no domain rule found an error in it either: states and deadlines use it. */
  derivable: boolean;
}

export interface CheckResult {
  documents: CheckedDocument[];
  /** The findings that count. */
  diagnostics: Diagnostic[];
  /** Findings an exception in their file accepts, each with its reason. */
  suppressed: Diagnostic[];
  /** The derivable documents (valid, and no rule found an error in them), indexed once for derive and the report. */
  index: RepositoryIndex;
}

export interface CheckOptions {
  lang: Lang;
  /** The domain rules to run. Default: all of them. */
  rules?: readonly Rule[];
  /** Severity per rule id from `samverkan.yaml`; `off` drops the rule's findings. */
  severities?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Checks every loaded document, so that one run gives every finding: the load findings are kept,
 * each well-formed document is checked against the schema of its kind, and the domain rules run
 * over every document whose kind is known, seeing only its valid values (guarded-data.ts): a rule
 * that needs a value that failed is skipped for that document alone. A document with a syntax
 * error is not schema-checked, since its data may be partial and would only add noise; the other
 * documents of its file are checked as usual.
 */
export function checkRepository(repository: Pick<LoadedRepository, 'files' | 'diagnostics'>, options: CheckOptions): CheckResult {
  const diagnostics: Diagnostic[] = [...repository.diagnostics];
  const documents: CheckedDocument[] = [];
  const typed: TypedDocument[] = [];
  for (const file of repository.files) {
    for (const diagnostic of file.diagnostics) diagnostics.push(diagnostic);
    const fromLoad = invalidFromLoad(file);
    for (const document of file.documents) {
      if (!document.wellFormed) {
        documents.push({ document, kind: undefined, valid: false, derivable: false });
        continue;
      }
      const schema = checkSchema(document, options.lang);
      for (const diagnostic of schema.diagnostics) diagnostics.push(diagnostic);
      const invalid = [...(fromLoad.get(document) ?? []), ...schema.invalid];
      const valid = invalid.length === 0;
      documents.push({ document, kind: schema.kind, valid, derivable: valid });
      // Settings (samverkan.yaml, a workspace file) configure a run: no domain rule reads them.
      if (schema.kind !== undefined && schema.kind !== 'config' && schema.kind !== 'workspace' && !invalid.includes('')) {
        typed.push(typedDocument(document, schema.kind, (data) => guardData(data, invalid)));
      }
    }
  }
  const all = repository.files.flatMap((f) => f.documents);
  const index = createRepositoryIndex(typed, all);
  const findings = runRules(options.rules ?? RULES, index, options.lang);
  for (const { diagnostic } of findings) diagnostics.push(diagnostic);
  const sources = new Map(all.map((d) => [d.file, d.source]));
  const exceptions = applySuppressions(diagnostics, sources, options.lang);
  // A rule's error that an exception accepts does not keep its document from states and deadlines.
  const counted = new Set(exceptions.active);
  const failing = new Set<LoadedDocument>();
  for (const { diagnostic, document } of findings) {
    if (counted.has(diagnostic) && severityOf(diagnostic, options.severities) === 'error') failing.add(document);
  }
  for (const checked of documents) if (failing.has(checked.document)) checked.derivable = false;
  const underivable = new Set(documents.filter((d) => !d.derivable).map((d) => d.document));
  return {
    documents,
    diagnostics: applySeverities([...exceptions.active, ...exceptions.findings], options.severities),
    suppressed: applySeverities(exceptions.suppressed, options.severities),
    index: index.without(underivable),
  };
}

/**
 * The places the loader found in error in each document of a file (a duplicate key, a tag), so
 * that rules do not read them; an error without a place of its own spoils its whole document.
 * Errors are given to the first document whose source range holds them, found by halving: the
 * documents follow each other in the file, and a file can hold 75 000 documents with an error each.
 */
function invalidFromLoad(file: LoadedFile): Map<LoadedDocument, string[]> {
  const invalid = new Map<LoadedDocument, string[]>();
  const { documents } = file;
  if (documents.length === 0) return invalid;
  const source = documents[0]!.source;
  for (const error of file.diagnostics) {
    if (error.severity !== 'error') continue;
    const offset = (source.lineOffsets[error.start.line - 1] ?? source.text.length) + error.start.column - 1;
    let [low, high] = [0, documents.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (documents[middle]!.span[1] < offset) low = middle + 1;
      else high = middle;
    }
    const owner = documents[low];
    if (!owner || owner.span[0] > offset) continue;
    const places = invalid.get(owner);
    if (places) places.push(error.pointer);
    else invalid.set(owner, [error.pointer]);
  }
  return invalid;
}

/** Applies `samverkan.yaml`'s `rules:` to the findings. */
export function applySeverities(
  diagnostics: readonly Diagnostic[],
  rules: Readonly<Record<string, RuleSetting>> | undefined,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const severity = severityOf(diagnostic, rules);
    if (severity === 'off') continue;
    result.push(severity === diagnostic.severity ? diagnostic : { ...diagnostic, severity });
  }
  return result;
}

function severityOf(diagnostic: Diagnostic, rules: Readonly<Record<string, RuleSetting>> | undefined): RuleSetting {
  return rules && Object.hasOwn(rules, diagnostic.rule) ? rules[diagnostic.rule]! : diagnostic.severity;
}

import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentKind, RuleSetting } from '../model/documents.js';
import type { Lang } from '../model/lang.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import type { LoadedRepository } from '../load/load-repository.js';
import { RULES } from './rules/index.js';
import type { Rule, TypedDocument } from './rules/rule.js';
import { runRules } from './rules/run-rules.js';
import { checkSchema } from './schema/check-schema.js';

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
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  lang: Lang;
  /** The domain rules to run. Default: all of them. */
  rules?: readonly Rule[];
  /** Severity per rule id from `samverkan.yaml`; `off` drops the rule's findings. */
  severities?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Checks every loaded document: the load findings are kept, each well-formed document is checked
 * against the schema of its kind, and the domain rules run over the documents that passed. A
 * document with syntax errors is not schema-checked, since its data may be partial and would only
 * add noise; a document with schema errors is not given to the rules, which trust the types.
 */
export function checkRepository(repository: LoadedRepository, options: CheckOptions): CheckResult {
  const diagnostics: Diagnostic[] = [...repository.diagnostics];
  const documents: CheckedDocument[] = [];
  for (const file of repository.files) {
    diagnostics.push(...file.diagnostics);
    const fileHasErrors = file.diagnostics.some((d) => d.severity === 'error');
    for (const document of file.documents) {
      if (!document.wellFormed) {
        documents.push({ document, kind: undefined, valid: false, derivable: false });
        continue;
      }
      const schema = checkSchema(document, options.lang);
      diagnostics.push(...schema.diagnostics);
      const valid = !fileHasErrors && !schema.diagnostics.some((d) => d.severity === 'error');
      documents.push({ document, kind: schema.kind, valid, derivable: valid });
    }
  }
  const valid = documents
    .filter((d) => d.valid && d.kind !== undefined && d.kind !== 'config')
    .map((d) => ({ kind: d.kind, data: d.document.data, loaded: d.document }) as TypedDocument);
  const all = repository.files.flatMap((f) => f.documents);
  const findings = runRules(options.rules ?? RULES, valid, all, options.lang);
  const failing = new Set<LoadedDocument>();
  for (const { diagnostic, document } of findings) {
    const severity = severityOf(diagnostic, options.severities);
    if (severity === 'error') failing.add(document);
    diagnostics.push(diagnostic);
  }
  for (const checked of documents) if (failing.has(checked.document)) checked.derivable = false;
  return { documents, diagnostics: applySeverities(diagnostics, options.severities) };
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

import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../../model/diagnostic.js';
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import { createDiagnostic } from '../../model/messages.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { child } from '../../model/pointer.js';
import { allowedWithLabels, valueSuggestion } from '../suggest-value.js';
import { problemsFromAjv, showValue, typeName, type SchemaProblem } from './from-ajv.js';
import { SCHEMA_MESSAGES } from './messages.js';
import { validatorFor } from './validators.js';

export interface SchemaResult {
  /** The document's kind when it declares a known one. */
  kind: DocumentKind | undefined;
  diagnostics: Diagnostic[];
  /**
   * Pointers to every value that failed the schema, and to every required field that is missing:
   * what a domain rule must not read. Empty when the document passed.
   */
  invalid: string[];
}

/** Checks one document against the schema of the kind it declares. */
export function checkSchema(doc: LoadedDocument, lang: Lang): SchemaResult {
  const problems: SchemaProblem[] = [];
  const kind = kindProblems(doc.data, lang, problems);
  const invalid: string[] = problems.map((p) => (p.messageId === 'not-a-mapping' ? '' : '/kind'));
  if (kind !== undefined && problems.length === 0) {
    const validate = validatorFor(kind);
    if (!validate(doc.data)) {
      // Pushed one by one: a document can have 100 000 errors, more than a call takes arguments.
      for (const place of invalidPlaces(validate.errors ?? [])) invalid.push(place);
      const fromAjv = problemsFromAjv(validate.errors ?? [], {
        lang,
        data: doc.data,
        sourceText: (pointer) => {
          const [start, end] = doc.locate(pointer);
          return start === end ? undefined : doc.source.text.slice(start, end);
        },
      });
      for (const problem of fromAjv) problems.push(problem);
    }
  }
  return { kind, diagnostics: problems.map((p) => toDiagnostic(doc, p, lang)), invalid };
}

/**
 * Where each of ajv's errors is, from its raw errors rather than the messages made of them, so
 * no failing value is left out when messages collapse. An `if` error only says that a `then`
 * failed, which has an error of its own; an object whose property names fail is invalid at the
 * name.
 */
function invalidPlaces(errors: readonly ErrorObject[]): string[] {
  const places = new Set<string>();
  for (const error of errors) {
    const at = error.instancePath;
    if (error.keyword === 'if') continue;
    if (error.keyword === 'required') places.add(child(at, (error.params as { missingProperty: string }).missingProperty));
    else if (error.keyword === 'additionalProperties') places.add(child(at, (error.params as { additionalProperty: string }).additionalProperty));
    else if (error.propertyName !== undefined) places.add(child(at, error.propertyName));
    else places.add(at);
  }
  return [...places];
}

/** The kind decides which schema applies, so its problems are found before any schema runs. */
function kindProblems(data: unknown, lang: Lang, problems: SchemaProblem[]): DocumentKind | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ rule: 'schema/type', messageId: 'not-a-mapping', data: { actual: typeName(data, lang) }, pointer: '', on: 'value' });
    return undefined;
  }
  if (!Object.hasOwn(data, 'kind')) {
    problems.push({ rule: 'schema/required', messageId: 'missing-kind', data: { allowed: allowedWithLabels(DOCUMENT_KINDS, lang) }, pointer: '', on: 'key' });
    return undefined;
  }
  const kind = (data as { kind: unknown }).kind;
  if (isDocumentKind(kind)) return kind;
  problems.push({
    rule: 'schema/enum',
    messageId: 'unknown-kind',
    data: {
      value: showValue(kind, lang),
      allowed: allowedWithLabels(DOCUMENT_KINDS, lang),
      suggestion: typeof kind === 'string' ? valueSuggestion(kind, DOCUMENT_KINDS, lang) : '',
    },
    pointer: '/kind',
    on: 'value',
  });
  return undefined;
}

function toDiagnostic(doc: LoadedDocument, problem: SchemaProblem, lang: Lang): Diagnostic {
  const [start, end] = doc.locate(problem.pointer, problem.on);
  return createDiagnostic(
    {
      rule: problem.rule,
      messageId: problem.messageId,
      spec: SCHEMA_MESSAGES[problem.messageId],
      data: problem.data,
      file: doc.file,
      start: doc.source.positionAt(start),
      end: doc.source.positionAt(end),
      pointer: problem.pointer,
    },
    lang,
  );
}

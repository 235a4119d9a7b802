import type { DefinedError, ErrorObject } from 'ajv';
import { localize, type Lang, type MessageData } from '../../model/lang.js';
import { child, parsePointer } from '../../model/pointer.js';
import type { Anchor } from '../../load/loaded-document.js';
import { didYouMeanPhrase, suggest } from '../../model/suggest.js';
import { allowedWithLabels, valueSuggestion } from '../suggest-value.js';
import { TYPE_NAMES, WORDS, type SchemaMessageId } from './messages.js';

/** One schema problem, before it is placed in the source. */
export interface SchemaProblem {
  /** `schema/<keyword>`. */
  rule: string;
  messageId: SchemaMessageId;
  data: MessageData;
  pointer: string;
  on: Anchor;
}

export interface ProblemContext {
  lang: Lang;
  /** The document's data, to show the bad value. */
  data: unknown;
  /** The value as written in the file (`0461`, not 461), for the hint to quote it. */
  sourceText(pointer: string): string | undefined;
}

/** Known patterns get a message of their own instead of a regular expression. */
const PATTERNS: Record<string, SchemaMessageId> = {
  '^[a-z0-9][a-z0-9-]*$': 'bad-id',
  '^[0-9]{4}$': 'bad-municipality-code',
  '^((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-9])|(0[13-9]|1[0-2])-30|(0[13578]|1[02])-31)$': 'bad-month-day',
  '^(anniversary|(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-9])|(0[13-9]|1[0-2])-30|(0[13578]|1[02])-31)$': 'bad-month-day',
  '^(19|20|21)[0-9]{2}-': 'date-out-of-range',
  '^[a-z0-9-]+/[a-zA-Z0-9-]+$': 'bad-rule-id',
};

/**
 * Turns ajv's errors into one problem per real mistake: `if` failures and `propertyNames` echoes
 * are dropped (their underlying error is kept), a wrong type hides everything else at that value,
 * and identical findings collapse.
 */
export function problemsFromAjv(errors: readonly ErrorObject[], ctx: ProblemContext): SchemaProblem[] {
  const typed = errors as DefinedError[];
  const wrongType = new Set(typed.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // The field an unknown key most likely meant, worked out once per key: a file may have 100 000.
  const meant = new Map<DefinedError, string | undefined>();
  for (const e of typed) if (e.keyword === 'additionalProperties') meant.set(e, suggest(e.params.additionalProperty, allowedFields(e)));
  const misspelt = misspeltRequired(typed, meant);
  // A date that is no date at all is not also outside the format's years.
  const notADate = new Set(typed.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of typed) {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
    if (error.keyword === 'pattern' && notADate.has(error.instancePath)) continue;
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}\u0000${error.params.missingProperty}`)) continue;
    const problem = toProblem(error, ctx, misspelt, meant.get(error));
    if (!problem) continue;
    const key = `${problem.rule}\u0000${problem.pointer}\u0000${problem.messageId}\u0000${JSON.stringify(problem.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * `vaild_to` beside a missing `valid_to` is one mistake: the required fields (at their mapping,
 * `\0`, the name) that an unknown key there is closest to. The unknown key's finding says it, at
 * the key; a second finding that the field is missing would point at the mapping's first line.
 */
function misspeltRequired(errors: readonly DefinedError[], meantFor: ReadonlyMap<DefinedError, string | undefined>): Set<string> {
  const missing = new Set<string>();
  for (const e of errors) if (e.keyword === 'required') missing.add(`${e.instancePath}\u0000${e.params.missingProperty}`);
  const misspelt = new Set<string>();
  if (missing.size === 0) return misspelt;
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const meant = meantFor.get(e);
    if (meant !== undefined && missing.has(`${e.instancePath}\u0000${meant}`)) misspelt.add(`${e.instancePath}\u0000${meant}`);
  }
  return misspelt;
}

function allowedFields(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
}

function toProblem(error: DefinedError, ctx: ProblemContext, misspelt: ReadonlySet<string>, meant: string | undefined): SchemaProblem | undefined {
  const { lang } = ctx;
  const at = error.instancePath;
  const rule = `schema/${error.keyword}`;
  const field = fieldLabel(at, lang);
  const value = valueAt(ctx.data, at);
  const make = (messageId: SchemaMessageId, data: MessageData, pointer = at, on: Anchor = 'value'): SchemaProblem => ({
    rule,
    messageId,
    data: { field, value: showValue(value, lang), ...data },
    pointer,
    on,
  });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = error.params.additionalProperty;
      const suggestion = meant === undefined ? '' : didYouMeanPhrase(meant, lang);
      if (meant !== undefined && misspelt.has(`${at}\u0000${meant}`)) {
        const title = lang === 'sv' ? propertyTitle(error.parentSchema, meant) : undefined;
        return make('misspelt-required-field', { key, meant, suggestion, title: title ? ` (${title})` : '' }, child(at, key), 'key');
      }
      return make('unknown-field', { key, suggestion, allowed: allowedFields(error) }, child(at, key), 'key');
    }
    case 'required': {
      const key = error.params.missingProperty;
      // Titles are Swedish: shown only in Swedish messages.
      const title = lang === 'sv' ? propertyTitle(error.parentSchema, key) : undefined;
      const parent = at === '' ? localize(WORDS.document, lang) : field;
      return make('missing-field', { key, title: title ? ` (${title})` : '', parent }, at, 'key');
    }
    case 'type': {
      const expected = String(error.params.type);
      if (at === '') return make('not-a-mapping', { actual: typeName(value, lang) });
      const raw = ctx.sourceText(at) ?? String(value);
      if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return make('quote-scalar', { raw, value: raw, actual: typeName(value, lang) });
      }
      if (value === null || value === undefined) return make('empty-value', {});
      const expectedName = expected.split(',').map((t) => TYPE_NAMES[t]?.[lang] ?? t).join(` ${localize(WORDS.or, lang)} `);
      const numeric = expected === 'integer' ? /^\s*-?\d+\s*$/ : /^\s*-?\d+(\.\d+)?\s*$/;
      if ((expected === 'integer' || expected === 'number') && typeof value === 'string' && numeric.test(value)) {
        return make('unquote-number', { expected: expectedName });
      }
      return make('wrong-type', { expected: expectedName, actual: typeName(value, lang) });
    }
    case 'format':
      return make('invalid-date', {});
    case 'enum': {
      const allowed = error.params.allowedValues.map(String);
      return make('not-allowed', {
        allowed: allowedWithLabels(allowed, lang),
        suggestion: typeof value === 'string' ? valueSuggestion(value, allowed, lang) : '',
      });
    }
    case 'const':
      return make('wrong-value', { expected: showValue(error.params.allowedValue, lang) });
    case 'pattern': {
      const propertyName = (error as ErrorObject).propertyName;
      const pointer = propertyName === undefined ? at : child(at, propertyName);
      const shown = propertyName === undefined ? value : propertyName;
      const id = PATTERNS[error.params.pattern] ?? 'bad-pattern';
      return make(
        id,
        {
          value: showValue(shown, lang),
          pattern: error.params.pattern,
          example: typeof shown === 'string' ? slugify(shown) : 'gnesta-2023',
          anniversary: error.params.pattern.includes('anniversary') ? localize(WORDS.anniversary, lang) : '',
        },
        pointer,
        propertyName === undefined ? 'value' : 'key',
      );
    }
    case 'minItems':
      return make('too-few-items', { limit: error.params.limit });
    case 'minLength':
      return make('empty-text', {});
    case 'minimum':
    case 'exclusiveMinimum':
      return make('too-small', { limit: error.params.limit });
    case 'maximum':
    case 'exclusiveMaximum':
      return make('too-large', { limit: error.params.limit });
    case 'uniqueItems': {
      const index = Math.max(error.params.i, error.params.j);
      return make('duplicate-item', { value: showValue(valueAt(ctx.data, child(at, index)), lang) }, child(at, index));
    }
    // Echoes of the error that explains them, which is reported on its own.
    case 'if':
    case 'propertyNames':
    case 'anyOf':
    case 'oneOf':
      return undefined;
    default:
      return make('wrong-value', { expected: (error as ErrorObject).message ?? error.keyword });
  }
}

/** How a coordinator names the place: `"name"`, or `post 2 i "parties"` for a list item. */
export function fieldLabel(pointer: string, lang: Lang): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return localize(WORDS.document, lang);
  if (/^\d+$/.test(last)) {
    const list = segments[segments.length - 2] ?? '';
    return localize(WORDS.item, lang, { n: Number(last) + 1, list });
  }
  return `"${last}"`;
}

export function showValue(value: unknown, lang: Lang): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value, lang);
}

export function typeName(value: unknown, lang: Lang): string {
  const type = value === null || value === undefined ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return TYPE_NAMES[type]?.[lang] ?? type;
}

function propertyTitle(schema: unknown, key: string): string | undefined {
  const properties = (schema as { properties?: Record<string, { title?: unknown }> } | undefined)?.properties;
  const title = properties?.[key]?.title;
  return typeof title === 'string' ? title : undefined;
}

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'gnesta-2023' : slug;
}

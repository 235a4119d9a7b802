import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KIND_SCHEMAS, createAjv, schemaId } from '../../../scripts/schema-compiler.mjs';
import { DOCUMENT_KINDS } from '../../model/documents.js';
import { validatorFor } from './validators.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');

/** The documents of the examples, and for each a family of broken variants. */
function corpus(): { kind: string; data: unknown; label: string }[] {
  const cases: { kind: string; data: unknown; label: string }[] = [];
  // The documents samverkan reads: CI recipes in dot folders and dot files are not among them.
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.ya?ml$/.test(f) && !f.split('/').some((segment) => segment.startsWith('.')),
  );
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(join(EXAMPLES, file), 'utf8'))) {
      const data = doc.toJS() as Record<string, unknown>;
      const kind = String(data.kind);
      cases.push({ kind, data, label: file });
      for (const key of Object.keys(data)) {
        if (key === 'kind') continue;
        const { [key]: _removed, ...without } = data;
        cases.push({ kind, data: without, label: `${file} without ${key}` });
        // '', an emoji and a lone surrogate: a minLength counts code points, which withQuickLength must keep.
        for (const value of [42, 'x', '', '😀', '\uD800', null, [], {}, '2023-02-30', [{ id: 'Bad Id' }]]) {
          cases.push({ kind, data: { ...data, [key]: value }, label: `${file} ${key}=${JSON.stringify(value)}` });
        }
      }
      cases.push({ kind, data: { ...data, titel: 'x' }, label: `${file} unknown field` });
    }
  }
  return cases;
}

function comparable(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map(({ keyword, instancePath, schemaPath, params, message, parentSchema }) => ({
    keyword,
    instancePath,
    schemaPath,
    params,
    message,
    parentSchema,
  }));
}

describe('build-time validators', () => {
  it('exist for every kind', () => {
    expect(Object.keys(KIND_SCHEMAS).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it('give the same errors as validators compiled at run time', () => {
    const ajv = createAjv();
    const cases = corpus();
    expect(cases.length).toBeGreaterThan(1000);
    let invalid = 0;
    for (const { kind, data, label } of cases) {
      const runtime = ajv.getSchema(schemaId(KIND_SCHEMAS[kind]!))!;
      const standalone = validatorFor(kind as (typeof DOCUMENT_KINDS)[number]);
      const expected = runtime(data);
      expect(standalone(data), label).toBe(expected);
      expect(comparable(standalone.errors), label).toEqual(comparable(runtime.errors));
      if (!expected) invalid += 1;
    }
    // The corpus must exercise failures, not just agree on valid documents.
    expect(invalid).toBeGreaterThan(cases.length / 2);
  });
});

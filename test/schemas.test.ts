import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KIND_SCHEMAS, SCHEMA_DIR, createAjv, readSchemas, schemaId } from '../scripts/schema-compiler.mjs';
import { labelsOf } from '../src/model/value-labels.js';
import { PROJECT } from './helpers/run-cli.js';

type Schema = Record<string, unknown>;

/** Every schema and sub-schema, with a path to name it in a failure. */
function* walk(schema: unknown, path: string): Generator<[string, Schema]> {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as Schema;
  yield [path, node];
  for (const key of ['properties', 'definitions'] as const) {
    const children = node[key] as Record<string, unknown> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) yield* walk(child, `${path}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'if', 'then', 'propertyNames'] as const) yield* walk(node[key], `${path}/${key}`);
  for (const [i, child] of ((node.allOf as unknown[]) ?? []).entries()) yield* walk(child, `${path}/allOf/${i}`);
}

describe('schemas/', () => {
  const schemas = readdirSync(SCHEMA_DIR).map((name) => [name, JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Schema] as const);

  it('one draft-07 schema per kind, with a stable absolute $id ending in its file name', () => {
    for (const file of Object.values(KIND_SCHEMAS)) expect(schemas.map(([name]) => name)).toContain(file);
    for (const [name, schema] of schemas) {
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`https://samverkan.se/schemas/v1/${name}`);
    }
  });

  it('every property carries a Swedish title and description, for editors', () => {
    const missing: string[] = [];
    for (const [name, schema] of schemas) {
      for (const [path, node] of walk(schema, name)) {
        // Conditions inside `if` only select; they describe no field of their own.
        const isProperty = (/\/(properties|definitions)\/[^/]+$/.test(path) && !path.includes('/if/')) || path === name;
        if (isProperty && (typeof node.title !== 'string' || typeof node.description !== 'string')) missing.push(path);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every enum has its words in value-labels.ts, and its description names each label', () => {
    const problems: string[] = [];
    for (const [name, schema] of schemas) {
      for (const [path, node] of walk(schema, name)) {
        if (!Array.isArray(node.enum)) continue;
        const labels = labelsOf(node.enum);
        if (!labels) {
          problems.push(`${path}: no labels for ${node.enum.join(', ')}`);
          continue;
        }
        const description = String(node.description).replace(/\u00a0/g, ' ');
        for (const value of node.enum as string[]) {
          const label = labels[value]!.sv.replace(/\u00a0/g, ' ');
          const expected = label === value ? value : `${value} = ${label}`;
          // The whole word: "police = polisen" does not say "police = polis".
          const said = new RegExp(`(^|[^\\p{L}])${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
          if (!said.test(description)) problems.push(`${path}: the description does not say "${expected}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every object refuses unknown fields', () => {
    const open: string[] = [];
    for (const [name, schema] of schemas) {
      for (const [path, node] of walk(schema, name)) {
        // The editor dispatcher leaves fields to the kind schema it selects; rules: maps rule ids.
        if (name === 'samverkan.schema.json' && path === name) continue;
        if (node.type === 'object' && node.additionalProperties !== false && !path.endsWith('/properties/rules')) open.push(path);
      }
    }
    expect(open).toEqual([]);
  });

  it('compile in strict mode', () => {
    const ajv = createAjv();
    for (const file of [...Object.values(KIND_SCHEMAS), 'samverkan.schema.json']) expect(ajv.getSchema(schemaId(file))).toBeTypeOf('function');
    expect(readSchemas().length).toBe(schemas.length);
  });

  it('the editor schema accepts every example and rejects an unknown field', () => {
    const validate = createAjv().getSchema(schemaId('samverkan.schema.json'))!;
    const require = createRequire(import.meta.url);
    const files = (require('node:fs') as typeof import('node:fs'))
      .readdirSync(join(PROJECT, 'examples'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f) && !f.split('/').some((segment) => segment.startsWith('.')));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const doc of parseAllDocuments(readFileSync(join(PROJECT, 'examples', file), 'utf8'))) {
        expect(validate(doc.toJS()), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(validate({ kind: 'annual_review', id: 'x', agreement: 'y', held_on: '2024-01-01', outcome: 'revised', extra: 1 })).toBe(false);
  });
});

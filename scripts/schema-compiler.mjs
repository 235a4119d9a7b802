// Shared by the build (standalone code) and the tests (runtime compilation), so that both compile
// the same schemas with the same options.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/**
 * Where every schema's `$id` starts. The ids name the format's version 1 and never change with a
 * release or an install path; editors load the local files, so nothing is fetched from there.
 */
export const SCHEMA_ID_BASE = 'https://samverkan.se/schemas/v1/';

/** The `$id` of a schema file. */
export function schemaId(file) {
  return `${SCHEMA_ID_BASE}${file}`;
}

/** Each document kind and the schema that checks it. */
export const KIND_SCHEMAS = {
  agreement: 'agreement.schema.json',
  citizen_promises: 'citizen_promises.schema.json',
  situation_report: 'situation_report.schema.json',
  action_plan: 'action_plan.schema.json',
  follow_up: 'follow_up.schema.json',
  annual_review: 'annual_review.schema.json',
  config: 'config.schema.json',
  workspace: 'workspace.schema.json',
};

export function readSchemas() {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')));
}

/**
 * Strict, so that a typo in a schema fails the build; allErrors, because the data is the user's own
 * and every problem should be shown at once; verbose, so that an error carries its parent schema
 * (the allowed fields for a did-you-mean).
 */
export function createAjv({ standalone = false } = {}) {
  const ajv = new Ajv.default({
    strict: true,
    allErrors: true,
    verbose: true,
    code: standalone ? { source: true, esm: false, optimize: true } : { optimize: true },
  });
  addFormats.default(ajv, ['date']);
  for (const schema of readSchemas()) ajv.addSchema(schema);
  return ajv;
}

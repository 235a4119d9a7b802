import { createRequire } from 'node:module';
import type { ErrorObject, Options } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/*
 * Both packages are CommonJS; under NodeNext their default import is `module.exports`, whose
 * `default` (set by the packages themselves) is what their types call the default export.
 */
const Ajv4 = AjvDraft04.default;
const addFormats = ajvFormats.default;

/**
 * A validator for SARIF logs built from the official SARIF 2.1.0 JSON Schema (the OASIS
 * `sarif-2.1.0-rtm.5.json`, which @microsoft/jest-sarif ships; the tests use only that file).
 * The schema is draft-04, which Ajv 8 reads only through ajv-draft-04. Its pattern for
 * `language` has a stray `]` that is a syntax error under the `u` flag Ajv 8 adds by default, so
 * patterns are compiled without it, as the schema's authors (and Ajv 6) did.
 */
export function sarifValidator(): (log: unknown) => string[] {
  const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
  const options: Options = { allErrors: true, strict: false, unicodeRegExp: false };
  const ajv = new Ajv4(options);
  // ajv-formats is typed against ajv's own class; ajv-draft-04's is the same core underneath.
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`));
}

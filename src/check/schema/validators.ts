import { createRequire } from 'node:module';
import type { DocumentKind } from '../../model/documents.js';
import type * as Generated from './generated/validators.cjs';

export type Validator = Generated.StandaloneValidator;

let loaded: typeof Generated | undefined;

/**
 * The validators compiled at build time (scripts/compile-schemas.mjs), loaded on first use. The
 * generated code is CommonJS because ajv's standalone output calls require().
 */
export function validatorFor(kind: DocumentKind): Validator {
  loaded ??= createRequire(import.meta.url)('./generated/validators.cjs') as typeof Generated;
  return loaded[kind];
}

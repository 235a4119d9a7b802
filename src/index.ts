export { validateRepository, type ValidateOptions, type ValidationResult } from './check/validate-repository.js';
export { checkRepository, type CheckedDocument, type CheckResult } from './check/check.js';
export { loadRepository, type LoadedRepository } from './load/load-repository.js';
export type { LoadedDocument, LoadedFile } from './load/loaded-document.js';
export type { Diagnostic, Position, Severity } from './model/diagnostic.js';
export * from './model/documents.js';
export type { Lang } from './model/lang.js';
export { UserError, UsageError, InputError, ConfigError } from './errors.js';

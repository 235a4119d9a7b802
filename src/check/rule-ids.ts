import { ruleCatalog } from './rule-catalog.js';

/**
 * Rules that guard the reading of files. A finding of one of them means a file, or part of it,
 * was never read: were such a finding switched off, suppressed or a warning, the file would look
 * checked ("✔ Inga problem") when it was not. So they are always errors.
 */
const READING_GUARDS = new Set(['yaml/syntax', 'yaml/too-deep', 'yaml/alias-limit', 'yaml/alias-cycle']);

export function guardsReading(id: string): boolean {
  return id.startsWith('file/') || READING_GUARDS.has(id);
}

let known: ReadonlySet<string> | undefined;

/** Every rule id samverkan can report: what `samverkan.yaml`, suppressions and `rules RULE` may name. */
export function knownRuleIds(): ReadonlySet<string> {
  known ??= new Set(ruleCatalog('sv').map((rule) => rule.id));
  return known;
}

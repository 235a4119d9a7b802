import type { Severity } from '../../model/diagnostic.js';
import type { Localized } from '../../model/lang.js';

/**
 * What the rule catalogue needs of a rule: what it checks, why, and a wrong and a right example.
 * Domain rules have it in their `docs`; the findings of the reader, the parser and the schemas are
 * described in this folder in the same shape. An example is one text, or one per language where
 * it needs words (a comment saying what the file is) rather than only YAML.
 */
export interface DocumentedRule {
  id: string;
  severity: Severity;
  description: Localized;
  docs: { why: Localized; wrong: string | Localized; right: string | Localized };
}

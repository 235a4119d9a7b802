import type { Severity } from '../model/diagnostic.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import { ruleHelpUri } from '../model/project.js';
import type { DocumentedRule } from './built-in-rules/documented-rule.js';
import { FILE_RULES } from './built-in-rules/file.js';
import { SCHEMA_RULES } from './built-in-rules/schema.js';
import { SUPPRESSION_RULES } from './built-in-rules/suppression.js';
import { YAML_RULES } from './built-in-rules/yaml.js';
import { RULES } from './rules/index.js';

/** What every output that describes rules (SARIF, `samverkan rules`, the README) says of one. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters, for a coordinator. */
  why: string;
  /** A short example that breaks the rule, and the same put right. */
  wrong: string;
  right: string;
  /** Where the README documents it. */
  helpUri: string;
}

/** Every rule id samverkan can report, built-in ones first, then the domain rules in run order. */
const DOCUMENTED: readonly DocumentedRule[] = [...FILE_RULES, ...YAML_RULES, ...SCHEMA_RULES, ...SUPPRESSION_RULES, ...RULES];

export function ruleCatalog(lang: Lang): RuleInfo[] {
  const text = (example: string | Localized) => (typeof example === 'string' ? example : localize(example, lang));
  return DOCUMENTED.map((r) => ({
    id: r.id,
    severity: r.severity,
    description: localize(r.description, lang),
    why: localize(r.docs.why, lang),
    wrong: text(r.docs.wrong),
    right: text(r.docs.right),
    helpUri: ruleHelpUri(r.id),
  }));
}

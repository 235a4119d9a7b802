import { ruleCatalog } from '../check/rule-catalog.js';
import { RULES } from '../check/rules/index.js';
import { ruleTable } from './rules-list.js';

/**
 * The README's table of domain rules, generated from the rule catalogue so the two cannot drift:
 * `npm run docs:rules` writes it between these markers, and test/readme-rules.test.ts fails when
 * the README holds anything else there.
 */
export const RULES_START = '<!-- rules:start: generated from the rule catalogue by `npm run docs:rules`; edit the rules, not this table -->';
export const RULES_END = '<!-- rules:end -->';

/** The README with the table between the markers replaced by the catalogue's, in Swedish. */
export function withRuleTable(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end < start) throw new Error(`README.md lacks the markers ${RULES_START} … ${RULES_END}`);
  const domain = new Set(RULES.map((r) => r.id));
  const rules = ruleCatalog('sv')
    .filter((r) => domain.has(r.id))
    .map((r) => ({ ...r, effective: r.severity }));
  return `${readme.slice(0, start + RULES_START.length)}\n${ruleTable(rules, 'sv')}${readme.slice(end)}`;
}

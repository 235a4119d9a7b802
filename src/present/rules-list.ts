import type { RuleInfo } from '../check/rule-catalog.js';
import { localize, type Lang } from '../model/lang.js';
import { markdownCode } from './escape-markdown.js';
import type { Paint } from './formatters/formatter.js';

export type RulesFormat = 'pretty' | 'json' | 'markdown';

/** The words `rules` and `rules RULE` share: severities and the headings of a rule's docs. */
export const RULE_WORDS = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  off: { sv: 'av', en: 'off' },
  why: { sv: 'Varför', en: 'Why' },
  wrong: { sv: 'Fel', en: 'Wrong' },
  right: { sv: 'Rätt', en: 'Right' },
} as const;

const WORDS = {
  ...RULE_WORDS,
  heading: { sv: 'Regler', en: 'Rules' },
  columns: { sv: '| Regel | Allvar | Vad |', en: '| Rule | Severity | What |' },
} as const;

/** A rule and the severity it has in this repository (`samverkan.yaml` can change it). */
export interface ListedRule extends RuleInfo {
  effective: RuleInfo['severity'] | 'off';
}

/** `samverkan rules`: every rule with its documentation, as text, JSON or Markdown. */
export function formatRules(rules: readonly ListedRule[], format: RulesFormat, lang: Lang, paint: Paint): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, rules })}\n`;
  const t = (message: { sv: string; en: string }) => localize(message, lang);
  const severity = (s: ListedRule['effective']) => t(WORDS[s]);
  if (format === 'markdown') return `# ${t(WORDS.heading)}\n\n${ruleTable(rules, lang)}`;
  const out: string[] = [];
  for (const rule of rules) {
    const level = rule.effective === 'error' ? paint.red : rule.effective === 'warning' ? paint.yellow : paint.dim;
    out.push(`${paint.bold(rule.id)}  ${level(severity(rule.effective))}  ${rule.description}`);
    if (rule.why) out.push(`    ${t(WORDS.why)}: ${rule.why}`);
    if (rule.wrong) out.push(`    ${t(WORDS.wrong)}:`, ...indent(rule.wrong), `    ${t(WORDS.right)}:`, ...indent(rule.right ?? ''));
  }
  return `${out.join('\n')}\n`;
}

/** The rules as a Markdown table: id, severity, what and why. The README's table is this one. */
export function ruleTable(rules: readonly ListedRule[], lang: Lang): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [localize(WORDS.columns, lang), '| --- | --- | --- |'];
  for (const rule of rules) lines.push(`| ${markdownCode(rule.id, 'table')} | ${localize(WORDS[rule.effective], lang)} | ${cell(rule.description)}${rule.why ? ` ${cell(rule.why)}` : ''} |`);
  return `${lines.join('\n')}\n`;
}

function indent(yaml: string): string[] {
  return yaml.split('\n').map((line) => `      ${line}`);
}

import { localize, type Lang, type Localized } from '../model/lang.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import type { Paint } from './formatters/formatter.js';
import { RULE_WORDS, type ListedRule, type RulesFormat } from './rules-list.js';

const WORDS = {
  ...RULE_WORDS,
  severity: { sv: 'Allvar i det här arkivet', en: 'Severity in this repository' },
  configured: { sv: 'satt i samverkan.yaml; standard: {default}', en: 'set in samverkan.yaml; default: {default}' },
  standard: { sv: 'standard', en: 'the default' },
  more: { sv: 'Mer', en: 'More' },
} as const satisfies Record<string, Localized>;

/** One rule, as `samverkan rules RULE` and `samverkan explain RULE` show it. */
export interface ExplainedRule extends ListedRule {
  /** Whether samverkan.yaml sets its severity. */
  configured: boolean;
}

/**
 * `samverkan rules RULE`: what the rule checks, its severity in this repository (and where that
 * comes from), why it matters, and a wrong and a right example; as text, JSON or Markdown.
 */
export function explainRule(rule: ExplainedRule, format: RulesFormat, lang: Lang, paint: Paint): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, rule })}\n`;
  const t = (words: Localized, data?: Record<string, string>) => localize(words, lang, data);
  const severity = `${t(WORDS[rule.effective])} (${rule.configured ? t(WORDS.configured, { default: t(WORDS[rule.severity]) }) : t(WORDS.standard)})`;
  if (format === 'markdown') {
    const fence = (code: string) => `\`\`\`yaml\n${code}\n\`\`\``;
    return `${[
      `## ${markdownCode(rule.id)}`,
      escapeMarkdown(rule.description),
      `**${t(WORDS.severity)}:** ${escapeMarkdown(severity)}`,
      `**${t(WORDS.why)}:** ${escapeMarkdown(rule.why)}`,
      `${t(WORDS.wrong)}:\n\n${fence(rule.wrong)}`,
      `${t(WORDS.right)}:\n\n${fence(rule.right)}`,
      `${t(WORDS.more)}: <${rule.helpUri}>`,
    ].join('\n\n')}\n`;
  }
  const level = rule.effective === 'error' ? paint.red : rule.effective === 'warning' ? paint.yellow : paint.dim;
  const indent = (code: string) => code.split('\n').map((line) => `    ${line}`);
  return `${[
    paint.bold(rule.id),
    rule.description,
    '',
    `${t(WORDS.severity)}: ${level(severity)}`,
    `${t(WORDS.why)}: ${rule.why}`,
    '',
    `${t(WORDS.wrong)}:`,
    ...indent(rule.wrong),
    `${t(WORDS.right)}:`,
    ...indent(rule.right),
    '',
    `${t(WORDS.more)}: ${rule.helpUri}`,
  ].join('\n')}\n`;
}

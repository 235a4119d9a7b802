import type { RuleInfo } from '../../check/rule-catalog.js';
import { compareDiagnostics, fullMessage, type Diagnostic, type Severity, type Suppression } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import { HOMEPAGE, ruleHelpUri } from '../../model/project.js';
import { fingerprintsOf } from './fingerprint.js';
import type { Formatter, SourceLines } from './formatter.js';
import { rangeInText } from './text-range.js';

/*
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it. Only the properties
 * samverkan fills are typed here.
 */

interface SarifText {
  text: string;
  markdown?: string;
}

interface SarifRule {
  id: string;
  shortDescription: SarifText;
  fullDescription: SarifText;
  help: SarifText;
  helpUri: string;
  defaultConfiguration: { level: Severity };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Severity;
  message: SarifText;
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  /** An accepted finding: in the file (a comment) or outside it (the baseline), with why. */
  suppressions?: { kind: 'inSource' | 'external'; justification: string }[];
}

/** The key of samverkan's own fingerprint; a new version gets a new key, never new values under this one. */
export const FINGERPRINT_KEY = 'samverkan/v1';

const WORDS = {
  why: { sv: 'Varför', en: 'Why' },
  wrong: { sv: 'Fel', en: 'Wrong' },
  right: { sv: 'Rätt', en: 'Right' },
  baseline: { sv: 'I baslinjen {file}', en: 'In the baseline {file}' },
  unlisted: {
    sv: 'En regel som samverkans regelkatalog inte beskriver; se README.',
    en: "A rule samverkan's rule catalogue does not describe; see the README.",
  },
} as const;

export const sarif: Formatter = {
  name: 'sarif',
  format(input, { lang, version }) {
    const rules = [...input.rules];
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    // A finding of a rule the catalogue does not list still needs a valid ruleIndex.
    const diagnostics = [...input.diagnostics, ...(input.suppressed ?? [])].sort(compareDiagnostics);
    for (const d of diagnostics) {
      if (index.has(d.rule)) continue;
      index.set(d.rule, rules.length);
      rules.push(unlisted(d, lang));
    }
    const fingerprints = fingerprintsOf(diagnostics);
    const results: SarifResult[] = diagnostics.map((d, i) => ({
      ruleId: d.rule,
      ruleIndex: index.get(d.rule) ?? 0,
      level: d.severity,
      message: { text: fullMessage(d) },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' }, region: region(d, input.source(d.file)) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
      ...(d.suppressed ? { suppressions: [suppression(d.suppressed, lang)] } : {}),
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'samverkan', version, semanticVersion: version, informationUri: HOMEPAGE, rules: rules.map((r) => ruleDescriptor(r, lang)) },
          },
          results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};

/**
 * GitHub code scanning requires `fullDescription` and `help` of every rule (the multitool's GH2012)
 * and shows `help` beside each alert: what, why, and the wrong and right example, in the output's
 * language, as plain text and as Markdown.
 */
function ruleDescriptor(rule: RuleInfo, lang: Lang): SarifRule {
  const t = (words: { sv: string; en: string }) => localize(words, lang);
  const full = `${rule.description} ${rule.why}`;
  const examples = rule.wrong === '' ? [] : [[t(WORDS.wrong), rule.wrong], [t(WORDS.right), rule.right]] as const;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: full },
    help: {
      text: [full, ...examples.map(([label, code]) => `${label}:\n${code}`)].join('\n\n'),
      markdown: [rule.description, `**${t(WORDS.why)}:** ${rule.why}`, ...examples.map(([label, code]) => `${label}:\n\n${fence(code)}`)].join('\n\n'),
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: rule.severity },
  };
}

/** SARIF's suppression: a comment in the file is `inSource`, the baseline `external`. */
function suppression(suppressed: Suppression, lang: Lang): NonNullable<SarifResult['suppressions']>[number] {
  if (suppressed.kind === 'comment') return { kind: 'inSource', justification: suppressed.reason };
  return { kind: 'external', justification: localize(WORDS.baseline, lang, { file: suppressed.file }) };
}

/** A finding of a rule the catalogue does not list (none today) still gets a complete descriptor. */
function unlisted(d: Diagnostic, lang: Lang): RuleInfo {
  return { id: d.rule, severity: d.severity, description: d.rule, why: localize(WORDS.unlisted, lang), wrong: '', right: '', helpUri: ruleHelpUri(d.rule) };
}

/** A fenced YAML block longer than any backtick run inside it, so an example cannot close it early. */
function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}yaml\n${code}\n${marks}`;
}

/** SARIF regions are 1-based with an exclusive end column, as samverkan's ranges are. */
function region(d: Diagnostic, source: SourceLines | undefined): SarifResult['locations'][number]['physicalLocation']['region'] {
  const { start, end } = rangeInText(d, source);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** A relative URI reference: each path segment percent-encoded (å, spaces, #), the slashes kept. */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

import { createHash } from 'node:crypto';
import type { RuleInfo } from '../../check/rule-catalog.js';
import { compareDiagnostics, fullMessage, type Diagnostic, type Severity } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import type { Formatter } from './formatter.js';

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
  fullDescription?: SarifText;
  help?: SarifText;
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
}

/** The key of samverkan's own fingerprint; a new version gets a new key, never new values under this one. */
export const FINGERPRINT_KEY = 'samverkan/v1';

const EXAMPLE = {
  wrong: { sv: 'Fel', en: 'Wrong' },
  right: { sv: 'Rätt', en: 'Right' },
} as const;

export const sarif: Formatter = {
  name: 'sarif',
  format(input, { lang, version }) {
    const rules = [...input.rules];
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    // A finding of a rule the catalogue does not list still needs a valid ruleIndex.
    for (const d of input.diagnostics) {
      if (index.has(d.rule)) continue;
      index.set(d.rule, rules.length);
      rules.push({ id: d.rule, severity: d.severity, description: d.rule });
    }
    const diagnostics = [...input.diagnostics].sort(compareDiagnostics);
    const fingerprints = fingerprintsOf(diagnostics);
    const results: SarifResult[] = diagnostics.map((d, i) => ({
      ruleId: d.rule,
      ruleIndex: index.get(d.rule) ?? 0,
      level: d.severity,
      message: { text: fullMessage(d) },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' }, region: region(d) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'samverkan', version, semanticVersion: version, rules: rules.map((r) => ruleDescriptor(r, lang)) } },
          results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};

function ruleDescriptor(rule: RuleInfo, lang: Lang): SarifRule {
  const descriptor: SarifRule = { id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: rule.severity } };
  if (rule.why) descriptor.fullDescription = { text: rule.why };
  if (rule.why && rule.wrong !== undefined && rule.right !== undefined) {
    const wrong = localize(EXAMPLE.wrong, lang);
    const right = localize(EXAMPLE.right, lang);
    descriptor.help = {
      text: `${rule.why}\n\n${wrong}:\n${rule.wrong}\n\n${right}:\n${rule.right}`,
      markdown: `${rule.why}\n\n${wrong}:\n\n${fence(rule.wrong)}\n\n${right}:\n\n${fence(rule.right)}`,
    };
  }
  return descriptor;
}

/** A fenced YAML block longer than any backtick run inside it, so an example cannot close it early. */
function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}yaml\n${code}\n${marks}`;
}

/**
 * SARIF regions are 1-based with an exclusive end column, as samverkan's positions are; this
 * only keeps a degenerate position (a whole-file finding at 0:0, an end before the start) valid.
 */
function region(d: Diagnostic): SarifResult['locations'][number]['physicalLocation']['region'] {
  const startLine = Math.max(1, d.start.line);
  const startColumn = Math.max(1, d.start.column);
  const endLine = Math.max(startLine, d.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, d.end.column) : Math.max(1, d.end.column);
  return { startLine, startColumn, endLine, endColumn };
}

/** A relative URI reference: each path segment percent-encoded (å, spaces, #), the slashes kept. */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * Fingerprints from rule, file and JSON pointer: no line or column, so a finding keeps its
 * fingerprint when lines are added above it, and code scanning keeps its alert (and its dismissal).
 * One rule can find several things at one pointer (two missing fields at ''); like GitHub's own
 * `primaryLocationLineHash`, the second and later get `:2`, `:3` in finding order.
 */
export function fingerprintsOf(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const hash = createHash('sha256').update(`${d.rule}\0${d.file}\0${d.pointer}`, 'utf8').digest('hex');
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}:${count}`;
  });
}

import { EXCEPTION_MARK } from '../model/exception-mark.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic, type MessageSpec } from '../model/messages.js';
import type { SourceFile } from '../load/source.js';
import { guardsReading, knownRuleIds } from './rule-ids.js';
import { didYouMean } from '../model/suggest.js';

/*
 * Exceptions written in the file, where a reviewer sees them beside what they accept:
 *
 *   # samverkan-disable-next-line agreement/max-length -- KS beslut 2023-05-10 § 88
 *   # samverkan-disable-file follow-up/measure-coverage, reference/goal -- motivering
 *
 * The reason after ` -- ` is required. "Next line" is the next line that is neither blank nor a
 * comment, so several exceptions can stand above one line. An exception with a mistake in it
 * accepts nothing, so that it cannot hide more than it says.
 */

const DIRECTIVES = ['samverkan-disable-next-line', 'samverkan-disable-file'] as const;
const COMMENT = /^\s*#\s*(samverkan-disable[\w-]*)(.*)$/;

const MESSAGES = {
  'missing-reason': {
    message: { sv: 'Undantaget saknar motivering', en: 'The exception gives no reason' },
    hint: {
      sv: 'Skriv varför fyndet godtas efter två bindestreck, till exempel: # {directive} {rules} -- KS beslut 2023-05-10 § 88.',
      en: 'Write why the finding is accepted after two hyphens, for example: # {directive} {rules} -- KS decision 2023-05-10 § 88.',
    },
  },
  'no-rule': {
    message: { sv: 'Undantaget namnger ingen regel', en: 'The exception names no rule' },
    hint: {
      sv: 'Skriv regelns id, till exempel: # {directive} agreement/max-length -- motivering.',
      en: "Write the rule's id, for example: # {directive} agreement/max-length -- reason.",
    },
  },
  'unknown-rule': {
    message: { sv: 'Okänd regel "{rule}" i undantaget{suggestion}', en: 'Unknown rule "{rule}" in the exception{suggestion}' },
    hint: { sv: 'Skriv ett regel-id som samverkan rules listar.', en: 'Write a rule id that samverkan rules lists.' },
  },
  'not-suppressible': {
    message: { sv: 'Regeln {rule} kan inte undantas', en: 'The rule {rule} cannot be excepted' },
    hint: {
      sv: 'Rätta filen i stället: regler som skyddar läsningen av filerna och undantagens egna regler gäller alltid.',
      en: 'Fix the file instead: rules that guard the reading of files and the rules of exceptions always apply.',
    },
  },
  'unknown-directive': {
    message: { sv: 'Okänt undantag "{name}"{suggestion}', en: 'Unknown exception "{name}"{suggestion}' },
    hint: {
      sv: 'Ett undantag skrivs # samverkan-disable-next-line REGEL -- motivering, eller # samverkan-disable-file REGEL -- motivering.',
      en: 'An exception is written # samverkan-disable-next-line RULE -- reason, or # samverkan-disable-file RULE -- reason.',
    },
  },
  unused: {
    message: { sv: 'Undantaget för {rule} undantar ingenting', en: 'The exception for {rule} excepts nothing' },
    hint: {
      sv: 'Ta bort regeln ur kommentaren, eller hela kommentaren: det finns inget sådant fynd {where}.',
      en: 'Remove the rule from the comment, or the whole comment: there is no such finding {where}.',
    },
  },
} satisfies Record<string, MessageSpec>;

const WHERE = {
  'next-line': { sv: 'på raden under', en: 'on the line below' },
  file: { sv: 'i filen', en: 'in the file' },
} as const;

interface Directive {
  scope: 'next-line' | 'file';
  rules: string[];
  reason: string;
  /** The line it accepts findings on; undefined for the whole file, or when no line follows. */
  target: number | undefined;
  at: { line: number; start: number; end: number };
}

export interface SuppressionResult {
  /** The findings no exception accepts. */
  active: Diagnostic[];
  /** The accepted ones, each with its reason in `suppressed`. */
  suppressed: Diagnostic[];
  /** What is wrong with the exceptions themselves, and the ones that accept nothing. */
  findings: Diagnostic[];
}

/** Applies the exceptions written in the files to the findings. */
export function applySuppressions(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, SourceFile>, lang: Lang): SuppressionResult {
  const findings: Diagnostic[] = [];
  const byFile = new Map<string, Directive[]>();
  const lookups = new Map<string, (rule: string, line: number) => Directive | undefined>();
  for (const [file, source] of sources) {
    // Most files have no exception: the fast path saw it in no comment, or one scan of the text decides it.
    if (source.exceptionLines === false || !source.text.includes(EXCEPTION_MARK)) continue;
    const directives = readDirectives(source, lang, findings);
    if (directives.length > 0) {
      byFile.set(file, directives);
      lookups.set(file, directiveLookup(directives));
    }
  }
  if (byFile.size === 0) return { active: [...diagnostics], suppressed: [], findings };
  const used = new Set<string>();
  const active: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const directive = lookups.get(diagnostic.file)?.(diagnostic.rule, diagnostic.start.line);
    if (!directive) {
      active.push(diagnostic);
      continue;
    }
    used.add(`${diagnostic.file}:${directive.at.line}:${diagnostic.rule}`);
    suppressed.push({ ...diagnostic, suppressed: { kind: 'comment', reason: directive.reason } });
  }
  for (const [file, directives] of byFile) {
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (used.has(`${file}:${directive.at.line}:${rule}`)) continue;
        const where = WHERE[directive.scope][lang];
        findings.push(finding(file, directive.at, 'suppression/unused', 'unused', { rule, where }, lang, 'warning'));
      }
    }
  }
  return { active, suppressed, findings };
}

/**
 * The first of a file's exceptions, in the file's order, that accepts a finding of `rule` on
 * `line`: found through a table by rule and by line, since a file can hold thousands of
 * exceptions and findings, and trying each exception for each finding was quadratic.
 */
function directiveLookup(directives: readonly Directive[]): (rule: string, line: number) => Directive | undefined {
  const wholeFile = new Map<string, Directive>();
  const byLine = new Map<string, Directive>();
  for (const directive of directives) {
    if (directive.scope === 'next-line' && directive.target === undefined) continue;
    for (const rule of directive.rules) {
      const [table, key] = directive.scope === 'file' ? [wholeFile, rule] : [byLine, `${directive.target}:${rule}`];
      if (!table.has(key)) table.set(key, directive);
    }
  }
  return (rule, line) => {
    const [file, next] = [wholeFile.get(rule), byLine.get(`${line}:${rule}`)];
    return file && next ? (file.at.line < next.at.line ? file : next) : (file ?? next);
  };
}

/** The valid exceptions of a file; what is wrong with the others goes to `findings`. */
function readDirectives(source: SourceFile, lang: Lang, findings: Diagnostic[]): Directive[] {
  const lines = source.text.split('\n').map((line) => line.replace(/\r$/, ''));
  const directives: Directive[] = [];
  lines.forEach((text, i) => {
    const match = COMMENT.exec(text);
    if (!match) return;
    const name = match[1]!;
    const at = { line: i + 1, start: text.indexOf('#') + 1, end: text.length + 1 };
    const problem = (messageId: keyof typeof MESSAGES, data: Record<string, string>) =>
      findings.push(finding(source.path, at, 'suppression/invalid', messageId, { directive: name, ...data }, lang, 'error'));
    if (!(DIRECTIVES as readonly string[]).includes(name)) {
      problem('unknown-directive', { name, suggestion: didYouMean(name, DIRECTIVES, lang) });
      return;
    }
    const rest = match[2]!;
    const cut = rest.search(/\s--(\s|$)/);
    const rules = (cut < 0 ? rest : rest.slice(0, cut)).split(/[\s,]+/).filter((r) => r !== '');
    const reason = cut < 0 ? '' : rest.slice(cut).replace(/^\s--/, '').trim();
    const before = findings.length;
    if (rules.length === 0) problem('no-rule', {});
    for (const rule of rules) {
      if (!knownRuleIds().has(rule)) problem('unknown-rule', { rule, suggestion: didYouMean(rule, knownRuleIds(), lang) });
      else if (!suppressible(rule)) problem('not-suppressible', { rule });
    }
    if (rules.length > 0 && reason === '') problem('missing-reason', { rules: rules.join(', ') });
    if (findings.length > before) return;
    const scope = name === 'samverkan-disable-file' ? 'file' : 'next-line';
    const next = lines.findIndex((line, j) => j > i && line.trim() !== '' && !line.trim().startsWith('#'));
    directives.push({ scope, rules, reason, target: scope === 'file' || next < 0 ? undefined : next + 1, at });
  });
  return directives;
}

/** Reading guards stay errors everywhere; the exceptions' own findings cannot except themselves. */
export function suppressible(rule: string): boolean {
  return !guardsReading(rule) && !rule.startsWith('suppression/') && !rule.startsWith('baseline/');
}

function finding(
  file: string,
  at: Directive['at'],
  rule: string,
  messageId: keyof typeof MESSAGES,
  data: Record<string, string>,
  lang: Lang,
  severity: 'error' | 'warning',
): Diagnostic {
  return createDiagnostic(
    {
      rule,
      messageId,
      spec: MESSAGES[messageId],
      data,
      severity,
      file,
      start: { line: at.line, column: at.start },
      end: { line: at.line, column: at.end },
    },
    lang,
  );
}

import type { DocumentOptions, ParseOptions, SchemaOptions, YAMLError } from 'yaml';
import type { Diagnostic, Severity } from '../../../model/diagnostic.js';
import type { Lang } from '../../../model/lang.js';
import { createDiagnostic, type MessageSpec } from '../../../model/messages.js';
import { LIMITS } from '../../limits.js';
import type { AliasBudget } from '../../run-budget.js';
import type { LoadedDocument, LoadedFile } from '../../loaded-document.js';
import type { SourceFile } from '../../source.js';
import { commentInValueFindings } from '../comment-in-value.js';
import { CAUSE_MESSAGES, PARSER_WARNING, YAML_FINDINGS, YAML_MESSAGES, syntaxMessage } from '../messages.js';
import { locateInTree } from './locate-tree.js';
import { mayExceedDepth, scanDepth } from './scan-depth.js';
import { toPlain, type PlainIssue } from './to-plain.js';
import { TreeIndex } from './tree-index.js';
import { explainErrors, isSyntaxError } from './explain.js';
import { yamlLib } from './yaml-lib.js';

/**
 * Every file is parsed the same locked-down way: the YAML 1.2 core schema whatever `%YAML`
 * directive the file has (so `yes` stays text and `2023-06-20` a date string), no merge keys, no
 * custom tags, and a silent parser: its findings come back as diagnostics. Keys are unique, but
 * toPlain finds the duplicates: yaml compares each new key with every earlier one of its mapping,
 * which took minutes for a mapping of 100 000 keys.
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  merge: false,
  customTags: [],
  resolveKnownTags: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  logLevel: 'silent',
  keepSourceTokens: false,
};

/**
 * The exact path: yaml's parser and composer, every finding a diagnostic, positions from yaml's
 * tree. Never throws for anything in the file. `reason` says why the fast path did not read it;
 * `budget` is the file's share of what aliases may expand to.
 */
export function parseExact(source: SourceFile, lang: Lang, reason: string, budget: AliasBudget): LoadedFile {
  const diagnostics: Diagnostic[] = [];
  const at = (
    rule: string,
    messageId: string,
    spec: MessageSpec,
    range: readonly [number, number],
    data: Record<string, string | number> = {},
    severity: Severity = 'error',
    pointer = '',
  ) =>
    diagnostics.push(
      createDiagnostic(
        {
          rule,
          messageId,
          spec,
          data,
          severity,
          file: source.path,
          start: source.positionAt(range[0]),
          end: source.positionAt(range[1]),
          pointer,
        },
        lang,
      ),
    );

  const depth = mayExceedDepth(source.text, LIMITS.maxDepth) ? scanDepth(source.text, LIMITS.maxDepth) : undefined;
  if (depth?.overAt !== undefined) {
    at('yaml/too-deep', 'too-deep', YAML_MESSAGES['too-deep'], [depth.overAt, depth.overAt + 1], { max: LIMITS.maxDepth });
    return { path: source.path, documents: [], diagnostics, parsedBy: { path: 'exact', reason } };
  }

  const parse = (text: string) => {
    const trees = yamlLib().parseAllDocuments(text, OPTIONS);
    return Array.isArray(trees) ? trees : [];
  };
  const trees = parse(source.text);
  const explained = trees.some((doc) => doc.errors.some(isSyntaxError)) ? explainErrors(source, trees, parse) : undefined;
  for (const cause of explained?.causes ?? []) {
    const start = (source.lineOffsets[cause.line] as number) + cause.column;
    at('yaml/syntax', cause.id, CAUSE_MESSAGES[cause.id], [start, start + cause.end - cause.column], cause.data);
  }
  // What the causes leave unexplained: the errors and issues of the text with them put right.
  const toOriginal = explained?.toOriginal ?? ((offset: number) => offset);
  const mapped = (range: readonly [number, number]): [number, number] | undefined => {
    const start = toOriginal(range[0]);
    if (start === undefined) return undefined;
    return [start, Math.max(start, toOriginal(range[1]) ?? start)];
  };
  // The text put right is read on a copy of the budget, so that it meets the limits the file does.
  const explainedBudget = explained && budget.fork();
  for (const doc of explained?.trees ?? trees) {
    for (const error of doc.errors) reportParserFinding(error, 'error', mapped(error.pos));
    if (explained) for (const issue of toPlain(doc, explained.text, explainedBudget!).issues) reportIssue(issue, mapped(issue.range));
  }
  const documents: LoadedDocument[] = [];
  for (const doc of trees) {
    for (const warning of doc.warnings) reportParserFinding(warning, 'warning', warning.pos);
    if (doc.contents === null || (doc.contents.range[0] === doc.contents.range[2] && isEmptyScalar(doc.contents))) continue;
    const index = new TreeIndex(doc);
    const { data, issues, complete, comments } = toPlain(doc, source.text, budget, index);
    if (!explained) for (const issue of issues) reportIssue(issue, issue.range);
    const wellFormed = complete && doc.errors.length === 0;
    // A document with a syntax error is left at that finding: its text may be read quite wrongly.
    if (!doc.errors.some(isSyntaxError)) for (const finding of commentInValueFindings(source, comments, (c) => c.pointer, lang)) diagnostics.push(finding);
    documents.push({
      file: source.path,
      index: documents.length,
      data,
      wellFormed,
      source,
      span: [doc.range[0], doc.range[2]],
      locate: (pointer, on) => locateInTree(doc, pointer, on, index),
    });
  }
  if (documents.length === 0 && diagnostics.length === 0 && hasContent(source.text)) {
    // Content that yields no document (a lone directive, an anchor on nothing) would vanish unseen.
    at('yaml/no-document', 'no-document', YAML_MESSAGES['no-document'], [0, source.lineText(1).length]);
  }
  return { path: source.path, documents, diagnostics, parsedBy: { path: 'exact', reason } };

  function reportParserFinding(error: YAMLError, severity: Severity, pos: readonly [number, number] | undefined) {
    if (pos === undefined) return;
    const range: [number, number] = [pos[0], Math.max(pos[1], pos[0])];
    if (!isSyntaxError(error)) {
      // Reported by toPlain, at the key or tag itself and with the node's pointer.
    } else if (severity === 'warning') {
      at('yaml/warning', error.code.toLowerCase(), PARSER_WARNING, range, { detail: error.message }, 'warning');
    } else {
      at('yaml/syntax', error.code.toLowerCase(), syntaxMessage(error.code), range, { detail: firstLine(error.message) });
    }
  }

  function reportIssue(issue: PlainIssue, range: readonly [number, number] | undefined) {
    if (range) at(`yaml/${issue.rule ?? issue.id}`, issue.id, YAML_FINDINGS[issue.id], range, issue.data, 'error', issue.pointer);
  }
}

function hasContent(text: string): boolean {
  return text.split('\n').some((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---' && trimmed !== '...';
  });
}

function isEmptyScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && node.value === null;
}

function firstLine(message: string): string {
  return (message.split(/\r\n?|\n/)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

import type { Document, DocumentOptions, ParseOptions, SchemaOptions, YAMLError } from 'yaml';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic, type MessageSpec } from '../model/messages.js';
import { startOfKeys } from './fast-starts.js';
import { fastStarts, parseFastYaml } from './fast-yaml.js';
import { locate } from './locate.js';
import { LIMITS } from './limits.js';
import type { LoadedDocument, LoadedFile } from './loaded-document.js';
import { scanDepth } from './scan-depth.js';
import type { SourceFile } from './source.js';
import { toPlain } from './to-plain.js';
import { PARSER_WARNING, YAML_MESSAGES, syntaxMessage } from './yaml-messages.js';
import { yamlLib } from './yaml-lib.js';

/**
 * Every file is parsed the same locked-down way: the YAML 1.2 core schema whatever `%YAML`
 * directive the file has (so `yes` stays text and `2023-06-20` a date string), no merge keys, no
 * custom tags, unique keys, and a silent parser: its findings come back as diagnostics.
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  merge: false,
  customTags: [],
  resolveKnownTags: false,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  logLevel: 'silent',
  keepSourceTokens: false,
};

/**
 * Parses a file's documents. Never throws for anything in the file.
 *
 * Most files take the fast path, which gives the same data as the exact path below and nothing
 * else; the exact tree, with the positions diagnostics need, is built only if something asks for
 * it. Files the fast path does not take (anything unusual, every mistake) go the exact way.
 */
export function parseYaml(source: SourceFile, lang: Lang, options: { exact?: boolean } = {}): LoadedFile {
  const fast = options.exact ? undefined : parseFastYaml(source.text);
  if (fast) return { path: source.path, documents: fast.map((data, index) => lazyTree(source, index, data)), diagnostics: [] };
  return parseExact(source, lang);
}

/** A document whose `yaml` tree is parsed on first use (for a position), once per file. */
function lazyTree(source: SourceFile, index: number, data: unknown): LoadedDocument {
  return {
    file: source.path,
    index,
    data,
    wellFormed: true,
    source,
    get yaml() {
      let trees = treesBySource.get(source);
      if (trees === undefined) treesBySource.set(source, (trees = parseTrees(source.text)));
      return trees[index] as Document.Parsed;
    },
    startOf(pointer) {
      if (pointer === '' || PLAIN_KEYS.test(pointer)) {
        const keys = pointer === '' ? [] : pointer.slice(1).split('/');
        const start = startOfKeys({ text: source.text, offsets: source.lineOffsets }, index, keys);
        if (start !== undefined) return start;
      }
      let starts = startsBySource.get(source);
      if (starts === undefined) startsBySource.set(source, (starts = fastStarts(source.text) ?? null));
      const byPointer = starts?.[index];
      return (byPointer && startIn(byPointer, pointer)) ?? locate(this.yaml, pointer)[0];
    },
  };
}

/** Trees and start tables made for positions, held only as long as their file. */
const treesBySource = new WeakMap<SourceFile, Document.Parsed[]>();
const startsBySource = new WeakMap<SourceFile, Map<string, number>[] | null>();
/** A pointer through keys the fast path could have read (no list index, no escapes). */
const PLAIN_KEYS = /^(?:\/[A-Za-z_][A-Za-z0-9_-]*)+$/;

/**
 * The start of the deepest node on the pointer's path, as `locate` finds it; undefined for a
 * pointer it reads differently from the table (not absolute, or a list index such as `01`).
 */
function startIn(starts: ReadonlyMap<string, number>, pointer: string): number | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  if (/\/0\d/.test(pointer)) return undefined;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const start = starts.get(p);
    if (start !== undefined || p === '') return start;
  }
}

function parseTrees(text: string): Document.Parsed[] {
  const parsed = yamlLib().parseAllDocuments(text, OPTIONS);
  return Array.isArray(parsed) ? parsed : [];
}

/** The exact path: yaml's parser and composer, every finding a diagnostic. */
function parseExact(source: SourceFile, lang: Lang): LoadedFile {
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

  const depth = scanDepth(source.text, LIMITS.maxDepth);
  if (depth.overAt !== undefined) {
    at('yaml/too-deep', 'too-deep', YAML_MESSAGES['too-deep'], [depth.overAt, depth.overAt + 1], { max: LIMITS.maxDepth });
    return { path: source.path, documents: [], diagnostics };
  }

  const documents: LoadedDocument[] = [];
  for (const doc of parseTrees(source.text)) {
    for (const error of doc.errors) reportParserFinding(error, 'error');
    for (const warning of doc.warnings) reportParserFinding(warning, 'warning');
    if (doc.contents === null || (doc.contents.range[0] === doc.contents.range[2] && isEmptyScalar(doc.contents))) continue;
    const { data, issues, complete } = toPlain(doc, source.text);
    for (const issue of issues) {
      at(`yaml/${issue.id}`, issue.id, YAML_MESSAGES[issue.id], issue.range, issue.data, 'error', issue.pointer);
    }
    const wellFormed = complete && doc.errors.every((e) => e.code === 'DUPLICATE_KEY');
    documents.push({
      file: source.path,
      index: documents.length,
      data,
      wellFormed,
      source,
      yaml: doc,
      startOf: (pointer) => locate(doc, pointer)[0],
    });
  }
  if (documents.length === 0 && diagnostics.length === 0 && hasContent(source.text)) {
    // Content that yields no document (a lone directive, an anchor on nothing) would vanish unseen.
    at('yaml/no-document', 'no-document', YAML_MESSAGES['no-document'], [0, source.lineText(1).length]);
  }
  return { path: source.path, documents, diagnostics };

  function reportParserFinding(error: YAMLError, severity: Severity) {
    const range: [number, number] = [error.pos[0], Math.max(error.pos[1], error.pos[0])];
    if (error.code === 'DUPLICATE_KEY' || error.code === 'TAG_RESOLVE_FAILED') {
      // Reported by toPlain, at the key or tag itself and with the node's pointer.
    } else if (severity === 'warning') {
      at('yaml/warning', error.code.toLowerCase(), PARSER_WARNING, range, { detail: error.message }, 'warning');
    } else {
      at('yaml/syntax', error.code.toLowerCase(), syntaxMessage(error.code), range, { detail: firstLine(error.message) });
    }
  }
}

function hasContent(text: string): boolean {
  return text.split('\n').some((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---' && trimmed !== '...';
  });
}

function isEmptyScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function firstLine(message: string): string {
  return (message.split(/\r\n?|\n/)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

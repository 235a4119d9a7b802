import type { Lang } from '../../model/lang.js';
import { RunBudget, type AliasBudget } from '../run-budget.js';
import type { LoadedDocument, LoadedFile } from '../loaded-document.js';
import type { SourceFile } from '../source.js';
import { commentInValueFindings } from './comment-in-value.js';
import { parseExact } from './exact/parse-exact.js';
import { parseFast } from './fast/parser.js';

const FAST = Object.freeze({ path: 'fast' as const });

/**
 * Parses a file's documents, the one way into this folder (README.md beside it). Never throws for
 * anything in the file.
 *
 * Most files take the fast path: their data and positions, the same the exact path gives, come
 * from one pass over the lines, without yaml; its only findings are `yaml/comment-in-value`
 * warnings, from what it recorded. Files it does not take (anything unusual, every mistake) go to
 * yaml's exact parser, which also gives the diagnostics. With `exact`, every file goes the exact
 * way (slower, the same result: for comparisons). `budget` is the file's share of what aliases
 * may expand to (README, "Gränser"); default: a run of its own.
 */
export function parseYaml(source: SourceFile, lang: Lang, options: { exact?: boolean; budget?: AliasBudget } = {}): LoadedFile {
  const fast = options.exact ? 'asked' : parseFast(source.text);
  if (typeof fast === 'string') return parseExact(source, lang, fast, options.budget ?? new RunBudget().forFile());
  const { documents: data, positions, comments } = fast;
  source.exceptionLines = fast.exceptionLines;
  const documents = data.map(
    (value, index): LoadedDocument => ({
      file: source.path,
      index,
      data: value,
      wellFormed: true,
      source,
      span: positions.spanOf(index),
      locate: (pointer, on = 'value') => positions.locate(index, value, pointer, on),
    }),
  );
  const diagnostics = comments.length === 0 ? [] : commentInValueFindings(source, comments, (c) => positions.pointerOf(c.node, data), lang);
  return { path: source.path, documents, diagnostics, parsedBy: FAST };
}

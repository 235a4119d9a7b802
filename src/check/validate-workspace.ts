import { realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { compareDiagnostics, compareStrings, type Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { rootFinder } from '../model/root-of-path.js';
import { assertFolder } from '../load/load-repository.js';
import { applyBaseline, parseBaseline } from './baseline.js';
import { applySeverities, type CheckedDocument } from './check.js';
import { capPerFile, countSeverities } from './finding-cap.js';
import { validateRepository, type ValidationResult } from './validate-repository.js';
import type { ResolvedWorkspace } from './workspace-file.js';

export interface WorkspaceValidateOptions {
  /** Language of everything, each root's findings included. Default: each root's own (see WorkspaceValidation.lang). */
  lang?: Lang;
  /** `exact` parses every file with yaml's full parser: slower, the same result (for comparisons). */
  parser?: 'fast' | 'exact';
  /**
   * A baseline file's text, and its path as findings name it (relative to the workspace, with
   * `/`): one baseline for the whole run, keyed by workspace paths, so an entry of one root is
   * never counted unused by another.
   */
  baseline?: { file: string; text: string };
  /** Every finding, none held back by the per-file cap: for writing a baseline, which must hold them all. */
  uncapped?: boolean;
}

/** One root of a workspace, checked with its own configuration. */
export interface RootValidation extends ValidationResult {
  /** The root relative to the workspace's folder, with `/`; `''` for that folder itself. */
  label: string;
}

export interface WorkspaceValidation {
  /** The folder every path is relative to. */
  base: string;
  /**
   * The language of what belongs to the whole run (headings, summaries): `--lang`, else the
   * workspace file's `language:`, else the language every root speaks, else Swedish. Each
   * root's findings are in its own language (`--lang`, else its `language:`).
   */
  lang: Lang;
  /** Every root, those found below another included, in order of their label. */
  roots: RootValidation[];
  /** Every file checked, relative to the workspace, root by root. */
  files: string[];
  documents: CheckedDocument[];
  /**
   * The findings that count, grouped by root, each root's sorted by file, line, column and rule;
   * capped per file as one repository's are (ValidationResult.diagnostics).
   */
  diagnostics: Diagnostic[];
  /** Every error and warning that counts, those the cap left out included. */
  totals: { errors: number; warnings: number };
  /** Findings an exception or the baseline accepts, grouped and sorted alike. */
  suppressed: Diagnostic[];
}

/**
 * Checks every root of a workspace on its own: its own `samverkan.yaml` (language, rules,
 * exclude), its ids and references, none of which cross into another root. A folder below a root
 * that holds its own `samverkan.yaml` is a root too; the outer one does not read it. Paths are
 * relative to the workspace's folder, so they name the root.
 */
export async function validateWorkspace(workspace: ResolvedWorkspace, options: WorkspaceValidateOptions = {}): Promise<WorkspaceValidation> {
  const given = await Promise.all(workspace.roots.map((root) => assertFolder(root, options.lang ?? 'sv')));
  const givenReals = given.map((root) => realpathSync.native(root));
  // One folder named twice (through a link, or as a/ and ./a) is checked once.
  const firstOf = new Map<string, number>();
  givenReals.forEach((real, i) => {
    if (!firstOf.has(real)) firstOf.set(real, i);
  });
  const listed = given.filter((_, i) => firstOf.get(givenReals[i]!) === i);
  const reals = [...firstOf.keys()];
  const inside = rootsInside(reals);
  const roots = (
    await Promise.all(
      // Listed roots inside this one are theirs, whether or not they have a samverkan.yaml.
      listed.map((root, i) => validateTree(workspace.base, root, inside.get(reals[i]!) ?? new Set<string>(), options)),
    )
  ).flat();
  roots.sort((a, b) => compareStrings(a.label, b.label));
  const agreed = new Set(roots.map((r) => r.lang));
  const lang = options.lang ?? workspace.language ?? (agreed.size === 1 ? roots[0]!.lang : 'sv');
  let diagnostics = roots.flatMap((r) => r.diagnostics);
  let suppressed = roots.flatMap((r) => r.suppressed);
  if (options.baseline) {
    const rootOf = rootFinder(roots.map((r) => r.label));
    // The baseline file's own findings (an entry that matches nothing) follow its root's rules: severities.
    const owner = roots[rootOf(options.baseline.file)];
    const baselined = applyBaseline(diagnostics, parseBaseline(options.baseline.text, options.baseline.file, owner?.lang ?? lang), owner?.lang ?? lang);
    diagnostics = sortByRoot(applySeverities(baselined.active, owner?.config.rules), rootOf);
    suppressed = sortByRoot([...suppressed, ...baselined.suppressed], rootOf);
  }
  // Without a baseline each root capped its own findings; with one, the cap follows the baseline.
  const capped = options.uncapped
    ? { diagnostics, ...countSeverities(diagnostics) }
    : options.baseline === undefined
      ? { diagnostics, ...sumTotals(roots) }
      : capFindings(diagnostics, roots, lang);
  return {
    base: workspace.base,
    lang,
    roots,
    files: roots.flatMap((r) => r.files),
    documents: roots.flatMap((r) => r.documents),
    diagnostics: capped.diagnostics,
    totals: { errors: capped.errors, warnings: capped.warnings },
    suppressed,
  };
}

function sumTotals(roots: readonly RootValidation[]): { errors: number; warnings: number } {
  return roots.reduce((sum, r) => ({ errors: sum.errors + r.totals.errors, warnings: sum.warnings + r.totals.warnings }), { errors: 0, warnings: 0 });
}

/**
 * The per-file cap (finding-cap.ts) over a workspace's findings grouped by root, each root's
 * "more findings" in its own language; with the errors and warnings counted before the cap.
 */
export function capFindings(grouped: readonly Diagnostic[], roots: readonly RootValidation[], lang: Lang): { diagnostics: Diagnostic[]; errors: number; warnings: number } {
  const rootOf = rootFinder(roots.map((r) => r.label));
  const result = { diagnostics: [] as Diagnostic[], errors: 0, warnings: 0 };
  for (let start = 0; start < grouped.length; ) {
    const root = rootOf(grouped[start]!.file);
    let end = start + 1;
    while (end < grouped.length && rootOf(grouped[end]!.file) === root) end++;
    const part = capPerFile(grouped.slice(start, end), roots[root]?.lang ?? lang);
    result.diagnostics.push(...part.diagnostics);
    result.errors += part.errors;
    result.warnings += part.warnings;
    start = end;
  }
  return result;
}

/** Findings by root, in the roots' order, each root's as findings are always sorted; each finding's root found once. */
function sortByRoot(list: Diagnostic[], rootOf: (path: string) => number): Diagnostic[] {
  const order = new Map<Diagnostic, number>();
  for (const d of list) order.set(d, rank(rootOf(d.file)));
  return list.sort((a, b) => order.get(a)! - order.get(b)! || compareDiagnostics(a, b));
}

/** Findings of no root (the baseline file's, beside the roots) come last. */
function rank(root: number): number {
  return root === -1 ? Number.MAX_SAFE_INTEGER : root;
}

/** A root and, depth first, every root its walk found below it. */
async function validateTree(base: string, root: string, otherRoots: ReadonlySet<string>, options: WorkspaceValidateOptions): Promise<RootValidation[]> {
  const label = labelOf(base, root);
  const result = await validateRepository({
    root,
    lang: options.lang,
    parser: options.parser,
    prefix: label === '' ? '' : `${label}/`,
    otherRoots,
    // A workspace baseline is applied to all of a root's findings, and the cap follows it.
    uncapped: options.uncapped === true || options.baseline !== undefined,
  });
  const below = await Promise.all(result.roots.map((nested) => validateTree(base, nested, otherRoots, options)));
  return [{ ...result, label }, ...below.flat()];
}

/**
 * For each real path, the others below it, found by looking up each path's folders among them: a
 * comparison of every pair is quadratic in a region's roots.
 */
export function rootsInside(reals: readonly string[]): Map<string, Set<string>> {
  const listed = new Set(reals);
  const inside = new Map<string, Set<string>>();
  for (const real of reals) {
    for (let folder = real, up = dirname(real); up !== folder; folder = up, up = dirname(up)) {
      // As a prefix test reads it: the file system's root (`/` + `/`) holds no listed root.
      if (!listed.has(up) || !real.startsWith(up + sep)) continue;
      inside.set(up, (inside.get(up) ?? new Set<string>()).add(real));
    }
  }
  return inside;
}

function labelOf(base: string, root: string): string {
  return relative(base, root).split(sep).join('/');
}

import { compareStrings, type Diagnostic, type Severity } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import { rootFinder } from '../../model/root-of-path.js';
import { countBySeverity, countedIn, type FormatInput, type WorkspaceRoot } from './formatter.js';

/*
 * Words the CI formats (github, junit, markdown) share. The summary line has the same wording as
 * pretty's last line, without colour, so a log reads the same whichever format wrote it.
 */

const SUMMARY = {
  clean: {
    sv: '✔ Inga problem: {files} filer och {documents} dokument kontrollerade.',
    en: '✔ No problems: {files} files and {documents} documents checked.',
  },
  found: {
    sv: '✖ {counts} i {affected} av {files} filer ({documents} dokument kontrollerade).',
    en: '✖ {counts} in {affected} of {files} files ({documents} documents checked).',
  },
  cleanRoots: {
    sv: '✔ Inga problem: {roots} arkiv, {files} filer och {documents} dokument kontrollerade.',
    en: '✔ No problems: {roots} repositories, {files} files and {documents} documents checked.',
  },
  foundRoots: {
    sv: '✖ {counts} i {affected} av {files} filer i {affectedRoots} av {roots} arkiv ({documents} dokument kontrollerade).',
    en: '✖ {counts} in {affected} of {files} files in {affectedRoots} of {roots} repositories ({documents} documents checked).',
  },
  root: { sv: 'Arkiv {root}: {counts}', en: 'Repository {root}: {counts}' },
  noRoot: { sv: 'Utanför arkiven: {counts}', en: 'Outside the repositories: {counts}' },
  and: { sv: 'och', en: 'and' },
  suppressed: {
    sv: '{count} godtagna fynd visas inte (--format json listar dem).',
    en: '{count} accepted findings not shown (--format json lists them).',
  },
  changedSince: {
    sv: 'Bara filer som ändrats sedan {base} (--changed).',
    en: 'Only files changed since {base} (--changed).',
  },
  suppressedOne: {
    sv: '1 godtaget fynd visas inte (--format json listar det).',
    en: '1 accepted finding not shown (--format json lists it).',
  },
} as const;

const SEVERITY = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
} as const;

/** `fel` / `varning`, as pretty names a finding's severity. */
export function severityWord(severity: Severity, lang: Lang): string {
  return localize(SEVERITY[severity], lang);
}

/** `3 fel`, `1 varning`, `2 warnings`: a count with its noun in the right number. */
export function countPhrase(count: number, severity: Severity, lang: Lang): string {
  if (severity === 'error') return `${count} ${lang === 'sv' ? 'fel' : count === 1 ? 'error' : 'errors'}`;
  return `${count} ${lang === 'sv' ? (count === 1 ? 'varning' : 'varningar') : count === 1 ? 'warning' : 'warnings'}`;
}

/** `3 fel och 2 varningar`: the non-zero counts joined; empty when both are zero. */
export function countsPhrase(errors: number, warnings: number, lang: Lang): string {
  const parts: string[] = [];
  if (errors > 0) parts.push(countPhrase(errors, 'error', lang));
  if (warnings > 0) parts.push(countPhrase(warnings, 'warning', lang));
  return parts.join(` ${localize(SUMMARY.and, lang)} `);
}

/** The plain last line: `✔ Inga problem: …` or `✖ 9 fel i 4 av 4 filer (5 dokument kontrollerade).` */
export function summaryLine(input: FormatInput, lang: Lang): string {
  const data = { files: input.files.length, documents: input.documents, roots: input.roots?.length ?? 1 };
  const { errors, warnings } = countedIn(input);
  const accepted = input.suppressed?.length ?? 0;
  const changed = input.changedSince === undefined ? '' : ` ${localize(SUMMARY.changedSince, lang, { base: input.changedSince })}`;
  const tail = `${changed}${accepted === 0 ? '' : ` ${localize(accepted === 1 ? SUMMARY.suppressedOne : SUMMARY.suppressed, lang, { count: accepted })}`}`;
  if (errors + warnings === 0) return `${localize(input.roots ? SUMMARY.cleanRoots : SUMMARY.clean, lang, data)}${tail}`;
  const affected = new Set(input.diagnostics.map((d) => d.file)).size;
  const counts = countsPhrase(errors, warnings, lang);
  if (!input.roots) return `${localize(SUMMARY.found, lang, { ...data, affected, counts })}${tail}`;
  return `${localize(SUMMARY.foundRoots, lang, { ...data, affected, counts, affectedRoots: groupByRoot(input.diagnostics, input.roots).filter(([root]) => root !== undefined).length })}${tail}`;
}

/** `Arkiv kommuner/gnesta: 2 fel och 1 varning`, the heading of a root's findings (or of those under none). */
export function rootHeading(root: WorkspaceRoot | undefined, diagnostics: readonly Diagnostic[], lang: Lang): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const counts = countsPhrase(errors, warnings, lang);
  if (root === undefined) return localize(SUMMARY.noRoot, lang, { counts });
  return localize(SUMMARY.root, lang, { root: root.label === '' ? '.' : root.label, counts });
}

/**
 * The findings of each root that has findings, in the roots' order: a finding belongs to the root with
 * the longest label its file starts with, since a root's folder may hold other roots. Findings of
 * a file under no root (a baseline beside them) come last, under `undefined`.
 */
export function groupByRoot(diagnostics: readonly Diagnostic[], roots: readonly WorkspaceRoot[]): [WorkspaceRoot | undefined, Diagnostic[]][] {
  const rootOf = rootFinder(roots.map((r) => r.label));
  const found = new Map<WorkspaceRoot | undefined, Diagnostic[]>();
  for (const d of diagnostics) {
    const root = roots[rootOf(d.file)];
    const list = found.get(root);
    if (list) list.push(d);
    else found.set(root, [d]);
  }
  return [...roots, undefined].flatMap((r) => (found.has(r) ? [[r, found.get(r)!] as [WorkspaceRoot | undefined, Diagnostic[]]] : []));
}
/**
 * Every file to report on, in path order: the checked files, plus any file a finding names that
 * is not among them (samverkan.yaml, say), so no finding is left without its file.
 */
export function filesInOrder(input: FormatInput): string[] {
  return [...new Set([...input.files, ...input.diagnostics.map((d) => d.file)])].sort(compareStrings);
}

/** The findings of each file, keeping their order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

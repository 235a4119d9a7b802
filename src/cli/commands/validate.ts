import { appendFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { ruleCatalog } from '../../check/rule-catalog.js';
import { capFindings, validateWorkspace, type WorkspaceValidation } from '../../check/validate-workspace.js';
import type { ResolvedWorkspace } from '../../check/workspace-file.js';
import { UsageError } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import type { FormatInput, FormatOptions, SourceLines } from '../../present/formatters/formatter.js';
import { isFormatName, loadFormatter, type FormatName } from '../../present/formatters/index.js';
import { STEP_SUMMARY_LIMIT, fitStepSummary } from '../../present/formatters/step-summary.js';
import { countPhrase } from '../../present/formatters/summary-line.js';
import { readBaselineFile, updateBaseline } from '../baseline-file.js';
import { changedFiles, type ChangedFiles } from '../changed-files.js';
import { EXIT } from '../exit-codes.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { ValidateOptions } from '../program.js';
import { VERSION } from '../version.js';
import { openWorkspace } from '../workspace.js';
import { repositoryInputs, writeOutput } from '../write-atomic.js';

/** `samverkan validate`: check the repository, print the findings, exit 1 on errors. */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  // Checked before the repository is read, so a typo costs no time and prints nothing else.
  const requested = options.lang ?? 'sv';
  const maxWarnings = parseMaxWarnings(options.maxWarnings, requested);
  if (options.base !== undefined && !options.changed) {
    throw new UsageError(localize({ sv: '--base gäller bara med --changed.', en: '--base applies only with --changed.' }, requested));
  }
  if (options.changed && options.updateBaseline) {
    // A baseline written from the changed files alone would lose every other file's entries.
    throw new UsageError(
      localize(
        { sv: '--update-baseline skriver hela arkivets fynd; kör det utan --changed.', en: "--update-baseline writes the whole repository's findings; run it without --changed." },
        requested,
      ),
    );
  }
  const workspace = await openWorkspace(options, io);
  const changed = options.changed ? await changedInWorkspace(workspace, options.base, requested) : undefined;
  const baseline = await readBaselineFile(io, workspace.base, options.baseline, options.updateBaseline === true, requested);
  const checked = await validateWorkspace(workspace, {
    lang: options.lang,
    baseline: baseline?.text === undefined || options.updateBaseline ? undefined : { file: baseline.shown, text: baseline.text },
    // A new baseline holds every finding; --changed caps what is left of them after choosing.
    uncapped: (options.updateBaseline === true && baseline !== undefined) || changed !== undefined,
  });
  // Every file the run read, which no output may replace: each root's, and the workspace file.
  // Made only when something is written: a path per file read, which no plain run needs.
  const inputs = () => [...repositoryInputs(...checked.roots), ...(workspace.file === undefined ? [] : [workspace.file])];
  const updated = baseline && options.updateBaseline ? await updateBaseline(io, checked, baseline, inputs()) : checked;
  // With --changed every file is still read, so that cross-file rules see the whole repository;
  // only the changed files' findings are shown and counted, and only they are said to be checked.
  const result = changed ? onlyChanged(updated, changed.files) : updated;
  const lang = result.lang;
  const shown = (list: readonly Diagnostic[]) => (options.quiet ? list.filter((d) => d.severity === 'error') : list);
  const diagnostics = shown(result.diagnostics);
  const sources = new Map<string, SourceLines>();
  for (const { document } of result.documents) sources.set(document.file, document.source);

  const format = chooseFormat(options, io);
  const input: FormatInput = {
    diagnostics,
    files: result.files,
    documents: result.documents.length,
    source: (file) => sources.get(file),
    rules: ruleCatalog(lang),
    suppressed: shown(result.suppressed),
    changedSince: changed?.base,
    roots: result.roots.length > 1 ? result.roots.map((r) => ({ label: r.label, files: r.files, lang: r.lang })) : undefined,
    totals: options.quiet ? { errors: result.totals.errors, warnings: 0 } : result.totals,
  };
  const formatOptions: FormatOptions = {
    lang,
    paint: createPaint(format === 'pretty' && options.output === undefined && wantsColor(io, options.color)),
    version: VERSION,
  };
  const text = (await loadFormatter(format)).format(input, formatOptions);
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: inputs() });
  else io.stdout(text);
  if (format === 'github') await appendStepSummary(io, (await loadFormatter('markdown')).format(input, formatOptions), lang);

  // Counted before --quiet hides them, and with those a file had beyond the findings shown:
  // neither may let a run slip under the limit.
  const { errors, warnings } = result.totals;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`samverkan: ${localize(TOO_MANY, lang, { warnings: countPhrase(warnings, 'warning', lang), max: maxWarnings })}\n`);
    return EXIT.problems;
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

const TOO_MANY = {
  sv: '{warnings}, fler än de {max} som --max-warnings tillåter.',
  en: '{warnings}, more than the {max} that --max-warnings allows.',
} as const;

/**
 * `--format` when given; otherwise the format the CI system at hand reads: inside GitHub Actions,
 * github on stdout, where workflow commands become annotations (in a file GitHub would never read
 * them); inside GitLab CI, gitlab, the Code Quality report that `artifacts:reports:codequality`
 * publishes from the file a job writes (`--output` or a redirect). Elsewhere pretty. A job that
 * also wants readable findings in its log asks for `--format pretty`.
 */
export function chooseFormat(options: Pick<ValidateOptions, 'format' | 'output'>, io: Pick<Io, 'env'>): FormatName {
  if (isFormatName(options.format)) return options.format;
  if (io.env.GITHUB_ACTIONS === 'true' && options.output === undefined) return 'github';
  return io.env.GITLAB_CI === 'true' ? 'gitlab' : 'pretty';
}

/** The --max-warnings value as a number: a non-negative whole number, or a usage error. */
export function parseMaxWarnings(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (/^\d+$/.test(value) && Number.isSafeInteger(n)) return n;
  throw new UsageError(
    localize(
      { sv: '--max-warnings ska vara ett heltal som är 0 eller större, inte "{value}".', en: '--max-warnings takes a whole number of 0 or more, not "{value}".' },
      lang,
      { value },
    ),
  );
}

/**
 * Appends the Markdown summary to the file GitHub names in GITHUB_STEP_SUMMARY (never
 * overwriting what earlier commands of the step wrote), cut so the whole file stays under the
 * 1 MiB GitHub accepts. A summary that cannot be written is reported but does not change the exit
 * code: the annotations and the log already carry every finding.
 */
async function appendStepSummary(io: Io, markdown: string, lang: Lang): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return;
  const target = resolve(io.cwd, path);
  try {
    const existing = await stat(target).then(
      (s) => s.size,
      () => 0,
    );
    // A blank line first, so the heading does not run on from what is already there.
    const separator = existing > 0 ? '\n' : '';
    const fitted = fitStepSummary(markdown, STEP_SUMMARY_LIMIT - 1 - existing - separator.length, lang);
    if (fitted !== '') await appendFile(target, `${separator}${fitted}`, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(
      `samverkan: ${localize(
        { sv: 'Kan inte skriva sammanfattningen till {path} ({reason}).', en: 'Cannot write the summary to {path} ({reason}).' },
        lang,
        { path, reason },
      )}\n`,
    );
  }
}

/**
 * The files changed since the base in every root given, relative to the workspace like every path
 * of the run: each root asks its own git, as a region's roots are often repositories of their own.
 * A root found below one of them is in that one's answer. The base is named once when every root
 * chose the same one.
 */
async function changedInWorkspace(workspace: ResolvedWorkspace, base: string | undefined, lang: Lang): Promise<ChangedFiles> {
  const files = new Set<string>();
  const bases = new Set<string>();
  for (const root of workspace.roots) {
    const label = relative(workspace.base, root).split(sep).join('/');
    const changed = await changedFiles(root, base, lang);
    bases.add(changed.base);
    for (const file of changed.files) files.add(label === '' ? file : `${label}/${file}`);
  }
  return { files, base: [...bases].join(', ') };
}

/** The run as the changed files see it: their files, documents and findings, and only theirs counted for the exit code. */
function onlyChanged(result: WorkspaceValidation, files: ReadonlySet<string>): WorkspaceValidation {
  const capped = capFindings(
    result.diagnostics.filter((d) => files.has(d.file)),
    result.roots,
    result.lang,
  );
  return {
    ...result,
    roots: result.roots.map((root) => ({ ...root, files: root.files.filter((f) => files.has(f)) })),
    files: result.files.filter((f) => files.has(f)),
    documents: result.documents.filter((d) => files.has(d.document.file)),
    diagnostics: capped.diagnostics,
    totals: { errors: capped.errors, warnings: capped.warnings },
    suppressed: result.suppressed.filter((d) => files.has(d.file)),
  };
}

import { validateWorkspace } from '../../check/validate-workspace.js';
import { workspaceOfRoots, type ResolvedWorkspace } from '../../check/workspace-file.js';
import { deriveWorkspace, type DerivedRoot, type DerivedWorkspace } from '../../derive/derive-workspace.js';
import { CONFIG_FILE } from '../../model/file-names.js';
import { parseDateArgument, todayInStockholm } from '../../domain/calendar/stockholm.js';
import type { Selection } from '../../derive/selection.js';
import type { Deadline } from '../../derive/types.js';
import type { Period } from '../../model/documents.js';
import { UsageError } from '../../errors.js';
import { localize, type Lang, type Localized, type MessageData } from '../../model/lang.js';
import { quote } from '../../model/visible-text.js';
import { promisesKey, type StatusFormatter, type StatusInput } from '../../present/status/status-view.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { ReportOptions, StatusOptions } from '../program.js';
import { VERSION } from '../version.js';
import { openWorkspace } from '../workspace.js';
import { repositoryInputs, writeOutput } from '../write-atomic.js';

export interface Derived {
  derived: DerivedWorkspace;
  workspace: ResolvedWorkspace;
  asOf: string;
  /** The language of the run (WorkspaceValidation.lang). */
  lang: Lang;
}

/** What status, deadlines and overview share: the as-of date, the workspace and its derivation. */
export async function loadDerived(options: StatusOptions, io: Io): Promise<Derived> {
  // Checked before any file is read, so a typo costs no time.
  const asOf = asOfOption(options);
  const workspace = await openWorkspace(options, io);
  return derive(workspace, asOf, options, io);
}

/**
 * One repository's derivation, for the report: a council's report is one kommun's. A folder that
 * holds several repositories (each with its own samverkan.yaml) is a usage error naming them.
 */
export async function loadDerivedRoot(options: ReportOptions, io: Io): Promise<Derived & { root: DerivedRoot }> {
  const asOf = asOfOption(options);
  const workspace = workspaceOfRoots(io.cwd, [options.root]);
  const result = await derive(workspace, asOf, options, io);
  const withDocuments = result.derived.roots.filter((r) => r.validation.files.some((f) => f !== r.validation.prefix + CONFIG_FILE));
  if (withDocuments.length > 1) {
    throw new UsageError(
      localize(
        {
          sv: '{root} innehåller flera arkiv med egen samverkan.yaml ({roots}); en rapport gäller ett arkiv. Ange ett av dem med --root.',
          en: '{root} holds several repositories with their own samverkan.yaml ({roots}); a report is of one. Give one of them with --root.',
        },
        result.lang,
        { root: options.root, roots: withDocuments.map((r) => r.validation.label || '.') },
      ),
    );
  }
  return { ...result, root: withDocuments[0] ?? result.derived.roots[0]! };
}

function asOfOption(options: { asOf?: string; lang?: Lang }): string {
  // "Today" is the date in Sweden, not in UTC: at 00:30 on 1 July in Stockholm it is still 30 June in UTC.
  return options.asOf === undefined ? todayInStockholm(new Date()) : asOfDate(options.asOf, options.lang ?? 'sv');
}

async function derive(workspace: ResolvedWorkspace, asOf: string, options: { lang?: Lang }, io: Io): Promise<Derived> {
  const derived = deriveWorkspace(await validateWorkspace(workspace, { lang: options.lang }), asOf);
  const lang = derived.validation.lang;
  if (derived.errors > 0 && derived.roots.length === 1) {
    io.stderr(
      `samverkan: ${localize(
        {
          sv: 'arkivet har {n} fel; dokument med fel räknas inte med. Kör samverkan validate för detaljer.',
          en: 'the repository has {n} errors; documents with errors are left out. Run samverkan validate for details.',
        },
        lang,
        { n: derived.errors },
      )}\n`,
    );
  } else if (derived.errors > 0) {
    // A region's coordinator needs to know whose repository to ask about.
    const where = derived.roots
      .filter((r) => r.errors > 0)
      .map((r) => localize({ sv: '{n} i {root}', en: '{n} in {root}' }, lang, { n: r.errors, root: r.validation.label === '' ? '.' : r.validation.label }))
      .join(', ');
    io.stderr(
      `samverkan: ${localize(
        {
          sv: 'arbetsytan har {n} fel ({where}); dokument med fel räknas inte med. Kör samverkan validate för detaljer.',
          en: 'the workspace has {n} errors ({where}); documents with errors are left out. Run samverkan validate for details.',
        },
        lang,
        { n: derived.errors, where },
      )}\n`,
    );
  }
  return { derived, workspace, asOf, lang };
}

const AS_OF_PROBLEMS = {
  form: { sv: '--as-of {value} är inget giltigt datum (ÅÅÅÅ-MM-DD).', en: '--as-of {value} is not a valid date (YYYY-MM-DD).' },
  'no-such-day': {
    sv: '--as-of {value} är inget giltigt datum: {month} {year} har {days} dagar.',
    en: '--as-of {value} is not a valid date: {month} {year} has {days} days.',
  },
  'out-of-range': {
    sv: '--as-of {value} ligger utanför åren {first}–{last}, som samverkan räknar med.',
    en: '--as-of {value} is outside the years {first}–{last} that samverkan works with.',
  },
} satisfies Record<string, Localized>;

function asOfDate(text: string, lang: Lang): string {
  const parsed = parseDateArgument(text, lang);
  if ('date' in parsed) return parsed.date;
  const { problem } = parsed;
  const data: MessageData =
    problem.kind === 'no-such-day'
      ? { month: problem.monthName, year: problem.year, days: problem.days }
      : problem.kind === 'out-of-range'
        ? { first: problem.first, last: problem.last }
        : {};
  throw new UsageError(localize(AS_OF_PROBLEMS[problem.kind], lang, { value: quote(text), ...data }));
}

export function statusInput(derived: DerivedWorkspace, asOf: string, deadlines: readonly Deadline[], selection: Selection): StatusInput {
  const agreements = derived.agreements.filter(selection.agreement);
  const promisePeriods = new Map<string, Period>();
  const rootOf = new Map(derived.roots.map((r) => [r.validation.label, r]));
  for (const { id, nextDeadline: next } of agreements) {
    if (next?.type !== 'citizen_promises_renewal' || next.subject === undefined) continue;
    // In a workspace of several roots the deadline names its root, where the promises are.
    const root = next.root === undefined ? derived.roots[0] : rootOf.get(next.root);
    const promises = root?.index.promisesOf(id).find((p) => p.data.id === next.subject);
    if (promises !== undefined) promisePeriods.set(promisesKey(next), promises.data.period);
  }
  return { asOf, agreements, deadlines, kommunNames: derived.kommunNames, promisePeriods };
}

export async function emit(formatter: StatusFormatter, input: StatusInput, run: Derived, options: StatusOptions, io: Io): Promise<void> {
  const { derived, lang } = run;
  // Each root's reminders are its own samverkan.yaml's.
  const reminders = new Map(derived.roots.map((r) => [r.validation.label, r.validation.config.deadlines?.reminder_days ?? [14]]));
  const text = formatter(input, {
    lang,
    paint: createPaint(options.output === undefined && wantsColor(io, options.color)),
    version: VERSION,
    reminderDays: (d) => reminders.get(d.root ?? '') ?? [14],
    stamp: () => `${(derived.latestRecordedDate ?? input.asOf).replace(/-/g, '')}T000000Z`,
  });
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: runInputs(run) });
  else io.stdout(text);
}

/** Every file a run read: each root's configuration and documents, and the workspace file. */
export function runInputs({ derived, workspace }: Pick<Derived, 'derived' | 'workspace'>): string[] {
  return [...repositoryInputs(...derived.validation.roots), ...(workspace.file === undefined ? [] : [workspace.file])];
}

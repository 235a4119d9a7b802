import type { RootValidation, WorkspaceValidation } from '../check/validate-workspace.js';
import type { IsoDate } from '../model/documents.js';
import { workingDays } from '../domain/calendar/working-days.js';
import { compareDeadlines } from './deadline.js';
import { deriveValidated, type DerivedRepository } from './derive-repository.js';
import { compareAgreements } from './status.js';
import type { AgreementStatus, Deadline } from './types.js';

/** One root's states and deadlines. */
export type DerivedRoot = DerivedRepository<RootValidation>;

/** What status, deadlines and overview show of a workspace: every root's, together. */
export interface DerivedWorkspace {
  validation: WorkspaceValidation;
  roots: DerivedRoot[];
  /** Errors over all roots: the documents they are in are left out of what is derived. */
  errors: number;
  /** Every root's agreements, sorted by first kommunkod, then valid_from, then id. */
  agreements: AgreementStatus[];
  /**
   * Every root's deadlines, done ones included, sorted by date; a kommun's duties under lag
   * (2023:196) once (see {@link deriveWorkspace}).
   */
  deadlines: Deadline[];
  /** The label of the root that is the kommun's own (the one with most of its documents). */
  homeOf(code: string): string;
  /** SCB's name of each kommun in the workspace, by code. */
  kommunNames: Map<string, string>;
  /** The latest date any root records: the calendar's stamp (DerivedRepository.latestRecordedDate). */
  readonly latestRecordedDate: IsoDate | undefined;
}

/**
 * Derives every root on its own (its own working days, its ids), then puts them together. A
 * kommun's duties under lag (2023:196) are the kommun's, not a repository's: a root that holds a
 * joint agreement derives them for the other kommun too, from none of its records. They are
 * listed once, from the root with the latest record of that kommun (the latest date, since the
 * next duty falls two years after the last record); among equal dates, from the kommun's own
 * root ({@link DerivedWorkspace.homeOf}).
 *
 * With more than one root, each deadline names its root (Deadline.root), so that agreements with
 * one id in two roots keep their calendar events apart.
 */
export function deriveWorkspace(validation: WorkspaceValidation, asOf: IsoDate): DerivedWorkspace {
  const several = validation.roots.length > 1;
  const calendar = workingDays();
  const roots = validation.roots.map((root): DerivedRoot => {
    // Not spread into a new object: that would read latestRecordedDate, which reads every document.
    const derived = deriveValidated(root, asOf, calendar);
    if (several) {
      for (const d of derived.deadlines) d.root = root.label;
    }
    return derived;
  });
  let homes: Map<string, string> | undefined;
  const homeOf = (code: string): string => (homes ??= ownRoots(roots)).get(code) ?? roots.find((r) => r.kommunNames.has(code))?.validation.label ?? '';
  const duties = new Map<string, Deadline>();
  const deadlines: Deadline[] = [];
  for (const root of roots) {
    for (const d of root.deadlines) {
      if (d.agreement !== null || !several) {
        deadlines.push(d);
        continue;
      }
      const key = `${d.municipalityCode ?? ''} ${d.type}`;
      const earlier = duties.get(key);
      const better = earlier === undefined || d.date > earlier.date || (d.date === earlier.date && d.root === homeOf(d.municipalityCode ?? ''));
      if (better) duties.set(key, d);
    }
  }
  deadlines.push(...duties.values());
  let latest: { date: IsoDate | undefined } | undefined;
  return {
    validation,
    roots,
    homeOf,
    errors: roots.reduce((sum, r) => sum + r.errors, 0),
    agreements: several ? roots.flatMap((r) => r.agreements).sort(compareAgreements) : roots[0]!.agreements,
    deadlines: several ? deadlines.sort(compareDeadlines) : deadlines,
    kommunNames: new Map(roots.flatMap((r) => [...r.kommunNames])),
    get latestRecordedDate() {
      latest ??= { date: roots.map((r) => r.latestRecordedDate).reduce<IsoDate | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined) };
      return latest.date;
    },
  };
}

/**
 * Each kommun's own root: the one with most of its documents (agreements it is the first kommun
 * of, its lägesbilder and åtgärdsplaner); among equals, the first. A region's repository that
 * holds a joint agreement names the kommun, but the kommun keeps its records in its own.
 */
function ownRoots(roots: readonly DerivedRoot[]): Map<string, string> {
  const best = new Map<string, { label: string; weight: number }>();
  for (const root of roots) {
    const weights = new Map<string, number>();
    const count = (code: string | undefined) => {
      if (code !== undefined) weights.set(code, (weights.get(code) ?? 0) + 1);
    };
    for (const a of root.agreements) count(a.municipalityCodes[0]);
    for (const doc of root.index.ofKind('situation_report')) count(doc.data.municipality_code);
    for (const doc of root.index.ofKind('action_plan')) count(doc.data.municipality_code);
    for (const [code, weight] of weights) {
      const earlier = best.get(code);
      if (earlier === undefined || weight > earlier.weight) best.set(code, { label: root.validation.label, weight });
    }
  }
  return new Map([...best].map(([code, { label }]) => [code, label]));
}

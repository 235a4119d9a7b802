import type { RootValidation, WorkspaceValidation } from '../check/validate-workspace.js';
import type { IsoDate } from '../model/documents.js';
import { compareDeadlines } from './deadline.js';
import { deriveValidated, type DerivedRepository } from './derive-repository.js';
import type { AgreementStatus, Deadline } from './types.js';

/** One root's states and deadlines. */
export interface DerivedRoot extends DerivedRepository {
  validation: RootValidation;
}

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
 * next duty falls two years after the last record); among equals, the first root.
 *
 * With more than one root, each deadline names its root (Deadline.root), so that agreements with
 * one id in two roots keep their calendar events apart.
 */
export function deriveWorkspace(validation: WorkspaceValidation, asOf: IsoDate): DerivedWorkspace {
  const several = validation.roots.length > 1;
  const roots = validation.roots.map((root): DerivedRoot => {
    const derived = deriveValidated(root, asOf);
    if (several) {
      for (const d of derived.deadlines) d.root = root.label;
    }
    return { ...derived, validation: root };
  });
  if (!several) {
    const only = roots[0]!;
    return { validation, roots, errors: only.errors, agreements: only.agreements, deadlines: only.deadlines, kommunNames: only.kommunNames, get latestRecordedDate() { return only.latestRecordedDate; } };
  }
  const duties = new Map<string, Deadline>();
  const deadlines: Deadline[] = [];
  for (const root of roots) {
    for (const d of root.deadlines) {
      if (d.agreement !== null) {
        deadlines.push(d);
        continue;
      }
      const key = `${d.municipalityCode ?? ''} ${d.type}`;
      const earlier = duties.get(key);
      if (earlier === undefined || d.date > earlier.date) duties.set(key, d);
    }
  }
  deadlines.push(...duties.values());
  let latest: { date: IsoDate | undefined } | undefined;
  return {
    validation,
    roots,
    errors: roots.reduce((sum, r) => sum + r.errors, 0),
    agreements: roots.flatMap((r) => r.agreements).sort(compareAgreements),
    deadlines: deadlines.sort(compareDeadlines),
    kommunNames: new Map(roots.flatMap((r) => [...r.kommunNames])),
    get latestRecordedDate() {
      latest ??= { date: roots.map((r) => r.latestRecordedDate).reduce<IsoDate | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined) };
      return latest.date;
    },
  };
}

/** The order deriveStatus gives one repository's agreements, over all roots; then the file. */
function compareAgreements(a: AgreementStatus, b: AgreementStatus): number {
  const codeA = a.municipalityCodes[0] ?? '\uffff';
  const codeB = b.municipalityCodes[0] ?? '\uffff';
  return compareText(codeA, codeB) || compareText(a.validFrom, b.validFrom) || compareText(a.id, b.id) || compareText(a.origin.file, b.origin.file);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

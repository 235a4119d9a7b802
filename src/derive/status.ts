import { municipalityCodes } from '../domain/agreement-facts.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import { daysBetween } from '../domain/calendar/dates.js';
import { currentAgreement } from './current-agreement.js';
import { compareDeadlines, deriveRun } from './deadline.js';
import { agreementDeadlines } from './deadlines.js';
import { kommunDeadlines } from './kommun-duties.js';
import { agreementState } from './state.js';
import type { AgreementStatus, Deadline, DeriveOptions } from './types.js';

export interface DerivedStatus {
  /** Sorted by first kommunkod, then valid_from, then id. */
  agreements: AgreementStatus[];
  /** Every deadline, done ones included (the CLI filters), sorted as deriveDeadlines sorts. */
  deadlines: Deadline[];
}

/** What `samverkan status` and `samverkan deadlines` show, as of `options.asOf`. */
export function deriveStatus(index: RepositoryIndex, options: DeriveOptions): DerivedStatus {
  const run = deriveRun(options);
  const deadlines: Deadline[] = [];
  const agreements = index.ofKind('agreement').map((doc): AgreementStatus => {
    const agreement = doc.data;
    // Each agreement's deadlines are kept with it rather than found again by id, so two
    // documents that (wrongly) share an id do not count each other's deadlines.
    const own = agreementDeadlines(doc, index, run).sort(compareDeadlines);
    deadlines.push(...own);
    return {
      id: agreement.id,
      title: agreement.title,
      municipalityCodes: municipalityCodes(agreement),
      state: agreementState(agreement, index, options.asOf),
      validFrom: agreement.valid_from,
      validTo: agreement.valid_to,
      daysLeft: daysBetween(options.asOf, agreement.valid_to),
      origin: run.origin(doc, ''),
      nextDeadline: own.find((d) => d.status !== 'done'),
      overdue: own.filter((d) => d.status === 'overdue').length,
      lawOverdue: 0,
    };
  });
  const duties = kommunDeadlines(index, run);
  countLawOverdue(agreements, duties);
  deadlines.push(...duties);
  return { agreements: agreements.sort(compareAgreements), deadlines: deadlines.sort(compareDeadlines) };
}

/** Adds each kommun's overdue duties to its current agreement, where it has one. */
function countLawOverdue(agreements: readonly AgreementStatus[], duties: readonly Deadline[]): void {
  const overdue = new Map<string, number>();
  for (const d of duties) {
    if (d.status === 'overdue' && d.municipalityCode !== null) overdue.set(d.municipalityCode, (overdue.get(d.municipalityCode) ?? 0) + 1);
  }
  if (overdue.size === 0) return;
  const byKommun = new Map<string, AgreementStatus[]>();
  for (const a of agreements) {
    for (const code of a.municipalityCodes) {
      if (!overdue.has(code)) continue;
      const held = byKommun.get(code);
      if (held === undefined) byKommun.set(code, [a]);
      else held.push(a);
    }
  }
  for (const [code, held] of byKommun) {
    const current = currentAgreement(held, (a) => a);
    if (current !== undefined) current.lawOverdue += overdue.get(code) ?? 0;
  }
}

/** An agreement without a kommun (which the check reports) sorts after those with one. */
export function compareAgreements(a: AgreementStatus, b: AgreementStatus): number {
  const codeA = a.municipalityCodes[0];
  const codeB = b.municipalityCodes[0];
  if (codeA !== codeB) {
    if (codeA === undefined) return 1;
    if (codeB === undefined) return -1;
    return codeA < codeB ? -1 : 1;
  }
  return compareText(a.validFrom, b.validFrom) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

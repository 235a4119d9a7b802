import { municipalityCodes } from '../domain/agreement-facts.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import { daysBetween } from '../domain/calendar/dates.js';
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
    };
  });
  deadlines.push(...kommunDeadlines(index, run));
  return { agreements: agreements.sort(compareAgreements), deadlines: deadlines.sort(compareDeadlines) };
}

/** An agreement without a kommun (which the check reports) sorts after those with one. */
function compareAgreements(a: AgreementStatus, b: AgreementStatus): number {
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

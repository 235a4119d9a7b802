import type { IsoDate } from '../model/documents.js';
import type { Deadline, DeadlineType, DeriveOptions, Origin } from './types.js';
import { workingDays } from '../domain/calendar/working-days.js';
import { origins, type OriginOf } from './origins.js';

/** What a kind of deadline knows before the as-of date and the working-day rule are applied. */
export interface DeadlineFacts {
  type: DeadlineType;
  nominalDate: IsoDate;
  /** Only agreement deadlines can be done; a kommun's rolling duties never are. */
  done: boolean;
  subject?: string;
  origin: Origin;
}

/** The as-of date, the working-day rule and the origins of one derivation. */
export interface DeriveRun {
  asOf: IsoDate;
  /** The date a deadline falls on: the next working day, or the date itself with the rule off. */
  moved(date: IsoDate): IsoDate;
  origin: OriginOf;
}

export function deriveRun(options: DeriveOptions): DeriveRun {
  // `!== false`: the rule is on by default (format.md), also for a caller that leaves it out.
  const moved = options.workingDays === false ? (date: IsoDate) => date : (options.calendar ?? workingDays()).nextWorkingDay;
  return { asOf: options.asOf, moved, origin: origins() };
}

/** Whose deadline it is: an agreement's (with its first kommun), or a kommun's duty (agreement null). */
export interface DeadlineOwner {
  agreement: string | null;
  municipalityCode: string | null;
}

/**
 * Applies format.md's last paragraph of "Deadlines": the working-day rule (never to `expiry`, a
 * date of record), then the status: done, else overdue once D is after the (moved) date, else
 * upcoming. On the date itself a deadline is still upcoming: there is the whole day left.
 */
export function makeDeadline(facts: DeadlineFacts, owner: DeadlineOwner, run: DeriveRun): Deadline {
  const { type, nominalDate, done, subject, origin } = facts;
  const { agreement, municipalityCode } = owner;
  const date = type === 'expiry' ? nominalDate : run.moved(nominalDate);
  const status = done ? 'done' : run.asOf > date ? 'overdue' : 'upcoming';
  // Two literals rather than a spread: thousands of deadlines, and the key order is the output's.
  return subject === undefined
    ? { type, date, nominalDate, status, agreement, municipalityCode, origin }
    : { type, date, nominalDate, status, agreement, municipalityCode, subject, origin };
}

/** format.md lists the types in this order; ties on a date keep it (a review before the expiry). */
const TYPE_ORDER: Readonly<Record<DeadlineType, number>> = {
  annual_review: 0,
  follow_up_report: 1,
  renewal_start: 2,
  expiry: 3,
  citizen_promises_renewal: 4,
  situation_report_update: 5,
  action_plan_review: 6,
};

/** The order format.md lists the types in, for ties on a date. */
export function compareDeadlineTypes(a: DeadlineType, b: DeadlineType): number {
  return TYPE_ORDER[a] - TYPE_ORDER[b];
}

/**
 * By date, then nominal date, then type, then agreement id; then kommun and subject so that the
 * order never depends on the order the files were read in.
 */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.nominalDate, b.nominalDate) ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    compareText(a.agreement ?? '', b.agreement ?? '') ||
    compareText(a.municipalityCode ?? '', b.municipalityCode ?? '') ||
    compareText(a.subject ?? '', b.subject ?? '') ||
    compareText(a.origin.file, b.origin.file) ||
    a.origin.line - b.origin.line
  );
}

/** Code-unit order, not the locale's: ids, codes and ISO dates are ASCII, and the order must not vary by machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { WorkingDays } from '../domain/calendar/working-days.js';
import type { IsoDate } from '../model/documents.js';

/** The life-cycle state of an agreement as of a date (format.md, "Derived state"). */
export type AgreementState = 'draft' | 'terminated' | 'superseded' | 'upcoming' | 'expired' | 'expiring' | 'active';

/** Every kind of deadline format.md defines ("Deadlines"). */
export type DeadlineType =
  | 'annual_review'
  | 'follow_up_report'
  | 'renewal_start'
  | 'expiry'
  | 'citizen_promises_renewal'
  | 'situation_report_update'
  | 'action_plan_review';

export type DeadlineStatus = 'done' | 'upcoming' | 'overdue';

/** Where a deadline comes from, so every output can name the file (and a position). */
export interface Origin {
  /** Relative to the root, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON Pointer of the field the date follows from. */
  readonly pointer: string;
}

export interface Deadline {
  type: DeadlineType;
  /** After the working-day rule (the same as nominal_date when it is off, and for expiry). */
  date: IsoDate;
  /** The date before the working-day rule moved it. */
  nominalDate: IsoDate;
  status: DeadlineStatus;
  /** The agreement's id; null for a kommun's duties under lag (2023:196). */
  agreement: string | null;
  /** The agreement's first kommunkod, or the kommun of the duty. */
  municipalityCode: string | null;
  /**
   * What the deadline is about, for titles: the followed-up year (follow_up_report), the
   * citizen_promises id (citizen_promises_renewal).
   */
  subject?: string;
  origin: Origin;
  /**
   * The root it was derived in, in a workspace of several roots (its label, relative to the
   * workspace; absent for a single root): ids are unique only within a root, so the calendar keeps
   * two roots' agreements of one id apart by it, and the root's samverkan.yaml sets its reminders.
   */
  root?: string;
}

export interface AgreementStatus {
  id: string;
  title: string;
  municipalityCodes: string[];
  state: AgreementState;
  validFrom: IsoDate;
  validTo: IsoDate;
  /** Days from the as-of date to valid_to: 0 on the last day, negative once passed. */
  daysLeft: number;
  origin: Origin;
  /** The earliest deadline of this agreement that is not done, if any. */
  nextDeadline: Deadline | undefined;
  /** How many of its deadlines are overdue. */
  overdue: number;
  /**
   * How many duties under lag (2023:196) of its kommuner are overdue, counted only where it is the
   * kommun's current agreement (derive/current-agreement.ts), so each kommun's duties count once.
   */
  lawOverdue: number;
}

export interface DeriveOptions {
  /** The as-of date, `YYYY-MM-DD` in Europe/Stockholm. */
  asOf: IsoDate;
  /** Move dates off weekends and holidays (format.md). Default: true. */
  workingDays: boolean;
  /**
   * The working-day calendar to move them by, shared by the roots of a workspace so that each
   * year's days off are worked out once. Default: a new one for this derivation.
   */
  calendar?: WorkingDays;
}

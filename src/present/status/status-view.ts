import type { AgreementStatus, Deadline } from '../../derive/types.js';
import type { IsoDate, Period } from '../../model/documents.js';
import type { Lang } from '../../model/lang.js';
import type { Paint } from '../formatters/formatter.js';

/** What `samverkan status` and `samverkan deadlines` give their formatters. */
export interface StatusInput {
  asOf: IsoDate;
  agreements: readonly AgreementStatus[];
  /** The deadlines to show, already filtered and sorted. */
  deadlines: readonly Deadline[];
  kommunNames: ReadonlyMap<string, string>;
  /**
   * The period of the citizen promises whose renewal is an agreement's next deadline, by
   * {@link promisesKey}, so that status can name their years. Empty where no such deadline is shown.
   */
  promisePeriods: ReadonlyMap<string, Period>;
}

/** The promises a renewal deadline is about: their id, after their root's label in a workspace (ids are unique per root). */
export function promisesKey(d: Pick<Deadline, 'root' | 'subject'>): string {
  return d.root === undefined ? (d.subject ?? '') : `${d.root}/${d.subject ?? ''}`;
}

export interface StatusFormatOptions {
  lang: Lang;
  paint: Paint;
  version: string;
  /**
   * For the calendar: reminder offsets in days, and a stamp that changes only with the data (a
   * function, since finding it walks the whole repository and only the calendar asks).
   */
  reminderDays: (deadline: Deadline) => readonly number[];
  stamp: () => string;
}

export type StatusFormatter = (input: StatusInput, options: StatusFormatOptions) => string;

import { municipalityCodes } from '../check/rules/agreement-facts.js';
import type { TypedDocument } from '../check/rules/rule.js';
import type { Agreement } from '../model/documents.js';
import { withMonthDay, yearOf } from '../domain/calendar/dates.js';
import { addYears } from '../domain/calendar/months.js';
import { compareDeadlines, deriveRun, makeDeadline, type DeadlineFacts, type DeriveRun } from './deadline.js';
import { kommunDeadlines } from './kommun-duties.js';
import { indexDocuments, originOf, type RepositoryIndex } from './repository-index.js';
import { renewalStart, signedSuccessors, stateInIndex } from './state.js';
import type { Deadline, DeriveOptions } from './types.js';

/** format.md: follow_up.due defaults to "03-31" in the year after the year followed up. */
export const DEFAULT_FOLLOW_UP_DUE = '03-31';

/**
 * Every deadline of the repository as of `options.asOf`, done ones included, exactly as format.md
 * ("Deadlines") defines them: the agreements' own (for each agreement not draft or terminated)
 * and each kommun's rolling duties under lag (2023:196). Sorted by date, nominal date, type and
 * agreement id.
 */
export function deriveDeadlines(documents: readonly TypedDocument[], options: DeriveOptions): Deadline[] {
  const index = indexDocuments(documents);
  const run = deriveRun(options);
  return [
    ...index.agreements.flatMap((doc) => agreementDeadlines(doc, index, run)),
    ...kommunDeadlines(index, run),
  ].sort(compareDeadlines);
}

/** One agreement's deadlines, unsorted; none while it is a draft or once it is terminated. */
export function agreementDeadlines(doc: TypedDocument<'agreement'>, index: RepositoryIndex, run: DeriveRun): Deadline[] {
  const agreement = doc.data;
  const state = stateInIndex(agreement, index, run.asOf);
  if (state === 'draft' || state === 'terminated') return [];
  const owner = { agreement: agreement.id, municipalityCode: municipalityCodes(agreement)[0] ?? null };
  // "Done when a signed agreement supersedes it": no date is compared, as in state 6 (expiring).
  const superseded = signedSuccessors(agreement, index).length > 0;
  const facts: DeadlineFacts[] = [
    ...annualReviews(doc, index),
    ...followUpReports(doc, index),
    { type: 'renewal_start', nominalDate: renewalStart(agreement), done: superseded, origin: originOf(doc, '/valid_to') },
    { type: 'expiry', nominalDate: agreement.valid_to, done: superseded, origin: originOf(doc, '/valid_to') },
    ...promisesRenewals(agreement, index),
  ];
  return facts.map((f) => makeDeadline(f, owner, run));
}

/**
 * Anniversaries of valid_from up to valid_to (29 February → 28 February only in a year without
 * one: 2024-02-29 + 4 years is 2028-02-29), or with review.due "MM-DD" that day in each year
 * inside (valid_from, valid_to]. Done by any annual_review of the agreement held in the same
 * calendar year as the nominal date (the moved date may fall in January of the next year). As
 * format.md compares no date with D here, a review recorded with a later held_on counts too.
 */
function annualReviews(doc: TypedDocument<'agreement'>, index: RepositoryIndex): DeadlineFacts[] {
  const { id, valid_from: from, valid_to: to, review } = doc.data;
  const heldYears = new Set((index.reviewsOf.get(id) ?? []).map((r) => yearOf(r.data.held_on)));
  const due = review?.due;
  const dates: string[] = [];
  if (due === undefined || due === 'anniversary') {
    for (let k = 1, date = addYears(from, 1); date <= to; k += 1, date = addYears(from, k)) dates.push(date);
  } else {
    for (let year = yearOf(from); year <= yearOf(to); year += 1) {
      const date = withMonthDay(year, due);
      if (date > from && date <= to) dates.push(date);
    }
  }
  // The date follows from valid_from, or from review.due when that names a day of its own.
  const origin = originOf(doc, due === undefined || due === 'anniversary' ? '/valid_from' : '/review/due');
  return dates.map((date) => ({ type: 'annual_review', nominalDate: date, done: heldYears.has(yearOf(date)), origin }));
}

/**
 * For each calendar year Y the validity touches, follow_up.due in Y+1; done when a follow_up for
 * (agreement, Y) has reported_on. A follow-up still being written (no reported_on) leaves it open.
 */
function followUpReports(doc: TypedDocument<'agreement'>, index: RepositoryIndex): DeadlineFacts[] {
  const { id, valid_from: from, valid_to: to, follow_up: followUp } = doc.data;
  const reported = new Set(
    (index.followUpsOf.get(id) ?? []).filter((f) => f.data.reported_on !== undefined).map((f) => f.data.year),
  );
  const origin = originOf(doc, followUp?.due === undefined ? '/valid_from' : '/follow_up/due');
  const facts: DeadlineFacts[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    facts.push({
      type: 'follow_up_report',
      nominalDate: withMonthDay(year + 1, followUp?.due ?? DEFAULT_FOLLOW_UP_DUE),
      done: reported.has(year),
      subject: String(year),
      origin,
    });
  }
  return facts;
}

/**
 * Each citizen_promises' period.to; done when a citizen_promises of the same agreement starts
 * after this one's period.from (format.md compares with the start, not the end: a successor that
 * overlaps still counts as the renewal).
 */
function promisesRenewals(agreement: Agreement, index: RepositoryIndex): DeadlineFacts[] {
  const promises = index.promisesOf.get(agreement.id) ?? [];
  return promises.map((doc) => ({
    type: 'citizen_promises_renewal',
    nominalDate: doc.data.period.to,
    done: promises.some((other) => other.data.period.from > doc.data.period.from),
    subject: doc.data.id,
    origin: originOf(doc, '/period/to'),
  }));
}

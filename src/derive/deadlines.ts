import { municipalityCodes } from '../domain/agreement-facts.js';
import { withMonthDay, yearOf } from '../domain/calendar/dates.js';
import { addYears } from '../domain/calendar/months.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import type { TypedDocument } from '../domain/typed-document.js';
import type { IsoDate } from '../model/documents.js';
import { compareDeadlines, deriveRun, makeDeadline, type DeadlineFacts, type DeriveRun } from './deadline.js';
import { kommunDeadlines } from './kommun-duties.js';
import { agreementState, renewalStart, signedSuccessors } from './state.js';
import type { Deadline, DeriveOptions } from './types.js';

/** format.md: follow_up.due defaults to "03-31" in the year after the year followed up. */
export const DEFAULT_FOLLOW_UP_DUE = '03-31';

/**
 * Every deadline of the repository as of `options.asOf`, done ones included, exactly as format.md
 * ("Deadlines") defines them: the agreements' own (for each agreement not draft or terminated)
 * and each kommun's rolling duties under lag (2023:196). Sorted by date, nominal date, type and
 * agreement id.
 */
export function deriveDeadlines(index: RepositoryIndex, options: DeriveOptions): Deadline[] {
  const run = deriveRun(options);
  return [...index.ofKind('agreement').flatMap((doc) => agreementDeadlines(doc, index, run)), ...kommunDeadlines(index, run)].sort(compareDeadlines);
}

/**
 * One agreement's deadlines, unsorted; none while it is a draft or once it is terminated. Records
 * dated after D have not happened: reviews held, follow-ups reported and successors signed later
 * do not count. Once a successor is signed, the agreement hands over: its reviews, follow-up
 * reports and promise renewals from the successor's valid_from on are the successor's to meet.
 */
export function agreementDeadlines(doc: TypedDocument<'agreement'>, index: RepositoryIndex, run: DeriveRun): Deadline[] {
  const agreement = doc.data;
  const state = agreementState(agreement, index, run.asOf);
  if (state === 'draft' || state === 'terminated') return [];
  const owner = { agreement: agreement.id, municipalityCode: municipalityCodes(agreement)[0] ?? null };
  // "Done when a signed agreement supersedes it": no date but the signing is compared, as in state 6.
  const successors = signedSuccessors(agreement, index, run.asOf);
  const handOver = successors.reduce<IsoDate | undefined>((first, s) => (first === undefined || s.valid_from < first ? s.valid_from : first), undefined);
  const handedOver = (f: DeadlineFacts) => handOver !== undefined && f.nominalDate >= handOver;
  const superseded = successors.length > 0;
  const facts: DeadlineFacts[] = [
    ...[...annualReviews(doc, index, run), ...followUpReports(doc, index, run)].filter((f) => !handedOver(f)),
    { type: 'renewal_start', nominalDate: renewalStart(agreement), done: superseded, origin: run.origin(doc, '/valid_to') },
    { type: 'expiry', nominalDate: agreement.valid_to, done: superseded, origin: run.origin(doc, '/valid_to') },
    ...promisesRenewals(doc, index, run).filter((f) => !handedOver(f)),
  ];
  return facts.map((f) => makeDeadline(f, owner, run));
}

/**
 * Anniversaries of valid_from up to valid_to (29 February → 28 February only in a year without
 * one: 2024-02-29 + 4 years is 2028-02-29), or with review.due "MM-DD" that day in each year
 * inside (valid_from, valid_to].
 */
export function reviewDates(agreement: TypedDocument<'agreement'>['data']): IsoDate[] {
  const { valid_from: from, valid_to: to, review } = agreement;
  const due = review?.due;
  const dates: IsoDate[] = [];
  if (due === undefined || due === 'anniversary') {
    for (let k = 1, date = addYears(from, 1); date <= to; k += 1, date = addYears(from, k)) dates.push(date);
  } else {
    for (let year = yearOf(from); year <= yearOf(to); year += 1) {
      const date = withMonthDay(year, due);
      if (date > from && date <= to) dates.push(date);
    }
  }
  return dates;
}

/**
 * The review deadlines, each done when a review held by D counts for it (format.md): a review held
 * after a deadline's nominal date and no later than its moved date counts for that deadline, so a
 * "12-31" review moved to 2 January can be met on 2 January; any other review counts for the
 * deadline of its own calendar year.
 */
function annualReviews(doc: TypedDocument<'agreement'>, index: RepositoryIndex, run: DeriveRun): DeadlineFacts[] {
  const dates = reviewDates(doc.data);
  const ofYear = new Map(dates.map((date) => [yearOf(date), date]));
  const done = new Set<IsoDate>();
  for (const review of index.reviewsOf(doc.data.id)) {
    const held = review.data.held_on;
    if (held > run.asOf) continue;
    const late = dates.find((date) => date < held && held <= run.moved(date));
    const counted = late ?? ofYear.get(yearOf(held));
    if (counted !== undefined) done.add(counted);
  }
  // The date follows from valid_from, or from review.due when that names a day of its own.
  const due = doc.data.review?.due;
  const origin = run.origin(doc, due === undefined || due === 'anniversary' ? '/valid_from' : '/review/due');
  return dates.map((date) => ({ type: 'annual_review', nominalDate: date, done: done.has(date), origin }));
}

/**
 * For each calendar year Y the validity touches, follow_up.due in Y+1; done when a follow_up for
 * (agreement, Y) has reported_on by D. A follow-up still being written (no reported_on) leaves it open.
 */
function followUpReports(doc: TypedDocument<'agreement'>, index: RepositoryIndex, run: DeriveRun): DeadlineFacts[] {
  const { id, valid_from: from, valid_to: to, follow_up: followUp } = doc.data;
  const reported = new Set(
    index
      .followUpsOf(id)
      .filter((f) => f.data.reported_on !== undefined && f.data.reported_on <= run.asOf)
      .map((f) => f.data.year),
  );
  const origin = run.origin(doc, followUp?.due === undefined ? '/valid_from' : '/follow_up/due');
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
 * overlaps still counts as the renewal). Only the latest start matters, found once: comparing
 * every pair was quadratic in an agreement's promises.
 */
function promisesRenewals(doc: TypedDocument<'agreement'>, index: RepositoryIndex, run: DeriveRun): DeadlineFacts[] {
  const promises = index.promisesOf(doc.data.id);
  let latestStart: IsoDate | undefined;
  for (const p of promises) if (latestStart === undefined || p.data.period.from > latestStart) latestStart = p.data.period.from;
  return promises.map((p) => ({
    type: 'citizen_promises_renewal',
    nominalDate: p.data.period.to,
    done: latestStart !== undefined && latestStart > p.data.period.from,
    subject: p.data.id,
    origin: run.origin(p, '/period/to'),
  }));
}

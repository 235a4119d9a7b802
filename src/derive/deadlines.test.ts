import { describe, expect, it } from 'vitest';
import type { TypedDocument } from '../domain/typed-document.js';
import { deriveDeadlines } from './deadlines.js';
import { agreement, annualReview, citizenPromises, followUp, indexOf } from './test-documents.js';
import type { Deadline, DeadlineType } from './types.js';

/** format.md, "Deadlines": the agreements' own. Every expected date is worked out by hand. */

const AS_OF = '2026-11-24';
const derive = (documents: TypedDocument[], asOf = AS_OF, workingDays = true) => deriveDeadlines(indexOf(documents), { asOf, workingDays });
const ofType = (deadlines: Deadline[], type: DeadlineType, id = 'a') =>
  deadlines.filter((d) => d.type === type && d.agreement === id).map(({ date, nominalDate, status, subject }) => ({ date, nominalDate, status, ...(subject === undefined ? {} : { subject }) }));
const dates = (deadlines: Deadline[], type: DeadlineType) => ofType(deadlines, type).map((d) => d.nominalDate);

describe('annual_review', () => {
  it('falls on each anniversary of valid_from while it is ≤ valid_to', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2027-06-20' });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2024-06-20', '2025-06-20', '2026-06-20', '2027-06-20']);
  });

  it('stops at the last anniversary before valid_to', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2027-05-31' });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2024-06-20', '2025-06-20', '2026-06-20']);
  });

  it('turns 29 February into 28 February only in a year without one', () => {
    const a = agreement({ id: 'a', valid_from: '2024-02-29', valid_to: '2028-12-31' });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('reads review.due: anniversary as the default', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2025-06-20', review: { due: 'anniversary' } });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2024-06-20', '2025-06-20']);
  });

  it('with review.due "MM-DD": that day in each year inside (valid_from, valid_to]', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31', review: { due: '04-30' } });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2024-04-30', '2025-04-30', '2026-04-30']);
  });

  it('excludes valid_from itself and includes valid_to', () => {
    const a = agreement({ id: 'a', valid_from: '2023-04-30', valid_to: '2025-04-30', review: { due: '04-30' } });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2024-04-30', '2025-04-30']);
  });

  it('with review.due "02-29": 28 February in a common year', () => {
    const a = agreement({ id: 'a', valid_from: '2023-01-01', valid_to: '2025-12-31', review: { due: '02-29' } });
    expect(dates(derive([a], AS_OF, false), 'annual_review')).toEqual(['2023-02-28', '2024-02-29', '2025-02-28']);
  });

  it.each([
    ['julafton 2027 (Fri) → Mon 27 Dec', '12-24', '2027-12-24', '2027-12-27'],
    ['långfredagen 2027 (26 Mar) → Tue 30 Mar, past annandag påsk', '03-26', '2027-03-26', '2027-03-30'],
    ['midsommarafton 2027 (Fri 25 Jun) → Mon 28 Jun', '06-25', '2027-06-25', '2027-06-28'],
    ['a plain Wednesday stays', '11-24', '2027-11-24', '2027-11-24'],
  ])('moves to the next working day: %s, keeping the nominal date', (_name, due, nominalDate, date) => {
    const a = agreement({ id: 'a', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due }, signedOn: '2026-11-01' });
    expect(ofType(derive([a]), 'annual_review')).toEqual([{ date, nominalDate, status: 'upcoming' }]);
  });

  it('is done by a review held in the same calendar year, before or after the date', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2027-06-20' });
    const reviews = [annualReview('a', '2024-01-15'), annualReview('a', '2025-11-30')];
    expect(ofType(derive([a, ...reviews]), 'annual_review').map((d) => d.status)).toEqual(['done', 'done', 'overdue', 'upcoming']);
  });

  it('is not done by a review held after D, before, on and after the day it is held', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2027-06-20' });
    const review = annualReview('a', '2025-05-15');
    const status2025 = (asOf: string) => ofType(derive([a, review], asOf), 'annual_review')[1]?.status;
    expect(status2025('2025-05-14')).toBe('upcoming');
    expect(status2025('2025-05-15')).toBe('done');
    expect(status2025('2025-06-30')).toBe('done');
  });

  it('credits a review held after the nominal date and no later than the moved date to that deadline', () => {
    // "12-31": 2025-12-31 is nyårsafton, 2026-01-01 nyårsdagen; it moves to Friday 2 January 2026.
    const a = agreement({ id: 'a', valid_from: '2025-01-01', valid_to: '2026-12-31', review: { due: '12-31' }, signedOn: '2024-12-01' });
    const held = (on: string, asOf = '2026-03-01') => ofType(derive([a, annualReview('a', on)], asOf), 'annual_review').map((d) => `${d.nominalDate} ${d.status}`);
    expect(held('2026-01-02')).toEqual(['2025-12-31 done', '2026-12-31 upcoming']);
    expect(held('2026-01-01')).toEqual(['2025-12-31 done', '2026-12-31 upcoming']);
    // Past the moved date it counts for the deadline of its own year.
    expect(held('2026-01-05')).toEqual(['2025-12-31 overdue', '2026-12-31 done']);
    // Before it is held, neither is done; the 2025 deadline is overdue from 3 January.
    expect(held('2026-01-02', '2026-01-01')).toEqual(['2025-12-31 upcoming', '2026-12-31 upcoming']);
    // Without the working-day rule the date does not move, so there is nothing to credit.
    expect(ofType(derive([a, annualReview('a', '2026-01-02')], '2026-03-01', false), 'annual_review').map((d) => d.status)).toEqual(['overdue', 'done']);
  });

  it('is not done by a review of another agreement', () => {
    const a = agreement({ id: 'a', valid_from: '2023-06-20', valid_to: '2025-06-20' });
    expect(ofType(derive([a, annualReview('b', '2024-06-20')]), 'annual_review').map((d) => d.status)).toEqual(['overdue', 'overdue']);
  });
});

describe('follow_up_report', () => {
  const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });

  it('for each calendar year the validity touches, 31 March of the year after; 2024-03-31 (Sunday, påskdagen) moves to 2024-04-02', () => {
    expect(ofType(derive([a]), 'follow_up_report')).toEqual([
      { date: '2024-04-02', nominalDate: '2024-03-31', status: 'overdue', subject: '2023' },
      { date: '2025-03-31', nominalDate: '2025-03-31', status: 'overdue', subject: '2024' },
      { date: '2026-03-31', nominalDate: '2026-03-31', status: 'overdue', subject: '2025' },
      { date: '2027-03-31', nominalDate: '2027-03-31', status: 'upcoming', subject: '2026' },
    ]);
  });

  it('touches a year by a single day', () => {
    const b = agreement({ id: 'a', valid_from: '2023-12-31', valid_to: '2024-01-01' });
    expect(ofType(derive([b]), 'follow_up_report').map((d) => d.subject)).toEqual(['2023', '2024']);
  });

  it('uses follow_up.due', () => {
    const b = agreement({ id: 'a', valid_from: '2024-01-01', valid_to: '2024-12-31', follow_up: { due: '05-15' } });
    expect(ofType(derive([b]), 'follow_up_report')).toEqual([{ date: '2025-05-15', nominalDate: '2025-05-15', status: 'overdue', subject: '2024' }]);
  });

  it('is not done by a follow-up reported after D: before, on and after the day', () => {
    const reported = followUp('a', 2025, '2026-03-20');
    const status = (asOf: string) => ofType(derive([a, reported], asOf), 'follow_up_report').find((d) => d.subject === '2025')?.status;
    expect(status('2026-03-19')).toBe('upcoming');
    expect(status('2026-03-20')).toBe('done');
    expect(status('2026-04-01')).toBe('done');
  });

  it('is done only by a follow-up of that year with reported_on; one without leaves it open', () => {
    const documents = [a, followUp('a', 2023, '2024-03-12'), followUp('a', 2024), followUp('a', 2025, '2026-04-20')];
    expect(ofType(derive(documents), 'follow_up_report').map((d) => d.status)).toEqual(['done', 'overdue', 'done', 'upcoming']);
  });
});

describe('renewal_start and expiry', () => {
  it('renewal_start is valid_to minus 6 months; expiry never moves, even on nyårsafton', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const deadlines = derive([a]);
    expect(ofType(deadlines, 'renewal_start')).toEqual([{ date: '2026-06-30', nominalDate: '2026-06-30', status: 'overdue' }]);
    expect(ofType(deadlines, 'expiry')).toEqual([{ date: '2026-12-31', nominalDate: '2026-12-31', status: 'upcoming' }]);
  });

  it('renewal_start moves off midsommardagen; expiry stays on a Sunday', () => {
    const a = agreement({ id: 'a', valid_from: '2023-01-01', valid_to: '2026-12-20' });
    const deadlines = derive([a], '2026-06-21');
    expect(ofType(deadlines, 'renewal_start')).toEqual([{ date: '2026-06-22', nominalDate: '2026-06-20', status: 'upcoming' }]);
    expect(ofType(deadlines, 'expiry')).toEqual([{ date: '2026-12-20', nominalDate: '2026-12-20', status: 'upcoming' }]);
  });

  it('uses renewal_notice_months, clamped to the end of the month', () => {
    const a = agreement({ id: 'a', valid_from: '2023-01-01', valid_to: '2027-08-31', renewal_notice_months: 6 });
    const b = agreement({ id: 'b', valid_from: '2023-10-01', valid_to: '2027-09-30', renewal_notice_months: 12 });
    const deadlines = derive([a, b], AS_OF, false);
    expect(ofType(deadlines, 'renewal_start').map((d) => d.nominalDate)).toEqual(['2027-02-28']);
    expect(ofType(deadlines, 'renewal_start', 'b').map((d) => d.nominalDate)).toEqual(['2026-09-30']);
  });

  it('both are done when a signed agreement supersedes it, even one not yet begun', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const b = agreement({ id: 'b', supersedes: 'a', valid_from: '2027-01-01', valid_to: '2030-12-31', signedOn: '2026-11-01' });
    const deadlines = derive([a, b]);
    expect(ofType(deadlines, 'renewal_start')[0]?.status).toBe('done');
    expect(ofType(deadlines, 'expiry')[0]?.status).toBe('done');
  });

  it('a successor signed after D does not make them done as of D', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const b = agreement({ id: 'b', supersedes: 'a', valid_from: '2027-01-01', valid_to: '2030-12-31', signedOn: '2026-11-01' });
    const status = (asOf: string) => ofType(derive([a, b], asOf), 'expiry')[0]?.status;
    expect(status('2026-10-31')).toBe('upcoming');
    expect(status('2026-11-01')).toBe('done');
    expect(status('2026-11-02')).toBe('done');
  });

  it('an unsigned successor does not make them done', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-06-20' });
    const draft = agreement({ id: 'b', supersedes: 'a', valid_from: '2026-09-01', valid_to: '2029-12-31', signedOn: null });
    const deadlines = derive([a, draft]);
    expect(ofType(deadlines, 'renewal_start')[0]?.status).toBe('overdue');
    expect(ofType(deadlines, 'expiry')[0]?.status).toBe('overdue');
    expect(deadlines.filter((d) => d.agreement === 'b')).toEqual([]);
  });
});

describe('citizen_promises_renewal', () => {
  const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2027-12-31' });

  it('falls on period.to; done when a later one starts after this one began', () => {
    const documents = [a, citizenPromises('p-2024', 'a', '2024-01-01', '2024-12-31'), citizenPromises('p-2025', 'a', '2025-01-01', '2025-12-31')];
    expect(ofType(derive(documents), 'citizen_promises_renewal')).toEqual([
      // 2024-12-31 is nyårsafton; 2025-01-01 nyårsdagen; Thursday 2 January is a working day.
      { date: '2025-01-02', nominalDate: '2024-12-31', status: 'done', subject: 'p-2024' },
      // 2025-12-31 nyårsafton (Wed), 2026-01-01 nyårsdagen (Thu) → Friday 2 January.
      { date: '2026-01-02', nominalDate: '2025-12-31', status: 'overdue', subject: 'p-2025' },
    ]);
  });

  it('a later one that overlaps still starts after this one began', () => {
    const documents = [a, citizenPromises('p-1', 'a', '2024-01-01', '2025-12-31'), citizenPromises('p-2', 'a', '2025-06-01', '2026-05-31')];
    expect(ofType(derive(documents), 'citizen_promises_renewal').map((d) => [d.subject, d.status])).toEqual([
      ['p-1', 'done'],
      ['p-2', 'overdue'],
    ]);
  });

  it('one starting the same day, or one of another agreement, does not count', () => {
    const b = agreement({ id: 'b', valid_from: '2023-07-01', valid_to: '2027-12-31' });
    const documents = [a, b, citizenPromises('p-1', 'a', '2025-01-01', '2025-12-31'), citizenPromises('p-1b', 'a', '2025-01-01', '2025-06-30'), citizenPromises('p-b', 'b', '2026-01-01', '2026-12-31')];
    expect(ofType(derive(documents), 'citizen_promises_renewal').map((d) => d.status)).toEqual(['overdue', 'overdue']);
  });
});

describe('hand-over to a successor', () => {
  // a runs 2023-07-01 – 2027-06-30; b supersedes it from 2025-07-01, signed 2025-05-01.
  const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2027-06-30', signedOn: '2023-06-20' });
  const b = agreement({ id: 'b', supersedes: 'a', valid_from: '2025-07-01', valid_to: '2028-12-31', signedOn: '2025-05-01' });
  const promises = [citizenPromises('p-2025', 'a', '2025-01-01', '2025-06-30'), citizenPromises('p-2026', 'a', '2026-01-01', '2026-12-31')];
  // By type, then date, for reading.
  const of = (asOf: string) =>
    derive([a, b, ...promises], asOf)
      .filter((d) => d.agreement === 'a')
      .map((d) => `${d.type} ${d.nominalDate} ${d.status}`)
      .sort();

  it("leaves reviews, follow-up reports and promise renewals from the successor's valid_from to the successor", () => {
    expect(of('2026-11-24')).toEqual([
      'annual_review 2024-07-01 overdue',
      'citizen_promises_renewal 2025-06-30 done',
      // renewal_start and expiry stay, done.
      'expiry 2027-06-30 done',
      'follow_up_report 2024-03-31 overdue',
      'follow_up_report 2025-03-31 overdue',
      'renewal_start 2026-12-30 done',
    ]);
  });

  it('only once the successor is signed: as of the day before, everything is its own', () => {
    expect(of('2025-04-30')).toEqual([
      'annual_review 2024-07-01 overdue',
      'annual_review 2025-07-01 upcoming',
      'annual_review 2026-07-01 upcoming',
      'citizen_promises_renewal 2025-06-30 done',
      'citizen_promises_renewal 2026-12-31 upcoming',
      'expiry 2027-06-30 upcoming',
      'follow_up_report 2024-03-31 overdue',
      'follow_up_report 2025-03-31 overdue',
      'follow_up_report 2026-03-31 upcoming',
      'follow_up_report 2027-03-31 upcoming',
      'follow_up_report 2028-03-31 upcoming',
      'renewal_start 2026-12-30 upcoming',
    ]);
    expect(of('2025-05-01')).toHaveLength(6);
  });
});

describe('which agreements have deadlines', () => {
  it('a draft has none', () => {
    const draft = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31', signedOn: null });
    expect(derive([draft]).filter((d) => d.agreement !== null)).toEqual([]);
  });

  it('a terminated one has none; before the terminating review it has them all', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const review = annualReview('a', '2025-06-01', 'terminated');
    expect(derive([a, review]).filter((d) => d.agreement !== null)).toEqual([]);
    expect(derive([a, review], '2025-05-31').filter((d) => d.agreement === 'a')).not.toEqual([]);
  });

  it('upcoming, expired and superseded ones keep theirs', () => {
    const upcoming = agreement({ id: 'a', valid_from: '2027-01-01', valid_to: '2029-12-31', signedOn: '2026-11-01' });
    const expired = agreement({ id: 'b', valid_from: '2019-01-01', valid_to: '2022-12-31' });
    expect(ofType(derive([upcoming, expired]), 'expiry').map((d) => d.nominalDate)).toEqual(['2029-12-31']);
    expect(ofType(derive([upcoming, expired]), 'expiry', 'b').map((d) => d.status)).toEqual(['overdue']);
  });
});

describe('fields of a deadline', () => {
  it('names the agreement, its first kommun, and where the date comes from', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31', municipalityCode: '1231', follow_up: { due: '04-15' } });
    const text = a.loaded.source.text;
    const at = (key: string) => {
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
      const value = (lines[line] ?? '').indexOf(':') + 2;
      return { line: line + 1, column: value + 1 };
    };
    const deadlines = derive([a]);
    const first = (type: DeadlineType) => deadlines.find((d) => d.type === type);
    expect(first('annual_review')).toMatchObject({ agreement: 'a', municipalityCode: '1231', origin: { file: 'agreements/a.yaml', pointer: '/valid_from', ...at('valid_from') } });
    expect(first('follow_up_report')?.origin).toEqual({ file: 'agreements/a.yaml', pointer: '/follow_up/due', ...at('due') });
    expect(first('renewal_start')?.origin).toEqual({ file: 'agreements/a.yaml', pointer: '/valid_to', ...at('valid_to') });
    expect(first('expiry')?.origin.pointer).toBe('/valid_to');
  });

  it('points a promises renewal at the promises’ own period.to', () => {
    const a = agreement({ id: 'a', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const p = citizenPromises('p', 'a', '2025-01-01', '2025-12-31');
    const origin = derive([a, p]).find((d) => d.type === 'citizen_promises_renewal')?.origin;
    expect(origin).toMatchObject({ file: 'citizen-promises/p.yaml', pointer: '/period/to' });
    expect(p.loaded.source.lineText(origin?.line ?? 0)).toContain('to: 2025-12-31');
  });
});

describe('status and working days', () => {
  // Review due Saturday 2027-11-06 (alla helgons dag) → Monday 2027-11-08.
  const a = agreement({ id: 'a', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due: '11-06' } });
  it.each([
    ['2027-11-06', 'upcoming'],
    ['2027-11-07', 'upcoming'],
    ['2027-11-08', 'upcoming'],
    ['2027-11-09', 'overdue'],
  ])('as of %s the review is %s: overdue only after the moved date', (asOf, status) => {
    expect(ofType(derive([a], asOf), 'annual_review')).toEqual([{ date: '2027-11-08', nominalDate: '2027-11-06', status }]);
  });

  it('working_days false keeps every nominal date', () => {
    const b = agreement({ id: 'b', valid_from: '2023-07-01', valid_to: '2026-12-31' });
    const deadlines = derive([a, b, citizenPromises('p', 'b', '2026-01-01', '2026-06-20')], '2027-11-08', false);
    expect(deadlines.length).toBeGreaterThan(10);
    for (const d of deadlines) expect(d.date).toBe(d.nominalDate);
    expect(ofType(deadlines, 'annual_review')).toEqual([{ date: '2027-11-06', nominalDate: '2027-11-06', status: 'overdue' }]);
  });
});

describe('order', () => {
  it('by date, then nominal date, then type, then agreement id', () => {
    // The reviews of c (Saturday 2027-11-06) and b (Sunday 2027-11-07) both move to Monday
    // 2027-11-08, the nominal date of d's and e's.
    const b = agreement({ id: 'b', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due: '11-07' } });
    const c = agreement({ id: 'c', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due: '11-06' } });
    const d = agreement({ id: 'd', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due: '11-08' } });
    const e = agreement({ id: 'e', valid_from: '2027-01-01', valid_to: '2027-12-31', review: { due: '11-08' } });
    const deadlines = derive([e, d, b, c], '2027-01-01').filter((x) => x.date === '2027-11-08');
    expect(deadlines.map((x) => `${x.nominalDate} ${x.type} ${x.agreement}`)).toEqual([
      '2027-11-06 annual_review c',
      '2027-11-07 annual_review b',
      '2027-11-08 annual_review d',
      '2027-11-08 annual_review e',
    ]);
    const all = derive([e, d, b, c], '2027-01-01');
    expect(all.map((x) => x.date)).toEqual([...all.map((x) => x.date)].sort());
  });

  it('a review on valid_to comes before the expiry on the same day', () => {
    const a = agreement({ id: 'a', valid_from: '2025-12-31', valid_to: '2026-12-31' });
    const sameDay = derive([a], AS_OF, false).filter((x) => x.date === '2026-12-31');
    expect(sameDay.map((x) => x.type)).toEqual(['annual_review', 'expiry']);
  });
});

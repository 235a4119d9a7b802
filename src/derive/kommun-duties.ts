import { lastAdoption, lastPlanDecision, type LawRecord } from '../domain/law-records.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import type { TypedDocument } from '../domain/typed-document.js';
import { addYears } from '../domain/calendar/months.js';
import type { IsoDate } from '../model/documents.js';
import { makeDeadline, type DeriveRun } from './deadline.js';
import type { Deadline, Origin } from './types.js';

/**
 * The transitional rule of lag (2023:196): no åtgärdsplan was required before 2024-07-01. A kommun
 * with no adopted lägesbild or decided plan owes both by that date.
 */
export const KOMMUN_DUTIES_FROM: IsoDate = '2024-07-01';

/** 6 §: "at least every second year". */
const DUTY_INTERVAL_YEARS = 2;

/** A document of any kind, seen only for its place in the source. */
type Placed = Pick<TypedDocument, 'loaded'>;

/**
 * Each kommun's rolling duties under lag (2023:196) 6 §: the next situation_report_update and the
 * next action_plan_review, one of each per kommun, upcoming or overdue (never done: doing one
 * only moves the next one two years on). Kommuner in code order; the caller sorts.
 */
export function kommunDeadlines(index: RepositoryIndex, run: DeriveRun): Deadline[] {
  const kommuner = kommunerOf(index, run);
  return [...kommuner.keys()].sort().flatMap((code) => {
    const first = kommuner.get(code) as Origin;
    return [
      duty('situation_report_update', code, lastAdoption(index, code, run.asOf), first, run),
      duty('action_plan_review', code, lastPlanDecision(index, code, run.asOf), first, run),
    ];
  });
}

function duty(type: 'situation_report_update' | 'action_plan_review', code: string, last: LawRecord | undefined, first: Origin, run: DeriveRun): Deadline {
  return makeDeadline(
    {
      type,
      nominalDate: dutyDueAfter(last?.date),
      done: false,
      origin: last === undefined ? first : run.origin(last.doc, last.pointer),
    },
    { agreement: null, municipalityCode: code },
    run,
  );
}

/** The date 6 § sets after the duty was last done on `last`; with none, the transitional rule's. */
export function dutyDueAfter(last: IsoDate | undefined): IsoDate {
  return last === undefined ? KOMMUN_DUTIES_FROM : addYears(last, DUTY_INTERVAL_YEARS);
}

/** One due date a kommun's rolling duty has had, and the date that met it, if any. */
export interface DutyStep {
  nominalDate: IsoDate;
  /** After the working-day rule when it is on. */
  date: IsoDate;
  /** The first date the duty was done after the step before; undefined while it is not. */
  doneOn: IsoDate | undefined;
}

/**
 * Every due date the rolling duty has had, oldest first: the transitional rule's date while none
 * was done, then two years after each date it was done. `kommunDeadlines` lists only the last of
 * these; the report shows the ones that fell in its year, with what met them.
 */
export function dutyHistory(doneDates: readonly IsoDate[], run: Pick<DeriveRun, 'moved'>): DutyStep[] {
  const dates = [...new Set(doneDates)].sort();
  return [undefined, ...dates].map((last, i) => {
    const nominalDate = dutyDueAfter(last);
    return { nominalDate, date: run.moved(nominalDate), doneOn: dates[i] };
  });
}

/**
 * Every kommun the repository names, each with the place it is first named: a municipality
 * party's code in an agreement (drafts and ended ones too: the kommun's duties do not depend on
 * an agreement), a situation report's or an action plan's municipality_code.
 */
function kommunerOf(index: RepositoryIndex, run: DeriveRun): Map<string, Origin> {
  const named: { code: string; doc: Placed; pointer: string }[] = [];
  for (const doc of index.ofKind('agreement')) {
    doc.data.parties.forEach((party, i) => {
      if (party.type === 'municipality' && party.municipality_code !== undefined) {
        named.push({ code: party.municipality_code, doc, pointer: `/parties/${i}/municipality_code` });
      }
    });
  }
  for (const doc of [...index.ofKind('situation_report'), ...index.ofKind('action_plan')]) {
    named.push({ code: doc.data.municipality_code, doc, pointer: '/municipality_code' });
  }
  // "First" in path order across kinds, not agreements before reports.
  named.sort((a, b) => comparePlace(a.doc, b.doc));
  const kommuner = new Map<string, Origin>();
  for (const { code, doc, pointer } of named) if (!kommuner.has(code)) kommuner.set(code, run.origin(doc, pointer));
  return kommuner;
}

function comparePlace(a: Placed, b: Placed): number {
  const byFile = a.loaded.file < b.loaded.file ? -1 : a.loaded.file > b.loaded.file ? 1 : 0;
  return byFile || a.loaded.index - b.loaded.index;
}

import type { Agreement, FocusArea, Goal, IsoDate, Measure } from '../model/documents.js';
import { yearOf } from './calendar/dates.js';

/**
 * Facts about an agreement that the rules, derive and the report all need, so they agree on them:
 * what counts as signed, which kommuner it covers, where its goals and measures sit. Pure: the
 * repository index remembers the lists per run.
 */

/**
 * Signed as format.md's derived state has it: someone signs, and every signatory has a date. As of
 * D, a signature dated after D has not happened yet.
 */
export function isSigned(agreement: Agreement, asOf?: IsoDate): boolean {
  return (
    agreement.signatories.length > 0 &&
    agreement.signatories.every((s) => s.signed_on !== undefined && (asOf === undefined || s.signed_on <= asOf))
  );
}

/** The kommunkoder of its municipality parties, in order, each once. */
export function municipalityCodes(agreement: Agreement): string[] {
  const codes = agreement.parties.filter((p) => p.type === 'municipality').flatMap((p) => (p.municipality_code === undefined ? [] : [p.municipality_code]));
  return [...new Set(codes)];
}

/** Whether either agreement names the other in `supersedes`. */
export function eitherSupersedes(a: Pick<Agreement, 'id' | 'supersedes'>, b: Pick<Agreement, 'id' | 'supersedes'>): boolean {
  return a.supersedes === b.id || b.supersedes === a.id;
}

/** The first and last calendar year its validity touches. */
export function validityYears(agreement: Agreement): { first: number; last: number } {
  return { first: yearOf(agreement.valid_from), last: yearOf(agreement.valid_to) };
}

export interface LocatedGoal {
  goal: Goal;
  area: FocusArea;
  pointer: string;
}

export interface LocatedMeasure {
  measure: Measure;
  area: FocusArea;
  pointer: string;
}

const GOAL_LISTS = ['effect_goals', 'process_goals', 'output_goals'] as const;

/**
 * Every goal, of all three kinds, with its pointer, in the order they are written: the data keeps
 * the source's key order, so output_goals written before effect_goals come first.
 */
export function goalsOf(agreement: Agreement): LocatedGoal[] {
  const located: LocatedGoal[] = [];
  eachGoal(agreement, (goal, area, a, list, g) => located.push({ goal, area, pointer: `/focus_areas/${a}/${list}/${g}` }));
  return located;
}

/**
 * Every goal of an agreement, in the order the document has them: its focus areas in order, each
 * area's three lists in the order they are written, each list in order. Loops, not a chain of
 * flatMap and filter: a national repository has thousands of goals, and each rule that looks
 * one up starts here.
 */
function eachGoal(agreement: Agreement, visit: (goal: Goal, area: FocusArea, a: number, list: (typeof GOAL_LISTS)[number], g: number) => void): void {
  agreement.focus_areas.forEach((area, a) => {
    for (const key of Object.keys(area)) {
      if (!(GOAL_LISTS as readonly string[]).includes(key)) continue;
      const list = key as (typeof GOAL_LISTS)[number];
      (area[list] ?? []).forEach((goal, g) => visit(goal, area, a, list, g));
    }
  });
}

export function measuresOf(agreement: Agreement): LocatedMeasure[] {
  const located: LocatedMeasure[] = [];
  agreement.focus_areas.forEach((area, a) => (area.measures ?? []).forEach((measure, m) => located.push({ measure, area, pointer: `/focus_areas/${a}/measures/${m}` })));
  return located;
}

/** The ids of an agreement's items, where other documents point into it. */
export interface AgreementItems {
  parties: ReadonlySet<string>;
  focusAreas: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/**
 * Each list is collected when first asked for, so a rule reads only the part of the agreement it
 * needs: a reference to a measure is still checked when the agreement's parties failed their schema.
 */
export function agreementItems(agreement: Agreement): AgreementItems {
  const lazy = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const parties = lazy(() => new Set(agreement.parties.map((p) => p.id)));
  const focusAreas = lazy(() => new Set(agreement.focus_areas.map((a) => a.id)));
  // The ids alone, without the pointers goalsOf and measuresOf make for findings; the same order.
  const goals = lazy(() => {
    const ids = new Set<string>();
    eachGoal(agreement, (goal) => ids.add(goal.id));
    return ids;
  });
  const measures = lazy(() => {
    const ids = new Set<string>();
    for (const area of agreement.focus_areas) for (const measure of area.measures ?? []) ids.add(measure.id);
    return ids;
  });
  const indicators = lazy(() => new Set((agreement.indicators ?? []).map((i) => i.id)));
  return {
    get parties() {
      return parties();
    },
    get focusAreas() {
      return focusAreas();
    },
    get goals() {
      return goals();
    },
    get measures() {
      return measures();
    },
    get indicators() {
      return indicators();
    },
  };
}

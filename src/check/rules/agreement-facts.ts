import type { Agreement, FocusArea, Goal, Measure } from '../../model/documents.js';
import { yearOf } from '../../domain/calendar/dates.js';

/**
 * Facts about an agreement that several rules need, so they agree on them: what counts as
 * signed, which kommuner it covers, where its goals and measures sit.
 */

/** Signed as format.md's derived state has it: someone signs, and every signatory has a date. */
export function isSigned(agreement: Agreement): boolean {
  return agreement.signatories.length > 0 && agreement.signatories.every((s) => s.signed_on !== undefined);
}

/** The kommunkoder of its municipality parties, in order, each once. */
export function municipalityCodes(agreement: Agreement): string[] {
  const codes = agreement.parties.filter((p) => p.type === 'municipality').flatMap((p) => (p.municipality_code === undefined ? [] : [p.municipality_code]));
  return [...new Set(codes)];
}

/** Whether either agreement names the other in `supersedes`. */
export function eitherSupersedes(a: Agreement, b: Agreement): boolean {
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
export function goalsOf(agreement: Agreement): readonly LocatedGoal[] {
  return remembered(goals, agreement, () =>
    agreement.focus_areas.flatMap((area, a) =>
      Object.keys(area)
        .filter((key): key is (typeof GOAL_LISTS)[number] => (GOAL_LISTS as readonly string[]).includes(key))
        .flatMap((list) => (area[list] ?? []).map((goal, g) => ({ goal, area, pointer: `/focus_areas/${a}/${list}/${g}` }))),
    ),
  );
}

export function measuresOf(agreement: Agreement): readonly LocatedMeasure[] {
  return remembered(measures, agreement, () =>
    agreement.focus_areas.flatMap((area, a) =>
      (area.measures ?? []).map((measure, m) => ({ measure, area, pointer: `/focus_areas/${a}/measures/${m}` })),
    ),
  );
}

// Each follow-up of an agreement walks its measures again (a national repository has thousands),
// so the lists are made once per agreement; the data is never changed after loading.
const goals = new WeakMap<Agreement, readonly LocatedGoal[]>();
const measures = new WeakMap<Agreement, readonly LocatedMeasure[]>();

function remembered<T>(cache: WeakMap<Agreement, T>, agreement: Agreement, make: () => T): T {
  let value = cache.get(agreement);
  if (value === undefined) {
    value = make();
    cache.set(agreement, value);
  }
  return value;
}

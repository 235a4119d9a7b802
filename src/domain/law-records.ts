import type { IsoDate } from '../model/documents.js';
import type { RepositoryIndex } from './repository-index.js';
import type { TypedDocument } from './typed-document.js';

/** A date a kommun's duty under lag (2023:196) 6 § runs from, and the field that records it. */
export interface LawRecord {
  date: IsoDate;
  doc: TypedDocument<'situation_report' | 'action_plan'>;
  pointer: string;
}

/**
 * The latest adoption of the kommun's lägesbilder by D (adopted after D has not happened yet);
 * among equal dates the first in path order, so the origin is stable.
 */
export function lastAdoption(index: RepositoryIndex, code: string, asOf: IsoDate): LawRecord | undefined {
  return latest(
    index.situationReportsIn(code).flatMap((doc) => (doc.data.adopted_on === undefined ? [] : [{ date: doc.data.adopted_on, doc, pointer: '/adopted_on' }])),
    asOf,
  );
}

/** The latest decision or follow-up of the kommun's åtgärdsplaner by D. */
export function lastPlanDecision(index: RepositoryIndex, code: string, asOf: IsoDate): LawRecord | undefined {
  return latest(
    index.actionPlansIn(code).flatMap((doc) => [
      ...(doc.data.decided_on === undefined ? [] : [{ date: doc.data.decided_on, doc, pointer: '/decided_on' }]),
      ...(doc.data.followed_up_on ?? []).map((date, i) => ({ date, doc, pointer: `/followed_up_on/${i}` })),
    ]),
    asOf,
  );
}

function latest(records: readonly LawRecord[], asOf: IsoDate): LawRecord | undefined {
  let best: LawRecord | undefined;
  for (const record of records) if (record.date <= asOf && (best === undefined || record.date > best.date)) best = record;
  return best;
}

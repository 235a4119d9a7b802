import { newActionPlan } from './action-plan.js';
import { newCitizenPromises } from './citizen-promises.js';
import type { NewContext, NewDocument } from './common.js';
import { newFollowUp } from './follow-up.js';
import { newReview } from './review.js';
import { newSituationReport } from './situation-report.js';
import { newSuccessor } from './successor.js';

export type { NewContext, NewDocument } from './common.js';

/** The kinds `samverkan new` writes, as the command line names them. */
export const NEW_KINDS = ['follow-up', 'review', 'citizen-promises', 'situation-report', 'action-plan', 'agreement'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/** Every option of every kind; each kind reads its own (the command line requires them). */
export interface NewOptions {
  agreement?: string;
  year?: string;
  heldOn?: string;
  from?: string;
  to?: string;
  kommun?: string;
  situationReport?: string;
  supersedes?: string;
  id?: string;
}

/** The document `new KIND` writes, from the repository as it is; a usage error when it cannot. */
export function planNew(kind: NewKind, options: NewOptions, context: NewContext): NewDocument {
  const o = options as Required<NewOptions>;
  switch (kind) {
    case 'follow-up':
      return newFollowUp({ agreement: o.agreement, year: o.year, id: options.id }, context);
    case 'review':
      return newReview({ agreement: o.agreement, heldOn: options.heldOn, id: options.id }, context);
    case 'citizen-promises':
      return newCitizenPromises({ agreement: o.agreement, from: o.from, to: o.to, id: options.id }, context);
    case 'situation-report':
      return newSituationReport({ kommun: o.kommun, year: o.year, id: options.id }, context);
    case 'action-plan':
      return newActionPlan({ kommun: o.kommun, situationReport: options.situationReport, id: options.id }, context);
    case 'agreement':
      return newSuccessor({ supersedes: o.supersedes, id: options.id }, context);
  }
}

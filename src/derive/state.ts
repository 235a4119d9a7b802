import { isSigned } from '../domain/agreement-facts.js';
import { addMonths } from '../domain/calendar/months.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import type { Agreement, IsoDate } from '../model/documents.js';
import type { AgreementState } from './types.js';

/** format.md: "renewal_notice_months: default 6". */
export const DEFAULT_RENEWAL_NOTICE_MONTHS = 6;

/**
 * The state of an agreement as of D, exactly the first-match-wins list of format.md ("Derived
 * state of an agreement"). The repository is seen as it stood on D: a signature or a review dated
 * after D has not happened yet, so an agreement signed after D is still a draft, and a successor
 * signed after D neither supersedes it nor keeps it from expiring.
 */
export function agreementState(agreement: Agreement, index: RepositoryIndex, asOf: IsoDate): AgreementState {
  // 1. No signatories, or one without signed_on (or signed after D).
  if (!isSigned(agreement, asOf)) return 'draft';
  // 2. An annual_review of it with outcome terminated, held on or before D.
  if (index.reviewsOf(agreement.id).some((r) => r.data.outcome === 'terminated' && r.data.held_on <= asOf)) return 'terminated';
  // 3. An agreement signed by D that supersedes it has begun.
  const successors = signedSuccessors(agreement, index, asOf);
  if (successors.some((s) => s.valid_from <= asOf)) return 'superseded';
  // 4–5. Before or after its validity.
  if (asOf < agreement.valid_from) return 'upcoming';
  if (asOf > agreement.valid_to) return 'expired';
  // 6. Inside the notice period with no successor signed by D, whenever that successor starts.
  if (asOf >= renewalStart(agreement) && successors.length === 0) return 'expiring';
  return 'active';
}

/**
 * The agreements signed by D that name it in `supersedes`; an unsigned draft successor does not
 * count. One naming itself is an error the check reports; it must not also make itself superseded.
 */
export function signedSuccessors(agreement: Agreement, index: RepositoryIndex, asOf: IsoDate): Agreement[] {
  return index
    .successorsOf(agreement.id)
    .map((d) => d.data)
    .filter((s) => s.id !== agreement.id && isSigned(s, asOf));
}

/** `valid_to` minus `renewal_notice_months`, clamped to the month's end (08-31 − 6 months = 02-28). */
export function renewalStart(agreement: Agreement): IsoDate {
  return addMonths(agreement.valid_to, -(agreement.renewal_notice_months ?? DEFAULT_RENEWAL_NOTICE_MONTHS));
}

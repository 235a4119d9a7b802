import { isSigned } from '../check/rules/agreement-facts.js';
import type { TypedDocument } from '../check/rules/rule.js';
import type { Agreement, IsoDate } from '../model/documents.js';
import { addMonths } from '../domain/calendar/months.js';
import { indexDocuments, type RepositoryIndex } from './repository-index.js';
import type { AgreementState } from './types.js';

/** format.md: "renewal_notice_months: default 6". */
export const DEFAULT_RENEWAL_NOTICE_MONTHS = 6;

/**
 * The state of an agreement as of D, exactly the first-match-wins list of format.md ("Derived
 * state of an agreement"). Where the text compares a date with D it says so (held_on ≤ D,
 * valid_from ≤ D); where it does not, no date is compared: "signed" means every signatory has a
 * `signed_on`, whenever that is, so that the state of a signed agreement does not flicker back to
 * draft for an as-of date before its signing.
 */
export function agreementState(
  agreement: Agreement | TypedDocument<'agreement'>,
  documents: readonly TypedDocument[],
  asOf: IsoDate,
): AgreementState {
  return stateInIndex('data' in agreement ? agreement.data : agreement, indexDocuments(documents), asOf);
}

export function stateInIndex(agreement: Agreement, index: RepositoryIndex, asOf: IsoDate): AgreementState {
  // 1. No signatories, or one without signed_on.
  if (!isSigned(agreement)) return 'draft';
  // 2. An annual_review of it with outcome terminated, held on or before D.
  const reviews = index.reviewsOf.get(agreement.id) ?? [];
  if (reviews.some((r) => r.data.outcome === 'terminated' && r.data.held_on <= asOf)) return 'terminated';
  // 3. A signed agreement that supersedes it has begun.
  const successors = signedSuccessors(agreement, index);
  if (successors.some((s) => s.valid_from <= asOf)) return 'superseded';
  // 4–5. Before or after its validity.
  if (asOf < agreement.valid_from) return 'upcoming';
  if (asOf > agreement.valid_to) return 'expired';
  // 6. Inside the notice period with no signed successor, whenever that successor starts.
  if (asOf >= renewalStart(agreement) && successors.length === 0) return 'expiring';
  return 'active';
}

/**
 * The signed agreements that name it in `supersedes`; an unsigned draft successor does not count.
 * One naming itself is an error the check reports; it must not also make itself superseded.
 */
export function signedSuccessors(agreement: Agreement, index: RepositoryIndex): Agreement[] {
  return (index.successorsOf.get(agreement.id) ?? []).map((d) => d.data).filter((s) => s.id !== agreement.id && isSigned(s));
}

/** `valid_to` minus `renewal_notice_months`, clamped to the month's end (08-31 − 6 months = 02-28). */
export function renewalStart(agreement: Agreement): IsoDate {
  return addMonths(agreement.valid_to, -(agreement.renewal_notice_months ?? DEFAULT_RENEWAL_NOTICE_MONTHS));
}

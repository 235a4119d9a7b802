import type { AgreementStatus } from './types.js';

/**
 * The agreement a kommun's own matters are shown with: an active or expiring one first, then an
 * upcoming one, else the latest; among equals the latest start, then the latest end. A kommun
 * with a signed successor and the agreement it replaces thus has one place for its duties under
 * lag (2023:196), and so does a kommun whose only agreement has run out.
 */
export function currentAgreement<T>(items: readonly T[], statusOf: (item: T) => AgreementStatus): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (best === undefined || prefer(statusOf(item), statusOf(best)) < 0) best = item;
  }
  return best;
}

function rank({ state }: AgreementStatus): number {
  return state === 'active' || state === 'expiring' ? 0 : state === 'upcoming' ? 1 : 2;
}

/** Negative when `a` is the better choice than `b`. */
function prefer(a: AgreementStatus, b: AgreementStatus): number {
  return rank(a) - rank(b) || compareText(b.validFrom, a.validFrom) || compareText(b.validTo, a.validTo);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

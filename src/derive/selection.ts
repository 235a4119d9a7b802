import { didYouMean, didYouMeanPhrase } from '../model/suggest.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import { UsageError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';
import type { AgreementStatus, Deadline } from './types.js';

/** What `--agreement ID` and `--kommun CODE` ask for; either may be absent. */
export interface Filters {
  agreement?: string;
  kommun?: string;
}

/** Which agreements, agreement deadlines and kommun duties the filters keep. */
export interface Selection {
  agreement(status: AgreementStatus): boolean;
  /** An agreement's own deadline: kept with its agreement. */
  agreementDeadline(deadline: Deadline): boolean;
  /** The kommuner whose duties under lag (2023:196) the filters keep; undefined for all. */
  kommuner: ReadonlySet<string> | undefined;
}

const NO_AGREEMENT = {
  sv: 'Det finns ingen överenskommelse med id {id} i arkivet{end} Överenskommelser: {ids}.',
  en: 'There is no agreement with id {id} in the repository{end} Agreements: {ids}.',
};
const NO_KOMMUN = {
  sv: 'Ingen överenskommelse eller lägesbild i arkivet gäller kommunkoden {code}{end} Kommuner i arkivet: {codes}.',
  en: 'No agreement or situation report in the repository is for the municipality code {code}{end} Kommuner in the repository: {codes}.',
};

/**
 * The selection format.md's command contract gives the filters: `--kommun` keeps every agreement
 * with a municipality party of that code (a joint agreement belongs to each of its kommuner) and
 * that kommun's own duties; `--agreement` keeps the agreement. A filter that matches nothing in
 * the repository is a usage error naming the closest id or code, never an empty success.
 *
 * @param dutiesOfAgreement with --agreement, also keep the duties of the agreement's kommuner
 *   (status shows them beside the agreement; deadlines lists the agreement's own)
 * @throws UsageError for a filter that matches nothing
 */
export function selectDerived(
  derived: { agreements: readonly AgreementStatus[]; deadlines: readonly Deadline[]; roots: readonly { index: RepositoryIndex }[] },
  filters: Filters,
  lang: Lang,
  dutiesOfAgreement: boolean,
): Selection {
  const { agreement: id, kommun: code } = filters;
  const codesOf = new Map<string, Set<string>>();
  for (const a of derived.agreements) codesOf.set(a.id, new Set([...(codesOf.get(a.id) ?? []), ...a.municipalityCodes]));
  if (id !== undefined && !codesOf.has(id) && !derived.roots.some(({ index }) => declaresAgreement(index, id))) {
    const ids = [...codesOf.keys()];
    const end = didYouMean(id, ids, lang);
    throw new UsageError(localize(NO_AGREEMENT, lang, { id: JSON.stringify(id), end: end === '' ? '.' : end, ids: ids.length === 0 ? '–' : ids.join(', ') }));
  }
  const known = new Set([...[...codesOf.values()].flatMap((codes) => [...codes]), ...derived.deadlines.flatMap((d) => (d.municipalityCode === null ? [] : [d.municipalityCode]))]);
  if (code !== undefined && !known.has(code)) {
    const codes = [...known].sort();
    // A code typed without its leading zero ("461") is the likeliest mistake: YAML and shells drop it too.
    const padded = code.padStart(4, '0');
    const end = known.has(padded) ? didYouMeanPhrase(padded, lang) : didYouMean(code, codes, lang);
    throw new UsageError(localize(NO_KOMMUN, lang, { code: JSON.stringify(code), end: end === '' ? '.' : end, codes: codes.length === 0 ? '–' : codes.join(', ') }));
  }
  const agreementKept = (agreementId: string) => (id === undefined || agreementId === id) && (code === undefined || (codesOf.get(agreementId)?.has(code) ?? false));
  let kommuner: Set<string> | undefined;
  if (id !== undefined) kommuner = dutiesOfAgreement ? new Set(code === undefined ? (codesOf.get(id) ?? []) : [code].filter((c) => codesOf.get(id)?.has(c))) : new Set();
  else if (code !== undefined) kommuner = new Set([code]);
  return {
    agreement: (status) => agreementKept(status.id),
    agreementDeadline: (deadline) => deadline.agreement !== null && agreementKept(deadline.agreement),
    kommuner,
  };
}

/** An agreement that has errors is left out of what is derived, but it is in the repository. */
function declaresAgreement(index: RepositoryIndex, id: string): boolean {
  return index.withId(id).some((doc) => typeof doc.data === 'object' && doc.data !== null && 'kind' in doc.data && doc.data.kind === 'agreement');
}

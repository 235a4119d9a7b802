/** The report's view model from a derived repository: which agreements, and everything around them. */
import { deriveRun } from '../../derive/deadline.js';
import { didYouMean } from '../../model/suggest.js';
import type { DerivedRepository } from '../../derive/derive-repository.js';
import type { AgreementStatus } from '../../derive/types.js';
import { touchesYear } from '../../domain/calendar/dates.js';
import { UsageError } from '../../errors.js';
import type { IsoDate } from '../../model/documents.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { quote } from '../../model/visible-text.js';
import { reportFormat } from './format-helpers.js';
import { agreementReport } from './view-agreement.js';
import { deadlineLookup, reportDocuments, type ViewContext } from './view-context.js';
import type { LogoView, ReportView, TocEntry } from './view-model.js';
import { sourcesView } from './view-sources.js';
import { reportWords } from './words.js';

export interface ReportViewInput {
  derived: DerivedRepository;
  year: number;
  /** Only this agreement, whatever its validity; default: every agreement valid in the year. */
  agreementId?: string;
  lang: Lang;
  /** The date the report is made as of: states, deadlines and the footer's date. */
  asOf: IsoDate;
  /** The commit of the repository the report is made from; null outside git. */
  commit: string | null;
  /** samverkan's version, for the colophon. */
  version: string;
  /** The repository's logo, checked (logo/logo.ts); default none. */
  logo?: LogoView | null;
}

/**
 * Builds the plain, preformatted object templates receive. Pure: the caller has read the
 * repository and knows the date and the commit.
 * @throws UsageError when `agreementId` names no agreement (with the ids there are).
 */
export function buildReportView(input: ReportViewInput): ReportView {
  const { derived, year, lang } = input;
  const words = reportWords(lang);
  const ctx: ViewContext = {
    derived,
    index: derived.index,
    documents: reportDocuments(derived.index),
    deadlines: deadlineLookup(derived.deadlines),
    year,
    lang,
    asOf: input.asOf,
    run: deriveRun({ asOf: input.asOf, workingDays: derived.validation.config.deadlines?.working_days ?? true }),
    words,
    format: reportFormat(lang),
    used: new Set(),
  };
  const reports = selectAgreements(derived.agreements, input.agreementId, year, lang).flatMap((status) => {
    const agreement = ctx.documents.agreementsWithId(status.id)[0];
    return agreement === undefined ? [] : [agreementReport(ctx, agreement, status)];
  });
  const only = reports.length === 1 ? reports[0] : undefined;
  const heading = `${words.report} ${year}`;
  const generatedOn = ctx.format.date(input.asOf);
  const sources = { anchor: SOURCES_ANCHOR, items: sourcesView(ctx) };
  const tocEntries = [...reports.map((r) => ({ anchor: r.anchor, title: r.title })), { anchor: SOURCES_ANCHOR, title: words.sources }];
  return {
    lang,
    htmlLang: lang,
    title: only === undefined ? heading : `${heading}: ${only.title}`,
    heading,
    year,
    generatedOn,
    generatedOnIso: input.asOf,
    commit: input.commit,
    version: input.version,
    colophon: localize(input.commit === null ? COLOPHON : COLOPHON_WITH_COMMIT, lang, { date: generatedOn, version: input.version, commit: input.commit ?? '' }),
    multiple: reports.length > 1,
    toc: tocOf(tocEntries, [heading, words.contents]),
    agreements: reports,
    noAgreements: reports.length === 0,
    noAgreementsText: localize(NO_AGREEMENTS, lang, { year }),
    sources,
    logo: input.logo ?? null,
    words,
  };
}

/** Ids of documents are slugs without `_` (format.md), so this anchor never meets an agreement's. */
const SOURCES_ANCHOR = 'bilaga_underlag';

const COLOPHON: Localized = { sv: 'Sammanställd {date} med samverkan {version}.', en: 'Compiled on {date} with samverkan {version}.' };
const COLOPHON_WITH_COMMIT: Localized = {
  sv: 'Sammanställd {date} med samverkan {version} ur arkivets version {commit}.',
  en: 'Compiled on {date} with samverkan {version} from version {commit} of the repository.',
};
const NO_AGREEMENTS: Localized = { sv: 'Ingen överenskommelse gäller under {year}.', en: 'No agreement is valid during {year}.' };

function selectAgreements(agreements: readonly AgreementStatus[], id: string | undefined, year: number, lang: Lang): AgreementStatus[] {
  if (id === undefined) return agreements.filter((a) => touchesYear(a.validFrom, a.validTo, year));
  const found = agreements.find((a) => a.id === id);
  if (found !== undefined) return [found];
  const ids = agreements.map((a) => a.id);
  // didYouMean's tail ends in "?", so the sentence's own full stop comes only without it.
  const suggestion = didYouMean(id, ids, lang);
  throw new UsageError(
    localize(
      {
        sv: 'Det finns ingen överenskommelse med id {id}{end} Överenskommelser: {ids}.',
        en: 'There is no agreement with id {id}{end} Agreements: {ids}.',
      },
      lang,
      { id: quote(id), end: suggestion === '' ? '.' : suggestion, ids: ids.length === 0 ? '–' : ids.join(', ') },
    ),
  );
}

/**
 * The table of contents, with the slug GitHub and GitLab give each agreement's heading. Earlier
 * headings are counted first (`taken`), since a slug that repeats gets "-1", "-2".
 */
function tocOf(entries: readonly { anchor: string; title: string }[], taken: readonly string[]): TocEntry[] {
  const seen = new Map<string, number>();
  const slug = (text: string): string => {
    const base = headingSlug(text);
    const n = seen.get(base);
    seen.set(base, (n ?? -1) + 1);
    return n === undefined ? base : `${base}-${n + 1}`;
  };
  taken.forEach(slug);
  return entries.map((e) => ({ anchor: e.anchor, mdAnchor: slug(e.title), title: e.title }));
}

/**
 * GitHub's heading slug (github-slugger): lower case, punctuation and symbols dropped, each space
 * a hyphen. Letters with diacritics stay ("lägesbild").
 */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

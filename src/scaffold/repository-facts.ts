import { validateRepository, type ValidationResult } from '../check/validate-repository.js';
import type { Agreement, FollowUp, SituationReport } from '../model/documents.js';
import type { Lang } from '../model/lang.js';

/** A document that passed its schema, with the file it is in. */
export interface Found<T> {
  data: T;
  file: string;
}

/**
 * What `new` needs to know of a repository before it writes: the ids taken, the agreements and
 * situation reports it can start from, and each kommun's documents. Read once through the
 * library, from documents that passed their schema (their types can be trusted).
 */
export interface RepositoryFacts {
  root: string;
  lang: Lang;
  /** Every id in the repository, valid document or not, and the file it is in. */
  ids: ReadonlyMap<string, string>;
  agreements: ReadonlyMap<string, Found<Agreement>>;
  /** Agreements that exist but have schema errors: `new` cannot start from them. */
  brokenAgreements: ReadonlyMap<string, string>;
  situationReports: readonly Found<SituationReport>[];
  followUps: readonly Found<FollowUp>[];
  /** Every agreement that names another in `supersedes`, by the id it replaces. */
  successors: ReadonlyMap<string, Found<Agreement>>;
}

export async function readRepository(root: string, lang: Lang | undefined): Promise<RepositoryFacts> {
  return factsOf(await validateRepository({ root, lang }));
}

export function factsOf(result: Omit<ValidationResult, 'prefix' | 'roots'>): RepositoryFacts {
  const ids = new Map<string, string>();
  const agreements = new Map<string, Found<Agreement>>();
  const brokenAgreements = new Map<string, string>();
  const situationReports: Found<SituationReport>[] = [];
  const followUps: Found<FollowUp>[] = [];
  const successors = new Map<string, Found<Agreement>>();
  for (const { document, kind, valid } of result.documents) {
    const data = document.data as { id?: unknown } | null;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    if (id !== undefined && !ids.has(id)) ids.set(id, document.file);
    if (kind === 'agreement' && id !== undefined) {
      if (valid) {
        const found = { data: document.data as Agreement, file: document.file };
        agreements.set(id, found);
        if (found.data.supersedes !== undefined) successors.set(found.data.supersedes, found);
      } else brokenAgreements.set(id, document.file);
    }
    if (kind === 'situation_report' && valid) situationReports.push({ data: document.data as SituationReport, file: document.file });
    if (kind === 'follow_up' && valid) followUps.push({ data: document.data as FollowUp, file: document.file });
  }
  return { root: result.root, lang: result.lang, ids, agreements, brokenAgreements, situationReports, followUps, successors };
}

/** The municipality codes of an agreement's kommun parties. */
export function kommunCodesOf(agreement: Agreement): string[] {
  return agreement.parties.flatMap((p) => (p.type === 'municipality' && p.municipality_code !== undefined ? [p.municipality_code] : []));
}

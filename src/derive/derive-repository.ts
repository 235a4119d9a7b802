import { validateRepository, type ValidationResult } from '../check/validate-repository.js';
import type { WorkingDays } from '../domain/calendar/working-days.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
import type { TypedDocument } from '../domain/typed-document.js';
import type { IsoDate } from '../model/documents.js';
import type { Lang } from '../model/lang.js';
import { deriveStatus } from './status.js';
import type { AgreementStatus, Deadline } from './types.js';

export interface DeriveRepositoryOptions {
  root: string;
  lang?: Lang;
  /** The as-of date in Europe/Stockholm; the CLI passes today unless --as-of says otherwise. */
  asOf: IsoDate;
}

export interface DerivedRepository<V extends ValidationResult = ValidationResult> {
  validation: V;
  /** The documents states and deadlines are derived from: schema-valid and free of errors. */
  index: RepositoryIndex;
  /** Errors in the repository: the documents they are in are left out of what is derived. */
  errors: number;
  agreements: AgreementStatus[];
  /** Every deadline, done ones included, sorted by date. */
  deadlines: Deadline[];
  /** SCB's name of each kommun in the repository, by code. */
  kommunNames: Map<string, string>;
  /**
   * The latest date on which something the repository records happened (signed, held, reported,
   * adopted, decided, followed up): a calendar timestamp that changes only when the repository
   * does, so two exports of one repository are identical.
   */
  readonly latestRecordedDate: IsoDate | undefined;
}

/** Validates a repository and derives its agreements' states and deadlines as of a date. */
export async function deriveRepository(options: DeriveRepositoryOptions): Promise<DerivedRepository> {
  return deriveValidated(await validateRepository({ root: options.root, lang: options.lang }), options.asOf);
}

/** Derives the states and deadlines of a repository already checked. */
export function deriveValidated<V extends ValidationResult>(validation: V, asOf: IsoDate, calendar?: WorkingDays): DerivedRepository<V> {
  const { index } = validation;
  const { agreements, deadlines } = deriveStatus(index, {
    asOf,
    workingDays: validation.config.deadlines?.working_days ?? true,
    calendar,
  });
  const municipalities = index.reference.municipalities;
  const kommunNames = new Map<string, string>();
  for (const code of [...agreements.flatMap((a) => a.municipalityCodes), ...deadlines.map((d) => d.municipalityCode)]) {
    const name = code === null ? undefined : municipalities.get(code)?.name;
    if (code !== null && name !== undefined) kommunNames.set(code, name);
  }
  // Found when first read: only the calendar needs it.
  let latest: { date: IsoDate | undefined } | undefined;
  return {
    validation,
    index,
    errors: validation.diagnostics.filter((d) => d.severity === 'error').length,
    agreements,
    deadlines,
    kommunNames,
    get latestRecordedDate() {
      latest ??= { date: latestRecordedDate(index.documents) };
      return latest.date;
    },
  };
}

/**
 * The latest date on which a document records that something happened: an agreement's or citizen
 * promises' signatures, a review held, a follow-up reported, a lägesbild adopted, an åtgärdsplan
 * decided or followed up. Validity dates are not among them: they may lie years ahead.
 */
export function latestRecordedDate(documents: readonly TypedDocument[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const doc of documents) {
    for (const date of recordedDates(doc)) if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

function recordedDates(doc: TypedDocument): readonly (IsoDate | undefined)[] {
  switch (doc.kind) {
    case 'agreement':
      return doc.data.signatories.map((s) => s.signed_on);
    case 'citizen_promises':
      return [doc.data.signed_on];
    case 'annual_review':
      return [doc.data.held_on];
    case 'follow_up':
      return [doc.data.reported_on];
    case 'situation_report':
      return [doc.data.adopted_on];
    case 'action_plan':
      return [doc.data.decided_on, ...(doc.data.followed_up_on ?? [])];
  }
}

import { validateRepository, type ValidationResult } from '../check/validate-repository.js';
import type { WorkingDays } from '../domain/calendar/working-days.js';
import type { RepositoryIndex } from '../domain/repository-index.js';
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
  // Found when first read: only the calendar needs it, and it walks every field of every document.
  let latest: { date: IsoDate | undefined } | undefined;
  return {
    validation,
    index,
    errors: validation.diagnostics.filter((d) => d.severity === 'error').length,
    agreements,
    deadlines,
    kommunNames,
    get latestRecordedDate() {
      latest ??= { date: latestDate(index.documents.map((d) => d.data)) };
      return latest.date;
    },
  };
}

/** Fields that record something that happened; validity dates may lie years ahead. */
const RECORD_KEYS = new Set(['signed_on', 'held_on', 'reported_on', 'adopted_on', 'decided_on', 'followed_up_on']);

function latestDate(values: readonly unknown[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const consider = (value: unknown): void => {
    for (const date of Array.isArray(value) ? value : [value]) {
      if (typeof date === 'string' && (latest === undefined || date > latest)) latest = date;
    }
  };
  // Only objects and lists are visited: calling down to every text and number of a national
  // repository cost more than the comparisons.
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    // for…in, not Object.keys: no array of keys per object. The data is plain (parsed YAML), with
    // nothing enumerable inherited.
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (RECORD_KEYS.has(key)) consider(child);
      else if (typeof child === 'object' && child !== null) visit(child);
    }
  };
  for (const value of values) if (typeof value === 'object' && value !== null) visit(value);
  return latest;
}

/**
 * Builders of TypedDocuments for the derive tests (imported only by `*.test.ts`). Each builder
 * writes real YAML and loads it the way the CLI does, and refuses a document its schema rejects,
 * so the tests never lean on data the tool would not accept; origins then point at real lines.
 */
import { stringify } from 'yaml';
import { checkSchema } from '../check/schema/check-schema.js';
import { createRepositoryIndex, type RepositoryIndex } from '../domain/repository-index.js';
import { ofKind, typedDocument, type RepositoryKind, type TypedDocument } from '../domain/typed-document.js';
import { parseYaml } from '../load/yaml/index.js';
import { SourceFile } from '../load/source.js';
import type {
  ActionPlan,
  Agreement,
  AnnualReview,
  CitizenPromises,
  FollowUp,
  IsoDate,
  SituationReport,
} from '../model/documents.js';

/** A built document of its own kind (`.data` is an Agreement), usable in a list of any kind. */
export type Built<K extends RepositoryKind> = TypedDocument<K>;

/** The repository of these documents, indexed as the check indexes a real one. */
export function indexOf(documents: readonly TypedDocument[]): RepositoryIndex {
  return createRepositoryIndex(documents, documents.map((d) => d.loaded));
}

/** Loads every document of one YAML file; throws on a syntax or schema error. */
export function fromYaml(path: string, text: string): TypedDocument[] {
  const file = parseYaml(new SourceFile(path, text), 'sv');
  const errors = [...file.diagnostics, ...file.documents.flatMap((d) => checkSchema(d, 'sv').diagnostics)];
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => `${e.start.line}:${e.start.column} ${e.message}`).join('\n')}`);
  return file.documents.map((loaded) => typedDocument(loaded, (loaded.data as { kind: RepositoryKind }).kind));
}

function build<K extends RepositoryKind>(kind: K, folder: string, data: object): Built<K> {
  const id = (data as { id?: string }).id ?? kind;
  const [doc] = fromYaml(`${folder}/${id}.yaml`, stringify({ kind, ...data }));
  if (doc === undefined || !ofKind(doc, kind)) throw new Error(`no document of kind ${kind}`);
  return doc;
}

export interface AgreementInput extends Partial<Omit<Agreement, 'kind'>> {
  id: string;
  valid_from: IsoDate;
  valid_to: IsoDate;
  /** Shorthand: every signatory signed on this date (default valid_from); `null` = none signed. */
  signedOn?: IsoDate | null;
  /** Shorthand for the municipality party's code (default "0461", Gnesta). */
  municipalityCode?: string;
}

/** A signed agreement of a kommun and its police area, with one focus area. */
export function agreement(input: AgreementInput): Built<'agreement'> {
  const { id, signedOn, municipalityCode = '0461', ...fields } = input;
  const signed = signedOn === null ? {} : { signed_on: signedOn ?? input.valid_from };
  return build('agreement', 'agreements', {
    id,
    title: `Överenskommelse ${id}`,
    parties: [
      { id: 'kommun', type: 'municipality', name: 'Kommunen', municipality_code: municipalityCode },
      { id: 'polisen', type: 'police', name: 'Lokalpolisområdet', police_region: 'Öst' },
    ],
    signatories: [
      { name: 'Anna Andersson', role: 'Kommunstyrelsens ordförande', party: 'kommun', ...signed },
      { name: 'Bo Berg', role: 'Lokalpolisområdeschef', party: 'polisen', ...signed },
    ],
    focus_areas: [{ id: 'fa-trygghet', title: 'Trygghet' }],
    ...fields,
  });
}

export function annualReview(agreementId: string, heldOn: IsoDate, outcome: AnnualReview['outcome'] = 'unchanged'): Built<'annual_review'> {
  return build('annual_review', 'reviews', { id: `${agreementId}-review-${heldOn}`, agreement: agreementId, held_on: heldOn, outcome });
}

export function followUp(agreementId: string, year: number, reportedOn?: IsoDate): Built<'follow_up'> {
  const fields: Omit<FollowUp, 'kind'> = { id: `${agreementId}-follow-up-${year}`, agreement: agreementId, year };
  return build('follow_up', 'follow-ups', reportedOn === undefined ? fields : { ...fields, reported_on: reportedOn });
}

export function citizenPromises(id: string, agreementId: string, from: IsoDate, to: IsoDate): Built<'citizen_promises'> {
  const fields: Omit<CitizenPromises, 'kind'> = {
    id,
    agreement: agreementId,
    period: { from, to },
    promises: [{ id: 'lofte-1', text: 'Vi ska synas mer i centrum.' }],
  };
  return build('citizen_promises', 'citizen-promises', fields);
}

export function situationReport(id: string, municipalityCode: string, adoptedOn?: IsoDate): Built<'situation_report'> {
  const fields: Omit<SituationReport, 'kind'> = { id, municipality_code: municipalityCode, year: 2024 };
  return build('situation_report', 'situation-reports', adoptedOn === undefined ? fields : { ...fields, adopted_on: adoptedOn });
}

export function actionPlan(
  id: string,
  municipalityCode: string,
  dates: { decidedOn?: IsoDate; followedUpOn?: IsoDate[] } = {},
): Built<'action_plan'> {
  const fields: Omit<ActionPlan, 'kind'> = {
    id,
    municipality_code: municipalityCode,
    decided_by: 'Kommunstyrelsen',
    ...(dates.decidedOn === undefined ? {} : { decided_on: dates.decidedOn }),
    ...(dates.followedUpOn === undefined ? {} : { followed_up_on: dates.followedUpOn }),
  };
  return build('action_plan', 'action-plans', fields);
}

import { didYouMean, didYouMeanPhrase } from '../../model/suggest.js';
import { isValidIsoDate } from '../../domain/calendar/dates.js';
import { UsageError } from '../../errors.js';
import type { Agreement, DocumentKind } from '../../model/documents.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { findKommun, kommunByCode, slugOf, type Kommun } from '../kommun.js';
import { modeline } from '../modeline.js';
import type { Found, RepositoryFacts } from '../repository-facts.js';
import { kommunCodesOf } from '../repository-facts.js';

/** What every `new` knows besides its own options. */
export interface NewContext {
  facts: RepositoryFacts;
  /** Today in Sweden. */
  today: string;
  lang: Lang;
  /** The repository has init's schema copies, so a modeline can point at them. */
  hasSchemas: boolean;
}

/** One document to write: where, and its text. */
export interface NewDocument {
  id: string;
  path: string;
  content: string;
}

export function say(message: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return localize(message, lang, data);
}

/** The agreement an option names, or a usage error naming the closest id. */
export function agreementNamed(id: string, context: NewContext): Found<Agreement> {
  const { facts, lang } = context;
  const found = facts.agreements.get(id);
  if (found) return found;
  const broken = facts.brokenAgreements.get(id);
  if (broken !== undefined) {
    throw new UsageError(
      say({ sv: 'Överenskommelsen {id} i {file} har fel, så inget kan skapas från den.', en: 'The agreement {id} in {file} has errors, so nothing can be made from it.' }, lang, { id, file: broken }),
      { hint: say({ sv: 'Rätta felen först; samverkan validate visar dem.', en: 'Fix the errors first; samverkan validate shows them.' }, lang) },
    );
  }
  const ids = [...facts.agreements.keys()].sort();
  throw new UsageError(
    say({ sv: 'Ingen överenskommelse har id "{id}"{tail}', en: 'No agreement has the id "{id}"{tail}' }, lang, {
      id,
      tail: didYouMean(id, ids, lang),
    }),
    {
      hint:
        ids.length === 0
          ? say({ sv: 'Arkivet har ingen överenskommelse; samverkan init skapar ett utkast.', en: 'The repository has no agreement; samverkan init makes a draft.' }, lang)
          : say({ sv: 'Överenskommelserna i arkivet: {ids}.', en: 'The agreements in the repository: {ids}.' }, lang, { ids: ids.join(', ') }),
    },
  );
}

/** The kommun --kommun names (code or name), or a usage error with the closest name. */
export function kommunNamed(input: string, lang: Lang): Kommun {
  const found = findKommun(input);
  if (found.kommun) return found.kommun;
  throw new UsageError(say({ sv: 'Okänd kommun "{value}"{tail}', en: 'Unknown kommun "{value}"{tail}' }, lang, { value: input.trim(), tail: found.suggestion === undefined ? '' : didYouMeanPhrase(found.suggestion, lang) }), {
    hint: say({ sv: 'Ange kommunens namn eller SCB:s fyrsiffriga kommunkod.', en: "Give the kommun's name or SCB's four-digit code." }, lang),
  });
}

/** The slug of an agreement's (first) kommun, for file names: "uppsala"; else the agreement's id. */
export function kommunSlugOf(agreement: Agreement): string {
  const code = kommunCodesOf(agreement)[0];
  const kommun = code === undefined ? undefined : kommunByCode(code);
  return kommun?.slug ?? slugOf(agreement.id);
}

/** A date option: `YYYY-MM-DD` that exists, or a usage error naming the option. */
export function dateOption(value: string, option: string, lang: Lang): string {
  if (isValidIsoDate(value)) return value;
  throw new UsageError(
    say({ sv: '{option} {value} är inget giltigt datum (ÅÅÅÅ-MM-DD).', en: '{option} {value} is not a valid date (YYYY-MM-DD).' }, lang, { option, value: JSON.stringify(value) }),
  );
}

/** A year option: four digits between 1990 and 2100, as the schemas allow. */
export function yearOption(value: string, lang: Lang): number {
  const year = Number(value);
  if (/^\d{4}$/.test(value) && year >= 1990 && year <= 2100) return year;
  throw new UsageError(
    say({ sv: '--year ska vara ett årtal mellan 1990 och 2100, inte {value}.', en: '--year takes a year from 1990 to 2100, not {value}.' }, lang, { value: JSON.stringify(value) }),
  );
}

/**
 * The id a document gets: --id when given, else the conventional one; either must be a valid id
 * that no document in the repository has yet.
 */
export function freshId(conventional: string, given: string | undefined, context: NewContext): string {
  const { facts, lang } = context;
  const id = given ?? conventional;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new UsageError(say({ sv: '--id {id} är inget giltigt id: små bokstäver a–z, siffror och bindestreck.', en: '--id {id} is no valid id: lower-case a–z, digits and hyphens.' }, lang, { id: JSON.stringify(id) }));
  }
  const taken = facts.ids.get(id);
  if (taken !== undefined) {
    throw new UsageError(say({ sv: 'Det finns redan ett dokument med id {id} ({file}).', en: 'There is already a document with the id {id} ({file}).' }, lang, { id, file: taken }), {
      hint: say({ sv: 'Ange ett annat id med --id.', en: 'Give another id with --id.' }, lang),
    });
  }
  return id;
}

/** The first lines of a written document: the modeline when the schemas are there. */
export function head(kind: DocumentKind, path: string, context: NewContext): string[] {
  return context.hasSchemas ? [modeline(kind, path)] : [];
}

/** Text on one line, for a comment: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

import { referenceData, type Municipality } from '../domain/reference-data.js';
import { namesMatch } from '../check/rules/municipality/name-matches.js';
import { suggest } from '../model/suggest.js';
import type { PoliceRegion } from '../model/documents.js';

/** A kommun as the scaffolding needs it: SCB's data, its official name, a slug and its polisregion. */
export interface Kommun extends Municipality {
  /** "Uppsala kommun", "Trelleborgs kommun", "Region Gotland". */
  officialName: string;
  /** For ids and file names: "uppsala", "upplands-vasby". */
  slug: string;
  policeRegion: PoliceRegion;
}

export type KommunLookup = { kommun: Kommun } | { kommun: undefined; suggestion: string | undefined };

/**
 * The kommun a person means by a kommunkod ("0380", "380") or a name, compared loosely: case, the
 * words kommun, stad and region, the genitive and the Swedish letters aside ("uppsala kommun",
 * "Trelleborgs kommun", "Vaxjo"). Otherwise the closest name, for a did-you-mean.
 */
export function findKommun(input: string): KommunLookup {
  const { municipalities } = referenceData();
  const text = input.trim();
  if (/^\d{1,4}$/.test(text)) {
    const found = municipalities.get(text.padStart(4, '0'));
    return found ? { kommun: kommunOf(found) } : { kommun: undefined, suggestion: suggest(text.padStart(4, '0'), municipalities.keys()) };
  }
  const all = [...municipalities.values()];
  const found = all.find((m) => namesMatch(text, m.name)) ?? all.find((m) => namesMatch(plain(text), plain(m.name)));
  if (found) return { kommun: kommunOf(found) };
  const byName = new Map(all.map((m) => [m.name.toLocaleLowerCase('sv'), m.name]));
  const wanted = text.toLocaleLowerCase('sv').replace(/\s+(kommun|stad)$/, '').replace(/^region\s+/, '');
  const close = suggest(wanted, byName.keys());
  return { kommun: undefined, suggestion: close === undefined ? undefined : byName.get(close) };
}

/** A kommun by its code, which must be one of SCB's. */
export function kommunByCode(code: string): Kommun | undefined {
  const found = referenceData().municipalities.get(code);
  return found ? kommunOf(found) : undefined;
}

function kommunOf(municipality: Municipality): Kommun {
  const policeRegion = referenceData().regionOfCounty.get(municipality.countyCode);
  if (!policeRegion) throw new Error(`reference data: no polisregion for county ${municipality.countyCode}`);
  return { ...municipality, officialName: officialName(municipality.name), slug: slugOf(municipality.name), policeRegion };
}

/**
 * The name a kommun's documents use: "X kommun" with Swedish genitive (no s after a vowel or an s,
 * x or z: "Gnesta kommun", "Strängnäs kommun", "Trelleborgs kommun"), and the two that differ.
 */
export function officialName(scbName: string): string {
  if (scbName === 'Gotland') return 'Region Gotland';
  if (scbName === 'Falun') return 'Falu kommun';
  return /[aeiouyåäöésxz]$/i.test(scbName) ? `${scbName} kommun` : `${scbName}s kommun`;
}

/** Lower case a–z, digits and hyphens: a valid id part. */
export function slugOf(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Without diacritics: "Växjö" → "Vaxjo", for people without a Swedish keyboard. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

import type { AgreementState } from '../derive/types.js';
import { localize, type Lang, type Localized } from '../model/lang.js';

/** The one Swedish/English dictionary of state names every output uses. */
const STATES: Record<AgreementState, Localized> = {
  draft: { sv: 'utkast', en: 'draft' },
  upcoming: { sv: 'kommande', en: 'upcoming' },
  active: { sv: 'gällande', en: 'active' },
  expiring: { sv: 'löper snart ut', en: 'expiring' },
  expired: { sv: 'utgången', en: 'expired' },
  superseded: { sv: 'ersatt', en: 'superseded' },
  terminated: { sv: 'avslutad', en: 'terminated' },
};

export function stateLabel(state: AgreementState, lang: Lang): string {
  return localize(STATES[state], lang);
}

/** `Gnesta (0461)`, or the code alone when the kommun is not known. */
export function kommunLabel(code: string | null, names: ReadonlyMap<string, string>): string {
  if (code === null) return '–';
  const name = names.get(code);
  return name === undefined ? code : `${name} (${code})`;
}

import { defineRule } from '../rule.js';

/** Words official names add to SCB's short names: "Gnesta kommun", "Malmö stad", "Region Gotland". */
const BODY_WORDS = new Set(['kommun', 'kommuns', 'stad', 'stads', 'region', 'regions']);

function normalize(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter((word) => word !== '' && !BODY_WORDS.has(word))
    .join(' ');
}

/**
 * Whether a party's name is SCB's short name in an official form: case and the words "kommun",
 * "stad" and "region" aside, possibly in the genitive ("Trelleborgs kommun", and the old "Falu
 * kommun" for Falun).
 */
export function namesMatch(partyName: string, scbName: string): boolean {
  const name = normalize(partyName);
  const scb = normalize(scbName);
  return name === scb || name === `${scb}s` || (scb.endsWith('n') && name === scb.slice(0, -1));
}

export const municipalityNameMatches = defineRule({
  id: 'municipality/name-matches',
  description: {
    sv: 'En kommunparts namn stämmer med SCB:s namn för kommunkoden.',
    en: "A municipality party's name matches SCB's name for its code.",
  },
  severity: 'warning',
  appliesTo: ['agreement'],
  messages: {
    mismatch: {
      message: {
        sv: 'Kommunkoden {code} är {scbName} enligt SCB, men parten heter "{name}"',
        en: 'The kommunkod {code} is {scbName} according to SCB, but the party is called "{name}"',
      },
      hint: {
        sv: 'Kontrollera kommunkoden i SCB:s lista; namnen jämförs utan orden kommun, stad och region.',
        en: 'Check the code in SCB\'s list; names are compared without the words kommun, stad and region.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Koden används för län, polisregion och lagens tidsfrister, namnet läser människor; när de pekar på olika kommuner är oftast koden fel.',
      en: 'The code drives county, police region and statutory deadlines, people read the name; when they name different kommuner the code is usually wrong.',
    },
    wrong: 'name: Gnesta kommun\nmunicipality_code: "1287"',
    right: 'name: Gnesta kommun\nmunicipality_code: "0461"',
  },
  check({ data }, { report, repository }) {
    data.parties.forEach((party, i) => {
      if (party.type !== 'municipality' || party.municipality_code === undefined) return;
      // An unknown code is municipality/code-exists's finding.
      const municipality = repository.reference.municipalities.get(party.municipality_code);
      if (!municipality || namesMatch(party.name, municipality.name)) return;
      report({
        messageId: 'mismatch',
        pointer: `/parties/${i}/municipality_code`,
        data: { code: party.municipality_code, scbName: municipality.name, name: party.name },
      });
    });
  },
});

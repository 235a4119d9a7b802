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
    sv: 'En kommunparts namn stämmer med SCB:s namn för kommunkoden: fel när namnet är en annan kommuns, varning när det bara inte stämmer.',
    en: "A municipality party's name matches SCB's name for its code: an error when the name is another kommun's, a warning when it merely differs.",
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    'other-kommun': {
      message: {
        sv: 'Kommunkoden {code} är {scbName} enligt SCB, men parten heter "{name}", som är en annan kommun: {otherName} ({otherCode})',
        en: 'The kommunkod {code} is {scbName} according to SCB, but the party is called "{name}", which is another kommun: {otherName} ({otherCode})',
      },
      hint: {
        sv: 'Skriv municipality_code: "{otherCode}" om parten är {otherName}, eller rätta namnet om den är {scbName}; koden avgör län, polisregion och lagens tidsfrister.',
        en: 'Write municipality_code: "{otherCode}" if the party is {otherName}, or fix the name if it is {scbName}; the code decides county, police region and statutory deadlines.',
      },
    },
    mismatch: {
      severity: 'warning',
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
      sv: 'Koden används för län, polisregion och lagens tidsfrister, namnet läser människor; när de pekar på olika kommuner hamnar överenskommelsen hos fel kommun.',
      en: 'The code drives county, police region and statutory deadlines, people read the name; when they name different kommuner the agreement is filed under the wrong kommun.',
    },
    wrong: 'name: Uppsala kommun\nmunicipality_code: "0381"',
    right: 'name: Uppsala kommun\nmunicipality_code: "0380"',
  },
  check({ data }, { report, repository }) {
    const { municipalities } = repository.reference;
    data.parties.forEach((party, i) => {
      if (party.type !== 'municipality' || party.municipality_code === undefined) return;
      // An unknown code is municipality/code-exists's finding.
      const municipality = municipalities.get(party.municipality_code);
      if (!municipality || namesMatch(party.name, municipality.name)) return;
      const pointer = `/parties/${i}/municipality_code`;
      const shown = { code: party.municipality_code, scbName: municipality.name, name: party.name };
      const other = [...municipalities.values()].find((m) => namesMatch(party.name, m.name));
      if (other) report({ messageId: 'other-kommun', pointer, data: { ...shown, otherName: other.name, otherCode: other.code } });
      else report({ messageId: 'mismatch', pointer, data: shown });
    });
  },
});

import { defineRule } from '../rule.js';

export const municipalityCodeExists = defineRule({
  id: 'municipality/code-exists',
  description: {
    sv: 'Varje kommunkod är en av SCB:s 290 kommunkoder.',
    en: "Every kommunkod is one of SCB's 290 municipality codes.",
  },
  severity: 'error',
  appliesTo: ['agreement', 'situation_report', 'action_plan'],
  messages: {
    unknown: {
      message: {
        sv: 'Kommunkoden "{code}" finns inte bland SCB:s 290 kommunkoder',
        en: 'The kommunkod "{code}" is not one of SCB\'s 290 municipality codes',
      },
      hint: {
        sv: 'Slå upp kommunens fyrsiffriga kod i SCB:s lista Kommuner i Sverige (scb.se), till exempel "0461" för Gnesta.',
        en: 'Look up the four-digit code in SCB\'s list of kommuner (scb.se), for example "0461" for Gnesta.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Kommunkoden avgör vilken kommun, vilket län och vilken polisregion dokumentet gäller; en felskriven kod hamnar hos fel kommun eller ingen.',
      en: 'The code decides which kommun, county and police region a document is about; a mistyped code lands with the wrong kommun or none.',
    },
    wrong: 'municipality_code: "0416"',
    right: 'municipality_code: "0461"',
  },
  check({ data }, { report, repository }) {
    const known = repository.reference.municipalities;
    const check = (code: string | undefined, pointer: string) => {
      if (code !== undefined && !known.has(code)) report({ messageId: 'unknown', pointer, data: { code } });
    };
    // Every party's code, not only municipality parties': a code that is written must be real.
    if (data.kind === 'agreement') data.parties.forEach((party, i) => check(party.municipality_code, `/parties/${i}/municipality_code`));
    else check(data.municipality_code, '/municipality_code');
  },
});

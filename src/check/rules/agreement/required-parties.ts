import { defineRule } from '../rule.js';

export const agreementRequiredParties = defineRule({
  id: 'agreement/required-parties',
  description: {
    sv: 'En överenskommelse har minst en kommun och polisen bland sina parter.',
    en: 'An agreement has at least a kommun and the police among its parties.',
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    'no-municipality': {
      message: {
        sv: 'Överenskommelsen saknar en part av typen municipality (kommunen)',
        en: 'The agreement has no party of type municipality (the kommun)',
      },
      hint: {
        sv: 'Lägg till kommunen under parties med type: municipality och dess kommunkod i municipality_code.',
        en: 'Add the kommun under parties with type: municipality and its code in municipality_code.',
      },
    },
    'no-police': {
      message: {
        sv: 'Överenskommelsen saknar en part av typen police (polisen)',
        en: 'The agreement has no party of type police (the police)',
      },
      hint: {
        sv: 'Lägg till lokalpolisområdet under parties med type: police och dess polisregion i police_region.',
        en: 'Add the local police area under parties with type: police and its region in police_region.',
      },
    },
  },
  docs: {
    why: {
      sv: 'En samverkansöverenskommelse sluts mellan kommunen och polisen; utan någon av dem går kommun och polisregion inte att avgöra.',
      en: 'A cooperation agreement is made between the kommun and the police; without either, neither kommun nor police region can be told.',
    },
    wrong: 'parties:\n  - id: gnesta-kommun\n    type: municipality\n    name: Gnesta kommun\n    municipality_code: "0461"',
    right:
      'parties:\n  - id: gnesta-kommun\n    type: municipality\n    name: Gnesta kommun\n    municipality_code: "0461"\n  - id: lpo-nykoping-gnesta\n    type: police\n    name: Lokalpolisområde Nyköping/Gnesta',
  },
  check({ data }, { report }) {
    const types = new Set(data.parties.map((p) => p.type));
    if (!types.has('municipality')) report({ messageId: 'no-municipality', pointer: '/parties' });
    if (!types.has('police')) report({ messageId: 'no-police', pointer: '/parties' });
  },
});

import { defineRule } from '../rule.js';

/** The day lag (2023:196) took effect; agreements from then on are written under its 9 §. */
const LAW_IN_FORCE = '2023-07-01';

export const agreementPurpose = defineRule({
  id: 'agreement/purpose',
  description: {
    sv: 'En överenskommelse som gäller från 2023-07-01 eller senare anger sitt syfte (purpose).',
    en: 'An agreement valid from 2023-07-01 or later states its purpose.',
  },
  severity: 'warning',
  appliesTo: ['agreement'],
  messages: {
    missing: {
      message: {
        sv: 'Överenskommelsen gäller från {from} men anger inget syfte (purpose)',
        en: 'The agreement is valid from {from} but states no purpose',
      },
      hint: {
        sv: 'Lägg till purpose: med överenskommelsens syfte med egna ord; lag (2023:196) 9 § vill att en skriftlig överenskommelse anger det.',
        en: 'Add purpose: with the purpose of the agreement in your own words; lag (2023:196), section 9, asks a written agreement to state it.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Sedan lag (2023:196) trädde i kraft 2023-07-01 ska kommunen verka för skriftliga överenskommelser som anger åtminstone syftena och samverkansområdena (9 §); syftet är det som uppföljningen till kommunstyrelsen mäts mot.',
      en: 'Since lag (2023:196) took effect on 2023-07-01, the kommun works for written agreements that state at least their purposes and areas of cooperation (section 9); the purpose is what the follow-up to the council is measured against.',
    },
    wrong: 'valid_from: 2023-07-01\nvalid_to: 2026-12-31',
    right: 'purpose: Att minska brottsligheten och öka tryggheten i Burlöv.\nvalid_from: 2023-07-01\nvalid_to: 2026-12-31',
  },
  check({ data }, { report }) {
    if (data.valid_from < LAW_IN_FORCE) return;
    if (data.purpose === undefined) report({ messageId: 'missing', pointer: '', on: 'key', data: { from: data.valid_from } });
    else if (data.purpose.trim() === '') report({ messageId: 'missing', pointer: '/purpose', data: { from: data.valid_from } });
  },
});

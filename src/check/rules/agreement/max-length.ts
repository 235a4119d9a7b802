import { addDays } from '../../../domain/calendar/dates.js';
import { addYears } from '../../../domain/calendar/months.js';
import { defineRule } from '../rule.js';

const MAX_YEARS = 4;

export const agreementMaxLength = defineRule({
  id: 'agreement/max-length',
  description: {
    sv: 'En överenskommelse gäller högst fyra år.',
    en: 'An agreement is valid for at most four years.',
  },
  severity: 'warning',
  appliesTo: ['agreement'],
  messages: {
    'too-long': {
      message: {
        sv: 'Giltighetstiden är längre än fyra år: sista dagen är {to}, men fyra år från {from} slutar {latest}',
        en: 'The validity is longer than four years: the last day is {to}, but four years from {from} end on {latest}',
      },
      hint: {
        sv: 'Överenskommelser gäller normalt 3–4 år; förnya den hellre än att låta den löpa längre.',
        en: 'Agreements normally run 3–4 years; renew rather than let one run longer.',
      },
    },
  },
  docs: {
    why: {
      sv: 'En överenskommelse ska bygga på en aktuell lägesbild och förnyas ofta kring en ny mandatperiod; längre än fyra år är oftast ett skrivfel i årtalet.',
      en: 'An agreement should build on a current situation picture and is often renewed around a new council term; more than four years is usually a typo in the year.',
    },
    wrong: 'valid_from: 2023-06-20\nvalid_to: 2028-06-19',
    right: 'valid_from: 2023-06-20\nvalid_to: 2027-06-19',
  },
  check({ data }, { report }) {
    const latest = addDays(addYears(data.valid_from, MAX_YEARS), -1);
    if (data.valid_to > latest) report({ messageId: 'too-long', pointer: '/valid_to', data: { from: data.valid_from, to: data.valid_to, latest } });
  },
});

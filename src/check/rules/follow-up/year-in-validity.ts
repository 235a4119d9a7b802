import { validityYears } from '../../../domain/agreement-facts.js';
import { defineRule } from '../rule.js';

export const followUpYearInValidity = defineRule({
  id: 'follow-up/year-in-validity',
  description: {
    sv: 'En uppföljnings år är ett år som överenskommelsen gäller under.',
    en: "A follow-up's year is a year the agreement is in force during.",
  },
  severity: 'error',
  appliesTo: ['follow_up'],
  messages: {
    outside: {
      message: {
        sv: 'Året {year} ligger utanför överenskommelsens giltighetstid {from} – {to}',
        en: "The year {year} lies outside the agreement's validity {from} – {to}",
      },
      hint: {
        sv: 'En uppföljning gäller ett kalenderår mellan {first} och {last}; rätta year eller agreement.',
        en: 'A follow-up covers a calendar year from {first} to {last}; fix year or agreement.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Den årliga uppföljningen redovisar ett år av överenskommelsen; ett år utanför giltighetstiden räknas inte som gjord uppföljning.',
      en: 'The yearly follow-up reports a year of the agreement; a year outside its validity does not count as a follow-up done.',
    },
    wrong: 'agreement: gnesta-2023\nyear: 2022',
    right: 'agreement: gnesta-2023\nyear: 2023',
  },
  check({ data }, { report, repository }) {
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const { first, last } = validityYears(agreement.data);
    if (data.year >= first && data.year <= last) return;
    report({
      messageId: 'outside',
      pointer: '/year',
      data: { year: data.year, from: agreement.data.valid_from, to: agreement.data.valid_to, first, last },
    });
  },
});

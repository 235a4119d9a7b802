import { defineRule } from '../rule.js';

export const citizenPromisesWithinValidity = defineRule({
  id: 'citizen-promises/within-validity',
  description: {
    sv: 'Medborgarlöftenas period ligger inom överenskommelsens giltighetstid.',
    en: "The citizen promises' period lies within the agreement's validity.",
  },
  severity: 'warning',
  appliesTo: ['citizen_promises'],
  messages: {
    outside: {
      message: {
        sv: 'Datumet {date} ligger utanför giltighetstiden för överenskommelsen {agreement} ({from} – {to})',
        en: 'The date {date} lies outside the validity of the agreement {agreement} ({from} – {to})',
      },
      hint: {
        sv: 'Låt löftena gälla inom överenskommelsens giltighetstid, eller knyt dem till den överenskommelse som gäller då.',
        en: "Let the promises run within the agreement's validity, or tie them to the agreement in force then.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Medborgarlöftena bygger på överenskommelsens fokusområden; löften som gäller efter att den har gått ut saknar grund.',
      en: "Citizen promises build on the agreement's focus areas; promises running after it has expired have no basis.",
    },
    wrong: 'agreement: gnesta-2023\nperiod:\n  from: 2027-01-01\n  to: 2027-12-31',
    right: 'agreement: gnesta-2027\nperiod:\n  from: 2027-01-01\n  to: 2027-12-31',
  },
  check({ data }, { report, repository }) {
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const { valid_from: from, valid_to: to } = agreement.data;
    for (const key of ['from', 'to'] as const) {
      const date = data.period[key];
      if (date < from || date > to) report({ messageId: 'outside', pointer: `/period/${key}`, data: { date, agreement: data.agreement, from, to } });
    }
  },
});

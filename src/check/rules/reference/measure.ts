import { defineRule } from '../rule.js';

export const referenceMeasure = defineRule({
  id: 'reference/measure',
  description: {
    sv: 'measure: i en uppföljning pekar på en åtgärd i överenskommelsen.',
    en: 'measure: in a follow-up points at a measure of the agreement.',
  },
  severity: 'error',
  appliesTo: ['follow_up'],
  messages: {
    unknown: {
      message: {
        sv: 'Åtgärden "{id}" finns inte i överenskommelsen {agreement}{suggestion}',
        en: 'The measure "{id}" is not in the agreement {agreement}{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för en åtgärd under något av överenskommelsens fokusområden.',
        en: "Write the id of a measure under one of the agreement's focus areas.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Uppföljningen redovisar läget för varje åtgärd; en status för en åtgärd som inte finns hamnar inte i rapporten.',
      en: 'The follow-up reports the state of each measure; a status for a measure that does not exist is left out of the report.',
    },
    wrong: 'measures:\n  - measure: at-vandringar\n    status: done',
    right: 'measures:\n  - measure: at-vandring\n    status: done',
  },
  check({ data }, { report, repository, didYouMean }) {
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const measures = repository.items(agreement.data).measures;
    (data.measures ?? []).forEach(({ measure: id }, i) => {
      if (measures.has(id)) return;
      report({ messageId: 'unknown', pointer: `/measures/${i}/measure`, data: { id, agreement: agreement.data.id, suggestion: didYouMean(id, measures) } });
    });
  },
});

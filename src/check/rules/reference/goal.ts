import { defineRule } from '../rule.js';

export const referenceGoal = defineRule({
  id: 'reference/goal',
  description: {
    sv: 'goal: i en uppföljning pekar på ett effekt-, process- eller produktionsmål i överenskommelsen.',
    en: 'goal: in a follow-up points at an effect, process or output goal of the agreement.',
  },
  severity: 'error',
  appliesTo: ['follow_up'],
  messages: {
    unknown: {
      message: {
        sv: 'Målet "{id}" finns inte i överenskommelsen {agreement}{suggestion}',
        en: 'The goal "{id}" is not in the agreement {agreement}{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för ett effektmål, processmål eller produktionsmål i överenskommelsen.',
        en: 'Write the id of an effect, process or output goal of the agreement.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Uppföljningen redovisar hur varje mål har nåtts; en bedömning av ett mål som inte finns hamnar inte i rapporten.',
      en: 'The follow-up reports how far each goal was reached; an assessment of a goal that does not exist is left out of the report.',
    },
    wrong: 'goals:\n  - goal: em-otryghet\n    assessment: partly_achieved',
    right: 'goals:\n  - goal: em-otrygghet\n    assessment: partly_achieved',
  },
  check({ data }, { report, repository, didYouMean }) {
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const goals = repository.items(agreement.data).goals;
    (data.goals ?? []).forEach(({ goal: id }, i) => {
      if (goals.has(id)) return;
      report({ messageId: 'unknown', pointer: `/goals/${i}/goal`, data: { id, agreement: agreement.data.id, suggestion: didYouMean(id, goals) } });
    });
  },
});

import { defineRule } from '../rule.js';

export const referenceFocusArea = defineRule({
  id: 'reference/focus-area',
  description: {
    sv: 'focus_area: i medborgarlöften och lägesbilder pekar på ett fokusområde i överenskommelsen.',
    en: 'focus_area: in citizen promises and situation reports points at a focus area of the agreement.',
  },
  severity: 'error',
  appliesTo: ['citizen_promises', 'situation_report'],
  messages: {
    unknown: {
      message: {
        sv: 'Fokusområdet "{id}" finns inte i överenskommelsen {agreement}{suggestion}',
        en: 'The focus area "{id}" is not in the agreement {agreement}{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för ett av överenskommelsens focus_areas.',
        en: "Write the id of one of the agreement's focus_areas.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Löften och iakttagelser knyts till fokusområden för att visa vad som görs inom varje prioritering; ett fel id knyter dem till ingenting.',
      en: 'Promises and findings are tied to focus areas to show what is done under each priority; a wrong id ties them to nothing.',
    },
    wrong: 'agreement: gnesta-2023\npromises:\n  - id: lofte-1\n    focus_area: fa-trygghett',
    right: 'agreement: gnesta-2023\npromises:\n  - id: lofte-1\n    focus_area: fa-trygghet',
  },
  check({ data }, { report, repository, didYouMean }) {
    if (data.agreement === undefined) return;
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const areas = repository.items(agreement.data).focusAreas;
    const check = (id: string | undefined, pointer: string) => {
      if (id === undefined || areas.has(id)) return;
      report({ messageId: 'unknown', pointer, data: { id, agreement: agreement.data.id, suggestion: didYouMean(id, areas) } });
    };
    if (data.kind === 'citizen_promises') data.promises.forEach((p, i) => check(p.focus_area, `/promises/${i}/focus_area`));
    else (data.findings ?? []).forEach((f, i) => check(f.focus_area, `/findings/${i}/focus_area`));
  },
});

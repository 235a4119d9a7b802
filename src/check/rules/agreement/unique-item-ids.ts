import { defineRule } from '../rule.js';

type Item = 'focus-area' | 'goal' | 'measure' | 'indicator';

const HINT = {
  sv: 'Ge posten ett eget id; uppföljningar och medborgarlöften hänvisar till den med id:t.',
  en: 'Give the item an id of its own; follow-ups and citizen promises refer to it by id.',
};

export const agreementUniqueItemIds = defineRule({
  id: 'agreement/unique-item-ids',
  description: {
    sv: 'Fokusområden, mål, åtgärder och indikatorer har var sitt id inom överenskommelsen.',
    en: 'Focus areas, goals, measures and indicators each have an id of their own within the agreement.',
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    'focus-area': {
      message: { sv: 'Fokusområdet "{id}" finns redan i överenskommelsen', en: 'The focus area "{id}" is already in the agreement' },
      hint: HINT,
    },
    goal: {
      message: {
        sv: 'Målet "{id}" finns redan i fokusområdet {area}; effekt-, process- och produktionsmål delar id',
        en: 'The goal "{id}" is already in the focus area {area}; effect, process and output goals share ids',
      },
      hint: HINT,
    },
    measure: {
      message: { sv: 'Åtgärden "{id}" finns redan i fokusområdet {area}', en: 'The measure "{id}" is already in the focus area {area}' },
      hint: HINT,
    },
    indicator: {
      message: { sv: 'Indikatorn "{id}" finns redan i överenskommelsen', en: 'The indicator "{id}" is already in the agreement' },
      hint: HINT,
    },
  },
  docs: {
    why: {
      sv: 'Uppföljningar och medborgarlöften pekar på mål, åtgärder och fokusområden med id; två med samma id gör hänvisningen tvetydig.',
      en: 'Follow-ups and promises point at goals, measures and focus areas by id; two with one id make the reference ambiguous.',
    },
    wrong: 'measures:\n  - id: at-vandring\n    text: Trygghetsvandring i centrum\n  - id: at-vandring\n    text: Trygghetsvandring i Björnlunda',
    right: 'measures:\n  - id: at-vandring\n    text: Trygghetsvandring i centrum\n  - id: at-vandring-bjornlunda\n    text: Trygghetsvandring i Björnlunda',
  },
  check({ data }, { report, repository }) {
    const check = (messageId: Item, items: readonly { id: string; area?: string; pointer: string }[]) => {
      const areaOfFirst = new Map<string, string>();
      for (const { id, area = '', pointer } of items) {
        const earlier = areaOfFirst.get(id);
        if (earlier === undefined) areaOfFirst.set(id, area);
        else report({ messageId, pointer: `${pointer}/id`, data: { id, area: earlier } });
      }
    };
    check('focus-area', data.focus_areas.map((area, a) => ({ id: area.id, pointer: `/focus_areas/${a}` })));
    check('goal', repository.goals(data).map(({ goal, area, pointer }) => ({ id: goal.id, area: area.id, pointer })));
    check('measure', repository.measures(data).map(({ measure, area, pointer }) => ({ id: measure.id, area: area.id, pointer })));
    check('indicator', (data.indicators ?? []).map((indicator, i) => ({ id: indicator.id, pointer: `/indicators/${i}` })));
  },
});

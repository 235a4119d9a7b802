import { defineRule } from '../rule.js';
import { wrongKind } from './wrong-kind.js';

export const referenceSituationReport = defineRule({
  id: 'reference/situation-report',
  description: {
    sv: 'situation_report: i en åtgärdsplan pekar på en lägesbild för samma kommun.',
    en: 'situation_report: in an action plan points at a situation report of the same kommun.',
  },
  severity: 'error',
  appliesTo: ['action_plan'],
  messages: {
    missing: {
      message: {
        sv: 'Lägesbilden "{id}" finns inte i arkivet{suggestion}',
        en: 'The situation report "{id}" is not in the repository{suggestion}',
      },
      hint: { sv: 'Skriv id:t för en lägesbild (kind: situation_report).', en: 'Write the id of a situation report (kind: situation_report).' },
    },
    'not-a-situation-report': {
      message: {
        sv: '"{id}" är inte en lägesbild utan ett dokument av typen {kind}',
        en: '"{id}" is not a situation report but a document of kind {kind}',
      },
      hint: { sv: 'Skriv id:t för en lägesbild (kind: situation_report).', en: 'Write the id of a situation report (kind: situation_report).' },
    },
    'other-municipality': {
      message: {
        sv: 'Lägesbilden "{id}" gäller kommunkod {reportCode}, men åtgärdsplanen gäller {planCode}',
        en: 'The situation report "{id}" is for kommunkod {reportCode}, but the action plan is for {planCode}',
      },
      hint: {
        sv: 'Enligt lag (2023:196) 5 § bygger kommunens åtgärdsplan på kommunens egen lägesbild; rätta id:t eller kommunkoden.',
        en: "Under lag (2023:196) 5 § a kommun's action plan builds on its own situation report; fix the id or the code.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Lagen kräver att åtgärdsplanen bygger på lägesbilden; en hänvisning som pekar fel bryter den kopplingen.',
      en: 'The law requires the action plan to build on the situation report; a reference that points wrong breaks that link.',
    },
    wrong: 'municipality_code: "0461"\nsituation_report: gnesta-lagesbild-2042',
    right: 'municipality_code: "0461"\nsituation_report: gnesta-lagesbild-2024',
  },
  check({ data }, { report, repository, didYouMean }) {
    const id = data.situation_report;
    if (id === undefined) return;
    const reports = repository.ofKind('situation_report');
    const declared = repository.withId(id);
    if (declared.length === 0) {
      report({ messageId: 'missing', pointer: '/situation_report', data: { id, suggestion: didYouMean(id, reports.map((r) => r.data.id)) } });
      return;
    }
    const kind = wrongKind(declared, 'situation_report');
    if (kind !== undefined) {
      report({ messageId: 'not-a-situation-report', pointer: '/situation_report', data: { id, kind } });
      return;
    }
    const target = reports.find((r) => r.data.id === id);
    if (target && target.data.municipality_code !== data.municipality_code) {
      report({
        messageId: 'other-municipality',
        pointer: '/situation_report',
        data: { id, reportCode: target.data.municipality_code, planCode: data.municipality_code },
      });
    }
  },
});

import type { IndicatorValue } from '../../../model/documents.js';
import { defineRule } from '../rule.js';

export const referenceIndicator = defineRule({
  id: 'reference/indicator',
  description: {
    sv: 'Målens indikatorer och indikatorvärden i uppföljningar och lägesbilder finns bland överenskommelsens indicators.',
    en: "Goals' indicators and indicator values in follow-ups and situation reports are among the agreement's indicators.",
  },
  severity: 'error',
  appliesTo: ['agreement', 'follow_up', 'situation_report'],
  messages: {
    unknown: {
      message: {
        sv: 'Indikatorn "{id}" finns inte under överenskommelsens indicators{suggestion}',
        en: "The indicator \"{id}\" is not under the agreement's indicators{suggestion}",
      },
      hint: {
        sv: 'Skriv id:t för en indikator under indicators, eller lägg till indikatorn där med namn, enhet och riktning.',
        en: 'Write the id of an indicator under indicators, or add the indicator there with name, unit and direction.',
      },
    },
    'unknown-in-agreement': {
      message: {
        sv: 'Indikatorn "{id}" finns inte i överenskommelsen {agreement}{suggestion}',
        en: 'The indicator "{id}" is not in the agreement {agreement}{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för en indikator under överenskommelsens indicators.',
        en: "Write the id of an indicator under the agreement's indicators.",
      },
    },
  },
  docs: {
    why: {
      sv: 'Ett värde utan känd indikator saknar enhet och riktning, så det går inte att säga om utvecklingen är bra eller dålig.',
      en: 'A value without a known indicator has no unit and no direction, so nobody can tell whether things got better or worse.',
    },
    wrong: 'effect_goals:\n  - id: em-otrygghet\n    indicators: [ind-otryghet]\n# …\nindicators:\n  - id: ind-otrygghet',
    right: 'effect_goals:\n  - id: em-otrygghet\n    indicators: [ind-otrygghet]\n# …\nindicators:\n  - id: ind-otrygghet',
  },
  check({ data }, { report, repository, didYouMean }) {
    if (data.kind === 'agreement') {
      const indicators = repository.items(data).indicators;
      for (const { goal, pointer } of repository.goals(data)) {
        (goal.indicators ?? []).forEach((id, i) => {
          if (!indicators.has(id)) report({ messageId: 'unknown', pointer: `${pointer}/indicators/${i}`, data: { id, suggestion: didYouMean(id, indicators) } });
        });
      }
      return;
    }
    if (data.agreement === undefined) return;
    const agreement = repository.agreement(data.agreement);
    if (!agreement) return;
    const indicators = repository.items(agreement.data).indicators;
    const check = (values: readonly IndicatorValue[] | undefined, pointer: string) =>
      (values ?? []).forEach(({ indicator: id }, i) => {
        if (indicators.has(id)) return;
        report({
          messageId: 'unknown-in-agreement',
          pointer: `${pointer}/${i}/indicator`,
          data: { id, agreement: agreement.data.id, suggestion: didYouMean(id, indicators) },
        });
      });
    check(data.indicator_values, '/indicator_values');
    if (data.kind === 'situation_report') (data.findings ?? []).forEach((finding, f) => check(finding.indicator_values, `/findings/${f}/indicator_values`));
  },
});

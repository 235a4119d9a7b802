import type { TypedDocument } from '../../../domain/typed-document.js';
import { defineRule } from '../rule.js';

export const actionPlanLatestSituationReport = defineRule({
  id: 'action-plan/latest-situation-report',
  description: {
    sv: 'En åtgärdsplan bygger på den senaste lägesbild som kommunen hade fastställt när planen beslutades.',
    en: 'An action plan rests on the latest situation report the kommun had adopted when the plan was decided.',
  },
  severity: 'warning',
  appliesTo: ['action_plan'],
  messages: {
    older: {
      message: {
        sv: 'Åtgärdsplanen beslutades {decided} och bygger på lägesbilden {cited}, men kommunen hade då fastställt en nyare, {newest} ({adopted})',
        en: 'The action plan was decided on {decided} and rests on the situation report {cited}, but the kommun had adopted a newer one by then, {newest} ({adopted})',
      },
      hint: {
        sv: 'Låt situation_report peka på {newest}, eller besluta en ny åtgärdsplan som bygger på den (lag 2023:196 5 §).',
        en: 'Point situation_report at {newest}, or decide a new action plan that rests on it (lag 2023:196, section 5).',
      },
    },
    none: {
      message: {
        sv: 'Åtgärdsplanen beslutades {decided} men anger ingen lägesbild; kommunens senaste, {newest}, fastställdes {adopted}',
        en: 'The action plan was decided on {decided} but names no situation report; the kommun’s latest, {newest}, was adopted on {adopted}',
      },
      hint: {
        sv: 'Lägg till situation_report: {newest} (lag 2023:196 5 §: planen ska bygga på lägesbilden).',
        en: 'Add situation_report: {newest} (lag 2023:196, section 5: the plan rests on the situation report).',
      },
    },
  },
  docs: {
    why: {
      sv: 'Lagen (2023:196) 5 § säger att kommunen beslutar åtgärdsplanen utifrån lägesbilden; en plan som beslutas efter att en ny lägesbild fastställts men bygger på en äldre, eller på ingen, bygger inte på det kommunen vet.',
      en: 'Lag (2023:196), section 5, has the kommun decide its action plan from the situation report; a plan decided after a new report was adopted but resting on an older one, or on none, does not rest on what the kommun knows.',
    },
    wrong: '# lägesbilder: gnesta-lagesbild-2022 (2022-05-10), gnesta-lagesbild-2024 (2024-05-14)\nsituation_report: gnesta-lagesbild-2022\ndecided_on: 2024-06-17',
    right: '# lägesbilder: gnesta-lagesbild-2022 (2022-05-10), gnesta-lagesbild-2024 (2024-05-14)\nsituation_report: gnesta-lagesbild-2024\ndecided_on: 2024-06-17',
  },
  check({ data }, { report, repository }) {
    const decided = data.decided_on;
    if (decided === undefined) return;
    const reports = repository.situationReportsIn(data.municipality_code);
    // The newest adopted by the day of the decision (the same day counts: one meeting can do both).
    let newest: TypedDocument<'situation_report'> | undefined;
    for (const r of reports) {
      const adopted = r.data.adopted_on;
      if (adopted !== undefined && adopted <= decided && (newest === undefined || adopted > (newest.data.adopted_on ?? ''))) newest = r;
    }
    if (newest === undefined) return;
    const facts = { decided, newest: newest.data.id, adopted: newest.data.adopted_on ?? '' };
    if (data.situation_report === undefined) {
      report({ messageId: 'none', pointer: '/decided_on', data: facts });
      return;
    }
    // A reference to no lägesbild of the kommun is reference/situation-report's to report.
    const cited = reports.find((r) => r.data.id === data.situation_report);
    if (cited === undefined || (cited.data.adopted_on !== undefined && cited.data.adopted_on >= facts.adopted)) return;
    report({ messageId: 'older', pointer: '/situation_report', data: { ...facts, cited: cited.data.id } });
  },
});

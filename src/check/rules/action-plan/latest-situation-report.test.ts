import { actionPlanYaml, situationReportYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { actionPlanLatestSituationReport } from './latest-situation-report.js';

// gnesta-lagesbild-2024 is adopted 2024-05-14; the plan is decided 2024-06-17 and rests on it.
const report2022 = situationReportYaml({ id: 'id: gnesta-lagesbild-2022', year: 'year: 2022', adopted_on: 'adopted_on: 2022-05-10' });
const report2025 = situationReportYaml({ id: 'id: gnesta-lagesbild-2025', year: 'year: 2025', adopted_on: 'adopted_on: 2025-05-20' });
const restsOn = (id: string) => ({ situation_report: `situation_report: ${id}` });

testRule(actionPlanLatestSituationReport, {
  valid: [
    { 'p.yaml': actionPlanYaml(), 's.yaml': situationReportYaml(), 's2022.yaml': report2022 },
    // A lägesbild adopted after the decision is for the next plan.
    { 'p.yaml': actionPlanYaml(), 's.yaml': situationReportYaml(), 's2025.yaml': report2025 },
    // Adopted and decided the same day.
    { 'p.yaml': actionPlanYaml({ decided_on: 'decided_on: 2024-05-14' }), 's.yaml': situationReportYaml() },
    // Not decided yet, or no lägesbild adopted before it: nothing to rest on.
    { 'p.yaml': actionPlanYaml({ decided_on: '', situation_report: '' }), 's.yaml': situationReportYaml() },
    { 'p.yaml': actionPlanYaml({ decided_on: 'decided_on: 2024-01-10', situation_report: '' }), 's.yaml': situationReportYaml() },
    // Another kommun's newer lägesbild is not this kommun's.
    { 'p.yaml': actionPlanYaml(restsOn('gnesta-lagesbild-2022')), 's.yaml': report2022, 'x.yaml': situationReportYaml({ municipality_code: 'municipality_code: "0486"' }) },
  ],
  invalid: [
    {
      name: 'decided after a newer lägesbild, resting on the older one',
      files: { 'p.yaml': actionPlanYaml(restsOn('gnesta-lagesbild-2022')), 's.yaml': situationReportYaml(), 's2022.yaml': report2022 },
      expect: [{ file: 'p.yaml', messageId: 'older', pointer: '/situation_report', line: 4, column: 19, message: 'gnesta-lagesbild-2024 (2024-05-14)' }],
    },
    {
      name: 'resting on a lägesbild that was never adopted',
      files: {
        'p.yaml': actionPlanYaml(restsOn('gnesta-lagesbild-2023')),
        's.yaml': situationReportYaml(),
        's2023.yaml': situationReportYaml({ id: 'id: gnesta-lagesbild-2023', adopted_on: '' }),
      },
      expect: [{ file: 'p.yaml', messageId: 'older', pointer: '/situation_report', line: 4, column: 19 }],
    },
    {
      name: 'naming no lägesbild at all',
      files: { 'p.yaml': actionPlanYaml({ situation_report: '' }), 's.yaml': situationReportYaml() },
      expect: [{ file: 'p.yaml', messageId: 'none', pointer: '/decided_on', line: 5, column: 13, message: 'gnesta-lagesbild-2024' }],
    },
  ],
});

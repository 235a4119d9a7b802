import { actionPlanYaml, agreementYaml, situationReportYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceSituationReport } from './situation-report.js';

const plan = (id: string) => actionPlanYaml({ situation_report: `situation_report: ${id}` });

testRule(referenceSituationReport, {
  valid: [{ 'p.yaml': actionPlanYaml(), 's.yaml': situationReportYaml() }, actionPlanYaml({ situation_report: '' })],
  invalid: [
    {
      name: 'a misspelt id, with a suggestion',
      files: { 'p.yaml': plan('gnesta-lagesbild-2042'), 's.yaml': situationReportYaml() },
      expect: [{ file: 'p.yaml', messageId: 'missing', pointer: '/situation_report', line: 4, column: 19, message: 'menade du "gnesta-lagesbild-2024"?' }],
    },
    {
      name: 'the id of an agreement',
      files: { 'a.yaml': agreementYaml(), 'p.yaml': plan('gnesta-2023') },
      expect: [{ file: 'p.yaml', messageId: 'not-a-situation-report', pointer: '/situation_report', line: 4, column: 19, message: 'agreement' }],
    },
    {
      name: "another kommun's situation report",
      files: { 'p.yaml': actionPlanYaml(), 's.yaml': situationReportYaml({ municipality_code: 'municipality_code: "0486"' }) },
      expect: [{ file: 'p.yaml', messageId: 'other-municipality', pointer: '/situation_report', line: 4, column: 19, message: 'kommunkod 0486' }],
    },
  ],
});

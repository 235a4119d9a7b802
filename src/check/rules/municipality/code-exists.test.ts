import { actionPlanYaml, agreementYaml, situationReportYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { municipalityCodeExists } from './code-exists.js';

const code = (value: string) => ({ municipality_code: `municipality_code: "${value}"` });

testRule(municipalityCodeExists, {
  valid: [agreementYaml(), situationReportYaml(), actionPlanYaml(), actionPlanYaml(code('2584'))],
  invalid: [
    {
      name: "a municipality party's code with two digits swapped",
      files: agreementYaml().replace('"0461"', '"0416"'),
      expect: [{ messageId: 'unknown', pointer: '/parties/0/municipality_code', line: 8, column: 24, message: '"0416"' }],
    },
    {
      name: 'a situation report and an action plan',
      files: { 's.yaml': situationReportYaml(code('0000')), 'p.yaml': actionPlanYaml(code('2599')) },
      expect: [
        { file: 'p.yaml', messageId: 'unknown', pointer: '/municipality_code', line: 3, column: 20 },
        { file: 's.yaml', messageId: 'unknown', pointer: '/municipality_code', line: 3, column: 20 },
      ],
    },
  ],
});

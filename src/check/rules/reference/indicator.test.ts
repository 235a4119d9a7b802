import { agreementYaml, followUpYaml, situationReportYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceIndicator } from './indicator.js';

const values = (indicator: string) => ({
  indicator_values: ['indicator_values:', `  - indicator: ${indicator}`, '    year: 2024', '    value: 27'].join('\n'),
});

testRule(referenceIndicator, {
  valid: [
    { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml(values('ind-otrygghet')), 's.yaml': situationReportYaml() },
    // The report's own figures, beside its findings' (format.md allows both places).
    { 'a.yaml': agreementYaml(), 's.yaml': situationReportYaml(values('ind-otrygghet')) },
    // Without an agreement a situation report's indicators are its own.
    situationReportYaml({ agreement: '' }).replace('indicator: ind-otrygghet', 'indicator: ind-brott'),
  ],
  invalid: [
    {
      name: "a goal's indicator that the agreement does not list",
      files: agreementYaml().replace('indicators: [ind-otrygghet]', 'indicators: [ind-otryghet]'),
      expect: [
        {
          messageId: 'unknown',
          pointer: '/focus_areas/0/effect_goals/0/indicators/0',
          line: 30,
          column: 22,
          message: 'menade du "ind-otrygghet"?',
        },
      ],
    },
    {
      name: "a follow-up's indicator value",
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml(values('ind-trygghet')) },
      expect: [
        { file: 'f.yaml', messageId: 'unknown-in-agreement', pointer: '/indicator_values/0/indicator', line: 13, column: 16, message: 'menade du "ind-otrygghet"?' },
      ],
    },
    {
      name: "a situation report's finding, when the report names an agreement",
      files: { 'a.yaml': agreementYaml(), 's.yaml': situationReportYaml().replace('indicator: ind-otrygghet', 'indicator: ind-brott') },
      expect: [
        { file: 's.yaml', messageId: 'unknown-in-agreement', pointer: '/findings/0/indicator_values/0/indicator', line: 12, column: 20, message: 'gnesta-2023' },
      ],
    },
    {
      name: "a situation report's own indicator value",
      files: { 'a.yaml': agreementYaml(), 's.yaml': situationReportYaml(values('ind-brott')) },
      expect: [{ file: 's.yaml', messageId: 'unknown-in-agreement', pointer: '/indicator_values/0/indicator', line: 16, column: 16, message: 'gnesta-2023' }],
    },
  ],
});

import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceMeasure } from './measure.js';

const measures = (...ids: string[]) => ({ measures: ['measures:', ...ids.flatMap((id) => [`  - measure: ${id}`, '    status: ongoing'])].join('\n') });

testRule(referenceMeasure, {
  valid: [{ 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml() }, followUpYaml({ agreement: 'agreement: okand-2023' })],
  invalid: [
    {
      name: 'a misspelt measure, with a suggestion',
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml(measures('at-vandringar')) },
      expect: [{ file: 'f.yaml', messageId: 'unknown', pointer: '/measures/0/measure', line: 7, column: 14, message: 'menade du "at-vandring"?' }],
    },
    {
      name: 'the id of a goal is not a measure',
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml(measures('at-vandring', 'em-otrygghet')) },
      expect: [{ file: 'f.yaml', messageId: 'unknown', pointer: '/measures/1/measure', line: 9, column: 14, message: 'gnesta-2023' }],
    },
  ],
});

import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { followUpMeasureCoverage } from './measure-coverage.js';

/** agreementYaml() with a second measure, at-belysning, after at-vandring. */
const twoMeasures = agreementYaml().replace(
  '\nindicators:',
  ['', '      - id: at-belysning', '        text: Bättre belysning vid stationen', '        responsible: [gnesta-kommun]', 'indicators:'].join('\n'),
);

const both = ['measures:', '  - measure: at-vandring', '    status: done', '  - measure: at-belysning', '    status: not_started'].join('\n');

testRule(followUpMeasureCoverage, {
  valid: [
    { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml() },
    { 'a.yaml': twoMeasures, 'f.yaml': followUpYaml({ measures: both }) },
    // A misspelt measure is reference/measure's finding; the measure it meant is not missing too.
    { 'a.yaml': twoMeasures, 'f.yaml': followUpYaml({ measures: both.replace('at-vandring', 'at-vandringar') }) },
    // Not yet reported: a draft may be incomplete.
    { 'a.yaml': twoMeasures, 'f.yaml': followUpYaml({ reported_on: '', measures: '' }) },
  ],
  invalid: [
    {
      name: 'a measure left out of the list',
      files: { 'a.yaml': twoMeasures, 'f.yaml': followUpYaml() },
      expect: [{ file: 'f.yaml', messageId: 'missing', pointer: '/measures', line: 7, column: 3, message: '"at-belysning"' }],
    },
    {
      name: 'no measures at all: reported on reported_on, once per measure',
      files: { 'a.yaml': twoMeasures, 'f.yaml': followUpYaml({ measures: '' }) },
      expect: [
        { file: 'f.yaml', messageId: 'missing', pointer: '/reported_on', line: 5, column: 14, message: '"at-vandring"' },
        { file: 'f.yaml', messageId: 'missing', pointer: '/reported_on', line: 5, column: 14, message: '"at-belysning"' },
      ],
    },
  ],
});

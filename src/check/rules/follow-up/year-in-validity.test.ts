import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { followUpYearInValidity } from './year-in-validity.js';

/** The agreement is in force 2023-06-20 – 2027-05-31, so it touches 2023 to 2027. */
const year = (y: number) => ({ 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml({ year: `year: ${y}` }) });

testRule(followUpYearInValidity, {
  valid: [year(2023), year(2024), year(2027), followUpYaml({ agreement: 'agreement: okand-2023', year: 'year: 1999' })],
  invalid: [
    {
      name: 'the year before the agreement',
      files: year(2022),
      expect: [{ file: 'f.yaml', messageId: 'outside', pointer: '/year', line: 4, column: 7, message: '2023-06-20 – 2027-05-31' }],
    },
    {
      name: 'the year after',
      files: year(2028),
      expect: [{ file: 'f.yaml', messageId: 'outside', pointer: '/year', line: 4, column: 7, message: 'Året 2028' }],
    },
  ],
});

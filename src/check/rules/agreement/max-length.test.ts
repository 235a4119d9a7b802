import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { agreementMaxLength } from './max-length.js';

const validity = (from: string, to: string) => agreementYaml({ valid_from: `valid_from: ${from}`, valid_to: `valid_to: ${to}` });

testRule(agreementMaxLength, {
  valid: [agreementYaml(), validity('2023-06-20', '2027-06-19'), validity('2024-02-29', '2028-02-28'), validity('2023-03-01', '2027-02-28')],
  invalid: [
    {
      name: 'one day more than four years',
      files: validity('2023-06-20', '2027-06-20'),
      expect: [{ messageId: 'too-long', pointer: '/valid_to', line: 23, column: 11, message: 'slutar 2027-06-19' }],
    },
    {
      name: 'from a leap day',
      files: validity('2024-02-29', '2028-02-29'),
      expect: [{ messageId: 'too-long', pointer: '/valid_to', line: 23, column: 11, message: 'slutar 2028-02-28' }],
    },
  ],
});

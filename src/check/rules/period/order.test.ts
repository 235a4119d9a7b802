import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { periodOrder } from './order.js';

const promises = (from: string, to: string) =>
  [
    'kind: citizen_promises',
    'id: gnesta-lofte-2024',
    'agreement: gnesta-2023',
    'period:',
    `  from: ${from}`,
    `  to: ${to}`,
    'promises:',
    '  - id: lofte-1',
    '    text: Vi håller trygghetsvandringar i centrum varje vår.',
    '',
  ].join('\n');

testRule(periodOrder, {
  valid: [agreementYaml(), promises('2024-01-01', '2024-12-31'), promises('2024-06-01', '2024-06-01')],
  invalid: [
    {
      files: agreementYaml({ valid_to: 'valid_to: 2019-05-31' }),
      expect: [{ messageId: 'reversed', pointer: '/valid_to', line: 23, column: 11 }],
    },
    {
      files: agreementYaml({ valid_to: 'valid_to: 2023-06-20' }),
      expect: [{ messageId: 'same-day', pointer: '/valid_to', line: 23, column: 11 }],
    },
    {
      files: promises('2024-12-31', '2024-01-01'),
      expect: [{ messageId: 'reversed', pointer: '/period/to', line: 6, column: 7 }],
    },
  ],
});

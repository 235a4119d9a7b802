import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { agreementPurpose } from './purpose.js';

const from = (date: string) => ({ valid_from: `valid_from: ${date}` });
const purpose = { purpose: 'purpose: Att öka tryggheten i Gnesta.' };

testRule(agreementPurpose, {
  valid: [
    // Valid from before the law took effect (the helper's agreement starts 2023-06-20).
    agreementYaml(),
    agreementYaml(from('2019-10-03')),
    agreementYaml({ ...from('2023-07-01'), ...purpose }),
    agreementYaml({ ...from('2026-09-01'), ...purpose }),
  ],
  invalid: [
    {
      name: 'valid from the day the law took effect, without purpose',
      files: agreementYaml(from('2023-07-01')),
      expect: [{ messageId: 'missing', pointer: '', line: 1, column: 1, message: '2023-07-01' }],
    },
    {
      name: 'a purpose of only spaces',
      files: agreementYaml({ ...from('2024-01-01'), purpose: 'purpose: "  "' }),
      expect: [{ messageId: 'missing', pointer: '/purpose', line: 40, column: 10 }],
    },
  ],
});

import { agreementYaml, citizenPromisesYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { citizenPromisesWithinValidity } from './within-validity.js';

/** The agreement is in force 2023-06-20 – 2027-05-31; `from` is on line 5, `to` on line 6. */
const period = (from: string, to: string) => ({
  'a.yaml': agreementYaml(),
  'p.yaml': citizenPromisesYaml({ period: ['period:', `  from: ${from}`, `  to: ${to}`].join('\n') }),
});

testRule(citizenPromisesWithinValidity, {
  valid: [period('2024-01-01', '2024-12-31'), period('2023-06-20', '2027-05-31'), citizenPromisesYaml({ agreement: 'agreement: okand-2023' })],
  invalid: [
    {
      name: 'starting before the agreement',
      files: period('2023-01-01', '2023-12-31'),
      expect: [{ file: 'p.yaml', messageId: 'outside', pointer: '/period/from', line: 5, column: 9, message: 'Datumet 2023-01-01' }],
    },
    {
      name: 'ending after it',
      files: period('2027-01-01', '2027-12-31'),
      expect: [{ file: 'p.yaml', messageId: 'outside', pointer: '/period/to', line: 6, column: 7, message: 'gnesta-2023 (2023-06-20 – 2027-05-31)' }],
    },
    {
      name: 'wholly after it: both dates',
      files: period('2028-01-01', '2028-12-31'),
      expect: [
        { file: 'p.yaml', messageId: 'outside', pointer: '/period/from', line: 5, column: 9 },
        { file: 'p.yaml', messageId: 'outside', pointer: '/period/to', line: 6, column: 7 },
      ],
    },
  ],
});

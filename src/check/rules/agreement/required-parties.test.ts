import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { agreementRequiredParties } from './required-parties.js';

const kommun = ['  - id: gnesta-kommun', '    type: municipality', '    name: Gnesta kommun', '    municipality_code: "0461"'];
const police = ['  - id: lpo-nykoping-gnesta', '    type: police', '    name: Lokalpolisområde Nyköping/Gnesta'];
const other = ['  - id: gnesta-bostader', '    type: other', '    name: Gnestahem AB'];
const parties = (...lists: string[][]) => agreementYaml({ parties: ['parties:', ...lists.flat()].join('\n') });

testRule(agreementRequiredParties, {
  valid: [agreementYaml(), parties(other, police, kommun)],
  invalid: [
    {
      name: 'no police party',
      files: parties(kommun, other),
      expect: [{ messageId: 'no-police', pointer: '/parties', line: 5, column: 3 }],
    },
    {
      name: 'neither a kommun nor the police',
      files: parties(other),
      expect: [
        { messageId: 'no-municipality', pointer: '/parties', line: 5, column: 3 },
        { messageId: 'no-police', pointer: '/parties', line: 5, column: 3 },
      ],
    },
  ],
});

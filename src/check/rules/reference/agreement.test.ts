import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceAgreement } from './agreement.js';

testRule(referenceAgreement, {
  valid: [
    { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml() },
    // A situation report need not name an agreement.
    'kind: situation_report\nid: lagesbild-2024\nmunicipality_code: "0461"\nyear: 2024\n',
  ],
  invalid: [
    {
      name: 'a misspelt agreement id, with a suggestion',
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml({ agreement: 'agreement: gnesta-2032' }) },
      expect: [{ file: 'f.yaml', messageId: 'missing', pointer: '/agreement', line: 3, column: 12, message: 'menade du "gnesta-2023"?' }],
    },
    {
      name: 'an id of another kind of document',
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml({ agreement: 'agreement: gnesta-2023-uppfoljning-2024' }) },
      expect: [{ file: 'f.yaml', messageId: 'not-an-agreement', pointer: '/agreement', line: 3, column: 12 }],
    },
  ],
});

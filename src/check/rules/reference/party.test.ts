import { agreementYaml, citizenPromisesYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceParty } from './party.js';

testRule(referenceParty, {
  valid: [
    { 'a.yaml': agreementYaml(), 'p.yaml': citizenPromisesYaml() },
    // The promises' agreement is missing: reference/agreement says so, not this rule.
    citizenPromisesYaml({ agreement: 'agreement: okand-2023' }),
  ],
  invalid: [
    {
      name: "a signatory's party, with a suggestion",
      files: agreementYaml().replace('party: gnesta-kommun', 'party: gnesta-komun'),
      expect: [{ messageId: 'unknown', pointer: '/signatories/0/party', line: 16, column: 12, message: 'menade du "gnesta-kommun"?' }],
    },
    {
      name: 'the second responsible party of a measure',
      files: agreementYaml().replace('lpo-nykoping-gnesta]', 'lpo-nykoping-gnest]'),
      expect: [
        {
          messageId: 'unknown',
          pointer: '/focus_areas/0/measures/0/responsible/1',
          line: 34,
          column: 38,
          message: 'menade du "lpo-nykoping-gnesta"?',
        },
      ],
    },
    {
      name: "an activity's responsible party, checked against the promises' agreement",
      files: { 'a.yaml': agreementYaml(), 'p.yaml': citizenPromisesYaml().replace('lpo-nykoping-gnesta]', 'polisen]') },
      expect: [
        {
          file: 'p.yaml',
          messageId: 'unknown-in-agreement',
          pointer: '/promises/0/activities/0/responsible/1',
          line: 14,
          column: 38,
          message: 'överenskommelsen gnesta-2023',
        },
      ],
    },
  ],
});

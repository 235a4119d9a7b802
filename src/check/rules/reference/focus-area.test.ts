import { agreementYaml, citizenPromisesYaml, situationReportYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceFocusArea } from './focus-area.js';

testRule(referenceFocusArea, {
  valid: [
    { 'a.yaml': agreementYaml(), 'p.yaml': citizenPromisesYaml(), 's.yaml': situationReportYaml() },
    // A situation report without an agreement has no focus areas to check against.
    situationReportYaml({ agreement: '' }),
    // Nor does one whose agreement is missing.
    citizenPromisesYaml({ agreement: 'agreement: okand-2023' }),
  ],
  invalid: [
    {
      name: "a promise's focus area, with a suggestion",
      files: { 'a.yaml': agreementYaml(), 'p.yaml': citizenPromisesYaml().replace('focus_area: fa-trygghet', 'focus_area: fa-trygget') },
      expect: [{ file: 'p.yaml', messageId: 'unknown', pointer: '/promises/0/focus_area', line: 10, column: 17, message: 'menade du "fa-trygghet"?' }],
    },
    {
      name: "a finding's focus area in a situation report that names an agreement",
      files: { 'a.yaml': agreementYaml(), 's.yaml': situationReportYaml().replace('focus_area: fa-trygghet', 'focus_area: fa-unga') },
      expect: [{ file: 's.yaml', messageId: 'unknown', pointer: '/findings/0/focus_area', line: 10, column: 17, message: 'gnesta-2023' }],
    },
  ],
});

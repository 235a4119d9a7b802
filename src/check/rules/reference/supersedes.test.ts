import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceSupersedes } from './supersedes.js';

// `supersedes` is appended after the 39 lines of agreementYaml(), so it is on line 40.
const next = (supersedes: string) => agreementYaml({ id: 'id: gnesta-2027', supersedes: `supersedes: ${supersedes}` });

testRule(referenceSupersedes, {
  valid: [agreementYaml(), { 'a.yaml': agreementYaml(), 'b.yaml': next('gnesta-2023') }],
  invalid: [
    {
      name: 'a misspelt id, suggesting another agreement, never the agreement itself',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': next('gnesta-2072') },
      expect: [{ file: 'b.yaml', messageId: 'missing', pointer: '/supersedes', line: 40, column: 13, message: 'menade du "gnesta-2023"?' }],
    },
    {
      name: 'itself',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': next('gnesta-2027') },
      expect: [{ file: 'b.yaml', messageId: 'self', pointer: '/supersedes', line: 40, column: 13 }],
    },
    {
      name: 'the id of a follow-up',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': next('gnesta-2023-uppfoljning-2024'), 'f.yaml': followUpYaml() },
      expect: [{ file: 'b.yaml', messageId: 'not-an-agreement', pointer: '/supersedes', line: 40, column: 13, message: 'follow_up' }],
    },
  ],
});

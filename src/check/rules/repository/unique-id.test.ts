import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { uniqueId } from './unique-id.js';

testRule(uniqueId, {
  valid: [{ 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml() }],
  invalid: [
    {
      name: 'the same id in two files: the later file is reported, naming the first',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': agreementYaml() },
      expect: [{ file: 'b.yaml', messageId: 'duplicate', pointer: '/id', line: 2, column: 5, message: 'används redan i a.yaml' }],
    },
    {
      name: 'across kinds, and in two documents of one file',
      files: { 'x.yaml': `${agreementYaml()}---\n${followUpYaml({ id: 'id: gnesta-2023' })}` },
      expect: [{ file: 'x.yaml', messageId: 'duplicate', pointer: '/id', line: 42, column: 5, message: 'x.yaml (1)' }],
    },
  ],
});

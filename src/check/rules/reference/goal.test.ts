import { agreementYaml, followUpYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { referenceGoal } from './goal.js';

const allKinds = agreementYaml().replace(
  '\n    measures:',
  [
    '',
    '    process_goals:',
    '      - id: pm-rutin',
    '        text: En gemensam rutin för trygghetsvandringar',
    '    output_goals:',
    '      - id: om-vandringar',
    '        text: Två trygghetsvandringar per år',
    '    measures:',
  ].join('\n'),
);

const goals = (...ids: string[]) => ({ goals: ['goals:', ...ids.flatMap((id) => [`  - goal: ${id}`, '    assessment: achieved'])].join('\n') });

testRule(referenceGoal, {
  valid: [
    { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml() },
    // Effect, process and output goals are one list to refer to.
    { 'a.yaml': allKinds, 'f.yaml': followUpYaml(goals('em-otrygghet', 'pm-rutin', 'om-vandringar')) },
    followUpYaml({ agreement: 'agreement: okand-2023' }),
  ],
  invalid: [
    {
      name: 'a misspelt goal, with a suggestion',
      files: { 'a.yaml': agreementYaml(), 'f.yaml': followUpYaml(goals('em-otryghet')) },
      expect: [{ file: 'f.yaml', messageId: 'unknown', pointer: '/goals/0/goal', line: 10, column: 11, message: 'menade du "em-otrygghet"?' }],
    },
    {
      name: 'the id of a measure is not a goal',
      files: { 'a.yaml': allKinds, 'f.yaml': followUpYaml(goals('pm-rutin', 'at-vandring')) },
      expect: [{ file: 'f.yaml', messageId: 'unknown', pointer: '/goals/1/goal', line: 12, column: 11 }],
    },
  ],
});

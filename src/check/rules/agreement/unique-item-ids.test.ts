import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { agreementUniqueItemIds } from './unique-item-ids.js';

/** agreementYaml() with a second focus area after the first (which ends on line 34). */
const withArea = (...lines: string[]) => agreementYaml().replace('\nindicators:', `\n${lines.join('\n')}\nindicators:`);

testRule(agreementUniqueItemIds, {
  valid: [
    agreementYaml(),
    // Ids need only be unique within their own sort: a measure may share a goal's id.
    withArea('  - id: fa-station', '    title: Trygg station', '    measures:', '      - id: em-otrygghet', '        text: Vandring', '        responsible: [gnesta-kommun]'),
  ],
  invalid: [
    {
      name: 'a goal of another kind and a measure in a later focus area, naming where the first is',
      files: withArea(
        '  - id: fa-station',
        '    title: Trygg station',
        '    output_goals:',
        '      - id: em-otrygghet',
        '        text: Två trygghetsvandringar per år',
        '    measures:',
        '      - id: at-vandring',
        '        text: Trygghetsvandring vid stationen',
        '        responsible: [gnesta-kommun]',
      ),
      expect: [
        { messageId: 'goal', pointer: '/focus_areas/1/output_goals/0/id', line: 38, column: 13, message: 'fokusområdet fa-trygghet' },
        { messageId: 'measure', pointer: '/focus_areas/1/measures/0/id', line: 41, column: 13, message: 'fokusområdet fa-trygghet' },
      ],
    },
    {
      name: 'a focus area and an indicator',
      files: `${withArea('  - id: fa-trygghet', '    title: Trygghet igen')}  - id: ind-otrygghet\n    name: Samma mått igen\n    unit: percent\n    better: higher\n`,
      expect: [
        { messageId: 'focus-area', pointer: '/focus_areas/1/id', line: 35, column: 9 },
        { messageId: 'indicator', pointer: '/indicators/1/id', line: 42, column: 9 },
      ],
    },
  ],
});

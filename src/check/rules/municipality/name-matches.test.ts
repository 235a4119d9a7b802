import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { municipalityNameMatches } from './name-matches.js';

/** The municipality party's name is on line 7 and its code on line 8. */
const kommun = (name: string, code: string) => agreementYaml().replace('name: Gnesta kommun', `name: ${name}`).replace('"0461"', `"${code}"`);

testRule(municipalityNameMatches, {
  valid: [
    kommun('Trelleborgs kommun', '1287'),
    kommun('Malmö stad', '1280'),
    kommun('Region Gotland', '0980'),
    kommun('Gnesta kommun', '0461'),
    kommun('Upplands Väsby kommun', '0114'),
    kommun('STOCKHOLMS STAD', '0180'),
    kommun('Falu kommun', '2080'),
    // An unknown code is municipality/code-exists's finding, not a name mismatch.
    kommun('Gnesta kommun', '0000'),
  ],
  invalid: [
    {
      name: "another kommun's name: an error naming both",
      files: kommun('Gnesta kommun', '1287'),
      expect: [
        {
          messageId: 'other-kommun',
          severity: 'error',
          pointer: '/parties/0/municipality_code',
          line: 8,
          column: 24,
          message: 'Kommunkoden 1287 är Trelleborg enligt SCB, men parten heter "Gnesta kommun", som är en annan kommun: Gnesta (0461)',
        },
      ],
    },
    {
      name: 'the neighbour: Uppsala named with Enköping\'s code',
      files: kommun('Uppsala kommun', '0381'),
      expect: [{ messageId: 'other-kommun', severity: 'error', pointer: '/parties/0/municipality_code', line: 8, column: 24, message: 'Enköping enligt SCB, men parten heter "Uppsala kommun", som är en annan kommun: Uppsala (0380)' }],
    },
    {
      name: 'a name that is no kommun at all: a warning',
      files: kommun('Upplands kommun', '0114'),
      expect: [{ messageId: 'mismatch', severity: 'warning', pointer: '/parties/0/municipality_code', line: 8, column: 24, message: 'Upplands Väsby' }],
    },
  ],
});

import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { policeRegionMatchesCounty } from './region-matches-county.js';

/** The kommun's code is on line 8, the police party's region on line 12. */
const agreement = (code: string, region: string) => agreementYaml().replace('"0461"', `"${code}"`).replace('police_region: Öst', `police_region: ${region}`);

/** An extra municipality party, before or after Gnesta's (which is on lines 5–8). */
const party = (id: string, code: string) => [`  - id: ${id}`, '    type: municipality', `    name: ${id}`, `    municipality_code: "${code}"`];
const unknownFirst = agreementYaml().replace('  - id: gnesta-kommun', [...party('okand', '0000'), '  - id: gnesta-kommun'].join('\n'));
const trelleborgSecond = agreementYaml().replace('  - id: lpo-nykoping-gnesta', [...party('trelleborg', '1287'), '  - id: lpo-nykoping-gnesta'].join('\n'));

testRule(policeRegionMatchesCounty, {
  valid: [
    agreementYaml(),
    agreement('1287', 'Syd'),
    agreement('0980', 'Stockholm'),
    // Without a police_region there is nothing to compare.
    agreementYaml().replace('\n    police_region: Öst', ''),
    // Nor without a known kommun.
    agreement('0000', 'Nord'),
    // The first known kommun decides: an unknown code before it is passed over, a later kommun is not asked.
    unknownFirst,
    trelleborgSecond,
  ],
  invalid: [
    {
      name: 'Gnesta is in Södermanlands län, region Öst',
      files: agreement('0461', 'Syd'),
      expect: [{ messageId: 'mismatch', pointer: '/parties/1/police_region', line: 12, column: 20, message: 'Södermanlands län och hör till polisregion Öst' }],
    },
    {
      name: 'the first known kommun decides',
      files: unknownFirst.replace('"0461"', '"1287"'),
      expect: [{ messageId: 'mismatch', pointer: '/parties/2/police_region', line: 16, column: 20, message: 'Trelleborg' }],
    },
  ],
});

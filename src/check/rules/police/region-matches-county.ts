import { municipalityCodes } from '../../../domain/agreement-facts.js';
import { defineRule } from '../rule.js';

export const policeRegionMatchesCounty = defineRule({
  id: 'police/region-matches-county',
  description: {
    sv: 'Polispartens polisregion är regionen för kommunens län.',
    en: "The police party's region is the region of the kommun's county.",
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    mismatch: {
      message: {
        sv: 'Polisregion {region} stämmer inte med {municipality}, som ligger i {county} och hör till polisregion {expected}',
        en: 'Police region {region} does not match {municipality}, which lies in {county} and belongs to police region {expected}',
      },
      hint: {
        sv: 'Skriv polisregionen för länet där kommunen ligger, eller rätta kommunkoden.',
        en: 'Write the police region of the county the kommun lies in, or fix the kommunkod.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Lokalpolisområdet hör till polisregionen för kommunens län; en fel region ger fel underlag när en region ser över sina kommuner.',
      en: "The local police area belongs to the region of the kommun's county; a wrong region misleads a region looking across its kommuner.",
    },
    wrong: 'parties:\n  - id: gnesta-kommun\n    municipality_code: "0461"\n  - id: lpo-nykoping-gnesta\n    police_region: Syd',
    right: 'parties:\n  - id: gnesta-kommun\n    municipality_code: "0461"\n  - id: lpo-nykoping-gnesta\n    police_region: Öst',
  },
  check({ data }, { report, repository }) {
    const { municipalities, regionOfCounty } = repository.reference;
    // An agreement across counties is rare and has no single right region: its first known kommun decides.
    const municipality = municipalityCodes(data)
      .map((code) => municipalities.get(code))
      .find((m) => m !== undefined);
    if (!municipality) return;
    const expected = regionOfCounty.get(municipality.countyCode);
    if (expected === undefined) return;
    data.parties.forEach((party, i) => {
      if (party.type !== 'police' || party.police_region === undefined || party.police_region === expected) return;
      report({
        messageId: 'mismatch',
        pointer: `/parties/${i}/police_region`,
        data: { region: party.police_region, municipality: municipality.name, county: municipality.countyName, expected },
      });
    });
  },
});

/**
 * Small valid documents for rule tests, as YAML text. `agreementYaml` takes overrides of whole
 * top-level lines, so a test changes exactly what it is about and nothing else.
 */
export function agreementYaml(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'kind: agreement',
    id: 'id: gnesta-2023',
    title: 'title: Samverkansöverenskommelse Gnesta 2023–2027',
    parties: [
      'parties:',
      '  - id: gnesta-kommun',
      '    type: municipality',
      '    name: Gnesta kommun',
      '    municipality_code: "0461"',
      '  - id: lpo-nykoping-gnesta',
      '    type: police',
      '    name: Lokalpolisområde Nyköping/Gnesta',
      '    police_region: Öst',
    ].join('\n'),
    signatories: [
      'signatories:',
      '  - name: Linda Lundin',
      '    role: Kommunstyrelsens ordförande',
      '    party: gnesta-kommun',
      '    signed_on: 2023-06-20',
      '  - name: Johan Levin',
      '    role: Lokalpolisområdeschef',
      '    party: lpo-nykoping-gnesta',
      '    signed_on: 2023-06-20',
    ].join('\n'),
    valid_from: 'valid_from: 2023-06-20',
    valid_to: 'valid_to: 2027-05-31',
    focus_areas: [
      'focus_areas:',
      '  - id: fa-trygghet',
      '    title: Trygghet i centrum',
      '    effect_goals:',
      '      - id: em-otrygghet',
      '        text: Andelen som känner sig otrygga ska minska',
      '        indicators: [ind-otrygghet]',
      '    measures:',
      '      - id: at-vandring',
      '        text: Trygghetsvandring varje vår',
      '        responsible: [gnesta-kommun, lpo-nykoping-gnesta]',
    ].join('\n'),
    indicators: [
      'indicators:',
      '  - id: ind-otrygghet',
      '    name: Andel som känner sig otrygga ute sent på kvällen',
      '    unit: percent',
      '    better: lower',
    ].join('\n'),
  };
  return `${Object.values({ ...fields, ...overrides }).filter((line) => line !== '').join('\n')}\n`;
}

export function followUpYaml(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'kind: follow_up',
    id: 'id: gnesta-2023-uppfoljning-2024',
    agreement: 'agreement: gnesta-2023',
    year: 'year: 2024',
    reported_on: 'reported_on: 2025-03-20',
    measures: ['measures:', '  - measure: at-vandring', '    status: done'].join('\n'),
    goals: ['goals:', '  - goal: em-otrygghet', '    assessment: partly_achieved'].join('\n'),
  };
  return `${Object.values({ ...fields, ...overrides }).filter((line) => line !== '').join('\n')}\n`;
}

/**
 * Small valid documents for rule tests, as YAML text. Each takes overrides of whole top-level
 * fields (their lines), so a test changes exactly what it is about and nothing else. They fit
 * together: the follow-up, promises and situation report point into `agreementYaml()`.
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
  return join(fields, overrides);
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
  return join(fields, overrides);
}

export function citizenPromisesYaml(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'kind: citizen_promises',
    id: 'id: gnesta-medborgarloften-2024',
    agreement: 'agreement: gnesta-2023',
    period: ['period:', '  from: 2024-01-01', '  to: 2024-12-31'].join('\n'),
    promises: [
      'promises:',
      '  - id: lofte-1',
      '    text: Vi ska öka tryggheten i centrum kvällstid.',
      '    focus_area: fa-trygghet',
      '    activities:',
      '      - id: akt-1',
      '        text: Trygghetsvandring i centrum varje vår.',
      '        responsible: [gnesta-kommun, lpo-nykoping-gnesta]',
    ].join('\n'),
  };
  return join(fields, overrides);
}

export function situationReportYaml(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'kind: situation_report',
    id: 'id: gnesta-lagesbild-2024',
    municipality_code: 'municipality_code: "0461"',
    year: 'year: 2024',
    agreement: 'agreement: gnesta-2023',
    adopted_on: 'adopted_on: 2024-05-14',
    findings: [
      'findings:',
      '  - id: fynd-otrygghet',
      '    text: Otryggheten är störst vid stationen kvällstid.',
      '    focus_area: fa-trygghet',
      '    indicator_values:',
      '      - indicator: ind-otrygghet',
      '        year: 2023',
      '        value: 28',
    ].join('\n'),
  };
  return join(fields, overrides);
}

export function actionPlanYaml(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    kind: 'kind: action_plan',
    id: 'id: gnesta-atgardsplan-2024',
    municipality_code: 'municipality_code: "0461"',
    situation_report: 'situation_report: gnesta-lagesbild-2024',
    decided_by: 'decided_by: Kommunfullmäktige',
    decided_on: 'decided_on: 2024-06-17',
    measures: ['measures:', '  - id: atg-1', '    text: Ny belysning vid stationen.', '    responsible: Samhällsbyggnadsförvaltningen'].join('\n'),
  };
  return join(fields, overrides);
}

/** Overrides replace a field's lines in place, new fields go last, and '' drops a field. */
function join(fields: Record<string, string>, overrides: Record<string, string>): string {
  return `${Object.values({ ...fields, ...overrides }).filter((line) => line !== '').join('\n')}\n`;
}

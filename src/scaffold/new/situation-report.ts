import type { Agreement } from '../../model/documents.js';
import type { Found, RepositoryFacts } from '../repository-facts.js';
import { kommunCodesOf } from '../repository-facts.js';
import { comment, commentedOut, text } from '../yaml-text.js';
import { freshId, head, kommunNamed, oneLine, yearOption, type NewContext, type NewDocument } from './common.js';
import { describe } from './follow-up.js';
import { sayIn } from '../say.js';

/**
 * `new situation-report --kommun CODE --year Y`: the kommun's lägesbild (lag 2023:196 4 §) for a
 * year, tied to the kommun's agreement for that year when there is one. The findings (one per
 * focus area) and the indicators' values (for the year before, as data lags) are commented places
 * to fill in; sources are suggested.
 */
export function newSituationReport(options: { kommun: string; year: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const kommun = kommunNamed(options.kommun, lang);
  const year = yearOption(options.year, lang);
  const agreement = agreementFor(context.facts, kommun.code, year);
  const id = freshId(`${kommun.slug}-lagesbild-${year}`, options.id, context);
  const path = `situation-reports/${id}.yaml`;
  const lines = [
    ...head('situation_report', path, context),
    ...comment(t('Lägesbild {year} för {name} enligt lag (2023:196) 4 § (skapad av samverkan new situation-report).', 'Situation picture {year} for {name} under lag (2023:196) 4 § (made by samverkan new situation-report).', { year, name: kommun.officialName })),
    ...comment(
      t(
        'Lägesbilden ska uppdateras minst vartannat år (6 §). Lägg till adopted_on: ÅÅÅÅ-MM-DD när den har antagits; det datumet räknar tidsfristen från.',
        'The situation picture is updated at least every second year (6 §). Add adopted_on: YYYY-MM-DD once it is adopted; the deadline counts from that date.',
      ),
    ),
    'kind: situation_report',
    `id: ${id}`,
    `municipality_code: "${kommun.code}"`,
    `year: ${year}`,
    ...(agreement ? [`agreement: ${agreement.data.id}`] : []),
    t('# adopted_on: ÅÅÅÅ-MM-DD', '# adopted_on: YYYY-MM-DD'),
    ...comment(t('Perioden som siffrorna beskriver:', 'The period the figures describe:')),
    ...commentedOut(['period:', `  from: ${year - 1}-01-01`, `  to: ${year - 1}-12-31`]),
    ...comment(t('Underlaget, till exempel:', 'The sources, for example:')),
    ...commentedOut(['sources:', '  - Polisens statistik över anmälda brott', '  - Polisens lokala trygghetsmätning', '  - Brås nationella trygghetsundersökning (NTU)']),
  ];
  if (agreement) lines.push(...findingsAndValues(agreement.data, year, lang));
  return { id, path, content: text(lines) };
}

/** The kommun's agreement that is in force during the year, else its latest one. */
function agreementFor(facts: RepositoryFacts, code: string, year: number): Found<Agreement> | undefined {
  const own = [...facts.agreements.values()].filter(({ data }) => kommunCodesOf(data).includes(code)).sort((a, b) => a.data.valid_from.localeCompare(b.data.valid_from));
  return own.find(({ data }) => Number(data.valid_from.slice(0, 4)) <= year && year <= Number(data.valid_to.slice(0, 4))) ?? own.at(-1);
}

function findingsAndValues(agreement: Agreement, year: number, lang: 'sv' | 'en'): string[] {
  const t = sayIn(lang);
  const lines = [
    '',
    ...comment(t('Iakttagelserna, en per fokusområde i {id} att börja från: ta bort "# " och skriv vad lägesbilden visar.', 'The findings, one per focus area of {id} to start from: remove "# " and write what the situation picture shows.', { id: agreement.id })),
    ...commentedOut([
      'findings:',
      ...agreement.focus_areas.flatMap((area, i) => [...comment(oneLine(area.title), 2), `  - id: iakttagelse-${i + 1}`, `    text: ${t('"[Vad lägesbilden visar]"', '"[What the situation picture shows]"')}`, `    focus_area: ${area.id}`]),
    ]),
  ];
  const indicators = agreement.indicators ?? [];
  if (indicators.length > 0) {
    lines.push(
      '',
      ...comment(t('Indikatorernas värden (oftast för året före): ta bort "# " och skriv in värdet.', "The indicators' values (usually for the year before): remove \"# \" and fill in the value.")),
      ...commentedOut(['indicator_values:', ...indicators.flatMap((indicator) => [...comment(describe(indicator, lang), 2), `  - indicator: ${indicator.id}`, `    year: ${year - 1}`, '    value:'])]),
    );
  }
  return lines;
}

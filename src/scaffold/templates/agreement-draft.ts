import { addDays } from '../../domain/calendar/dates.js';
import { addYears } from '../../domain/calendar/months.js';
import type { Lang } from '../../model/lang.js';
import type { Kommun } from '../kommun.js';
import { modeline } from '../modeline.js';
import { comment, field, text } from '../yaml-text.js';
import { sayIn } from '../say.js';

export interface DraftAgreement {
  id: string;
  file: string;
  content: string;
}

/** How long a first agreement runs: four years, one council term. */
const YEARS = 4;

/**
 * The first agreement of a kommun, as a draft to fill in. It starts on 1 January of the year
 * before `today` and runs four years: a kommun that starts keeping its cooperation here almost
 * always has an agreement in force already, and its first task is last year's follow-up to the
 * council, which `new follow-up --year` can then write at once. The id (`uppsala-2025`) names the
 * first year. The signatories have no `signed_on`, so it stays a draft until someone signs; one
 * focus area shows the shape of goals and measures.
 */
export function draftAgreement(kommun: Kommun, today: string, lang: Lang): DraftAgreement {
  const t = sayIn(lang);
  const year = Number(today.slice(0, 4)) - 1;
  const validFrom = `${year}-01-01`;
  const validTo = addDays(addYears(validFrom, YEARS), -1);
  const id = `${kommun.slug}-${year}`;
  const file = `agreements/${id}.yaml`;
  const kommunParty = `${kommun.slug}-kommun`;
  const title = `Samverkansöverenskommelse mellan ${kommun.officialName} och Polisen ${year}–${year + YEARS - 1}`;
  const content = text([
    modeline('agreement', file),
    ...comment(
      t(
        `UTKAST till samverkansöverenskommelse mellan ${kommun.officialName} och Polisen, skapat av samverkan init. Byt ut allt inom [hakparenteser] och exemplen mot er egen text; samverkan validate säger vad som saknas.`,
        `DRAFT of a cooperation agreement between ${kommun.officialName} and the police, made by samverkan init. Replace everything in [brackets] and the examples with your own text; samverkan validate says what is missing.`,
      ),
    ),
    'kind: agreement',
    `id: ${id}`,
    ...field('title', title),
    ...comment(t('Kommunens diarienummer, när ärendet har ett:', "The kommun's case number, once there is one:")),
    '# case_number: "KS [ÅÅÅÅ/NNN]"',
    ...comment(t('Syftet (lag 2023:196 9 §):', 'The purpose (lag 2023:196 9 §):')),
    ...field(
      'purpose',
      `Kommunen och Polisen ska tillsammans minska brottsligheten och öka tryggheten i ${kommun.officialName}, utifrån en gemensam lägesbild.`,
    ),
    '',
    ...comment(t('Parterna. Skriv lokalpolisområdets namn; polisregionen följer av länet.', "The parties. Write the local police area's name; the police region follows from the county.")),
    'parties:',
    `  - id: ${kommunParty}`,
    '    type: municipality',
    ...field('name', kommun.officialName, 4),
    `    municipality_code: "${kommun.code}"`,
    '  - id: polisen',
    '    type: police',
    ...field('name', 'Polisen, lokalpolisområde [namn]', 4),
    `    police_region: ${kommun.policeRegion}`,
    '',
    ...comment(
      t(
        'Undertecknarna. Lägg till signed_on: ÅÅÅÅ-MM-DD för var och en när de har skrivit under; så länge någon saknar datum är överenskommelsen ett utkast.',
        'The signatories. Add signed_on: YYYY-MM-DD to each once they have signed; while anyone lacks a date, the agreement is a draft.',
      ),
    ),
    'signatories:',
    '  - name: "[Namn]"',
    '    role: Kommunstyrelsens ordförande',
    `    party: ${kommunParty}`,
    '  - name: "[Namn]"',
    '    role: Lokalpolisområdeschef',
    '    party: polisen',
    '',
    ...comment(t(`Giltighetstiden: ${YEARS} år från 1 januari förra året. Skriv in er gällande överenskommelses datum, eller de ni kommer överens om.`, `The validity: ${YEARS} years from 1 January last year. Write in the dates of the agreement in force, or of the one you agree on.`)),
    `valid_from: ${validFrom}`,
    `valid_to: ${validTo}`,
    ...comment(t('Aktualitetsprövning varje år på årsdagen av valid_from (eller "MM-DD").', 'Yearly review on each anniversary of valid_from (or "MM-DD").')),
    'review:',
    '  due: anniversary',
    ...comment(t('Uppföljningen av varje år lämnas senast detta datum året efter, till:', 'Each year is followed up by this date the year after, to:')),
    'follow_up:',
    '  due: "03-31"',
    '  report_to:',
    '    - Kommunstyrelsen',
    '    - Lokalpolisområdeschefen',
    '',
    ...comment(t('Indikatorerna som effektmålen mäts med.', 'The indicators the effect goals are measured by.')),
    'indicators:',
    '  - id: andel-otrygga',
    '    name: Andel som känner sig otrygga ute sent på kvällen i sitt bostadsområde',
    '    unit: percent',
    '    better: lower',
    '    source: Polisens lokala trygghetsmätning',
    '',
    ...comment(
      t(
        'Fokusområdena: de prioriterade problemen ur lägesbilden, vart och ett med orsaksanalys, mål (effektmål, processmål, produktionsmål) och åtgärder. Området nedan är ett exempel.',
        'The focus areas: the prioritised problems from the situation picture, each with a cause analysis, goals (effect, process and output goals) and measures. The area below is an example.',
      ),
    ),
    'focus_areas:',
    '  - id: trygg-offentlig-miljo',
    '    title: Trygghet i offentlig miljö',
    '    cause_analysis: "[Varför problemet finns, enligt lägesbilden.]"',
    '    effect_goals:',
    '      - id: em-otrygghet',
    `        text: Andelen som känner sig otrygga ute sent på kvällen ska minska till ${year + YEARS - 1}.`,
    '        indicators:',
    '          - andel-otrygga',
    '    measures:',
    '      - id: at-trygghetsvandringar',
    '        text: Gemensamma trygghetsvandringar varje år i de områden där otryggheten är störst.',
    '        responsible:',
    `          - ${kommunParty}`,
    '          - polisen',
  ]);
  return { id, file, content };
}

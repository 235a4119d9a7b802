import { UsageError } from '../../errors.js';
import { validityYears } from '../../domain/agreement-facts.js';
import type { FocusArea, Goal, Indicator } from '../../model/documents.js';
import { comment, commentedOut, text } from '../yaml-text.js';
import { agreementNamed, freshId, head, oneLine, say, yearOption, type NewContext, type NewDocument } from './common.js';
import { sayIn } from '../say.js';

const GOAL_KINDS = [
  ['effect_goals', { sv: 'Effektmål', en: 'Effect goal' }],
  ['process_goals', { sv: 'Processmål', en: 'Process goal' }],
  ['output_goals', { sv: 'Produktionsmål', en: 'Output goal' }],
] as const;

/**
 * `new follow-up --agreement ID --year Y`: the year's follow-up with every measure of the agreement
 * (`not_started`) and every goal of all three kinds (`not_assessed`), each with its text as a
 * comment so the coordinator sees what the id is, and a commented place for each indicator's value.
 * `reported_on` is left out: the follow-up is not reported until someone says so.
 */
export function newFollowUp(options: { agreement: string; year: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const { data: agreement } = agreementNamed(options.agreement, context);
  const year = yearOption(options.year, lang);
  const { first, last } = validityYears(agreement);
  if (year < first || year > last) {
    throw new UsageError(
      t('{year} ligger utanför giltighetstiden för {id} ({from} – {to}); en uppföljning gäller ett år mellan {first} och {last}.', '{year} is outside the validity of {id} ({from} – {to}); a follow-up covers a year from {first} to {last}.', {
        year,
        id: agreement.id,
        from: agreement.valid_from,
        to: agreement.valid_to,
        first,
        last,
      }),
    );
  }
  const existing = context.facts.followUps.find((f) => f.data.agreement === agreement.id && f.data.year === year);
  if (existing) {
    throw new UsageError(t('{id} har redan en uppföljning för {year}: {file}.', '{id} already has a follow-up for {year}: {file}.', { id: agreement.id, year, file: existing.file }));
  }
  const id = freshId(`${agreement.id}-uppfoljning-${year}`, options.id, context);
  const path = `follow-ups/${id}.yaml`;
  const reportTo = agreement.follow_up?.report_to ?? [];
  const measures = agreement.focus_areas.flatMap((area) => (area.measures ?? []).map((measure) => ({ area, measure })));
  const goals = agreement.focus_areas.flatMap((area) => GOAL_KINDS.flatMap(([key, label]) => (area[key] ?? []).map((goal) => ({ area, goal, label: say(label, lang) }))));
  const lines = [
    ...head('follow_up', path, context),
    ...comment(t('Uppföljning för {year} av {title} (skapad av samverkan new follow-up).', 'Follow-up for {year} of {title} (made by samverkan new follow-up).', { year, title: oneLine(agreement.title) })),
    ...comment(
      t(
        'Ange status för varje åtgärd och bedömning för varje mål, och lägg gärna till comment: med en förklaring. Lägg till reported_on: ÅÅÅÅ-MM-DD när uppföljningen har lämnats{to}.',
        'Give each measure a status and each goal an assessment, and add comment: with an explanation where it helps. Add reported_on: YYYY-MM-DD once the follow-up has been handed in{to}.',
        { to: reportTo.length > 0 ? t(' till {bodies}', ' to {bodies}', { bodies: reportTo.join(', ') }) : '' },
      ),
    ),
    'kind: follow_up',
    `id: ${id}`,
    `agreement: ${agreement.id}`,
    `year: ${year}`,
    '# reported_on: ÅÅÅÅ-MM-DD'.replace('ÅÅÅÅ-MM-DD', t('ÅÅÅÅ-MM-DD', 'YYYY-MM-DD')),
  ];
  if (measures.length > 0) {
    lines.push(
      '',
      ...comment(t('Status: done (genomförd), ongoing (pågående), not_started (ej påbörjad), postponed (skjuten upp), cancelled (avbruten).', 'Status: done, ongoing, not_started, postponed, cancelled.')),
      'measures:',
      ...measures.flatMap(({ area, measure }) => [...comment(`${areaName(area)}: ${oneLine(measure.text)}`, 2), `  - measure: ${measure.id}`, '    status: not_started']),
    );
  }
  if (goals.length > 0) {
    lines.push(
      '',
      ...comment(
        t('Bedömning: achieved (uppnått), partly_achieved (delvis uppnått), not_achieved (ej uppnått), not_assessed (ej bedömt).', 'Assessment: achieved, partly_achieved, not_achieved, not_assessed.'),
      ),
      'goals:',
      ...goals.flatMap(({ area, goal, label }) => [...comment(`${label}, ${areaName(area)}: ${oneLine(goal.text)}${indicatorsOf(goal)}`, 2), `  - goal: ${goal.id}`, '    assessment: not_assessed']),
    );
  }
  const indicators = agreement.indicators ?? [];
  if (indicators.length > 0) {
    lines.push(
      '',
      ...comment(
        t('Indikatorernas värden för {year}: ta bort "# " framför raderna för de värden ni har och skriv in värdet.', 'The indicators\' values for {year}: remove "# " before the lines of the values you have and fill in the value.', { year }),
      ),
      ...commentedOut([
        'indicator_values:',
        ...indicators.flatMap((indicator) => [...comment(describe(indicator, lang), 2), `  - indicator: ${indicator.id}`, `    year: ${year}`, '    value:']),
      ]),
    );
  }
  return { id, path, content: text(lines) };
}

function areaName(area: FocusArea): string {
  return oneLine(area.title);
}

function indicatorsOf(goal: Goal): string {
  return goal.indicators && goal.indicators.length > 0 ? ` [${goal.indicators.join(', ')}]` : '';
}

const UNITS: Record<Indicator['unit'], { sv: string; en: string }> = {
  percent: { sv: 'procent', en: 'percent' },
  count: { sv: 'antal', en: 'count' },
  per_100k: { sv: 'per 100 000 invånare', en: 'per 100,000 inhabitants' },
  per_1000: { sv: 'per 1 000 invånare', en: 'per 1,000 inhabitants' },
  index: { sv: 'index', en: 'index' },
  other: { sv: 'annan enhet', en: 'other unit' },
};

/** "Andel otrygga (procent, lägre är bättre; Polisens trygghetsmätning)". */
export function describe(indicator: Indicator, lang: 'sv' | 'en'): string {
  const better = indicator.better === 'lower' ? say({ sv: 'lägre är bättre', en: 'lower is better' }, lang) : say({ sv: 'högre är bättre', en: 'higher is better' }, lang);
  const source = indicator.source === undefined ? '' : `; ${oneLine(indicator.source)}`;
  return `${oneLine(indicator.name)} (${say(UNITS[indicator.unit], lang)}, ${better}${source})`;
}

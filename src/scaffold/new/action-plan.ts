import { didYouMean } from '../../model/suggest.js';
import { UsageError } from '../../errors.js';
import type { SituationReport } from '../../model/documents.js';
import type { Found } from '../repository-facts.js';
import { comment, field, text } from '../yaml-text.js';
import { freshId, head, kommunNamed, oneLine, say, type NewContext, type NewDocument } from './common.js';
import { sayIn } from '../say.js';

/**
 * `new action-plan --kommun CODE [--situation-report ID]`: the kommun's åtgärdsplan (lag 2023:196
 * 5 §) for the two years from the next 1 January (the law's rhythm: followed up at least every
 * second year), built on the lägesbild given or else the kommun's latest, whose findings are
 * listed as comments to plan the measures from.
 */
export function newActionPlan(options: { kommun: string; situationReport?: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const kommun = kommunNamed(options.kommun, lang);
  const own = context.facts.situationReports.filter((r) => r.data.municipality_code === kommun.code);
  const report = options.situationReport === undefined ? latest(own) : named(options.situationReport, own, kommun.officialName, context);
  const year = Number(context.today.slice(0, 4)) + 1;
  const id = freshId(`${kommun.slug}-atgardsplan-${year}`, options.id, context);
  const path = `action-plans/${id}.yaml`;
  const findings = report?.data.findings ?? [];
  return {
    id,
    path,
    content: text([
      ...head('action_plan', path, context),
      ...comment(t('Åtgärdsplan för {name} enligt lag (2023:196) 5 § (skapad av samverkan new action-plan).', 'Action plan for {name} under lag (2023:196) 5 § (made by samverkan new action-plan).', { name: kommun.officialName })),
      ...comment(
        t(
          'Planen bygger på lägesbilden och följs upp minst vartannat år (6 §): lägg till decided_on: ÅÅÅÅ-MM-DD när den är beslutad och varje uppföljning under followed_up_on.',
          'The plan rests on the situation picture and is followed up at least every second year (6 §): add decided_on: YYYY-MM-DD once it is decided, and each follow-up under followed_up_on.',
        ),
      ),
      'kind: action_plan',
      `id: ${id}`,
      `municipality_code: "${kommun.code}"`,
      ...(report ? [`situation_report: ${report.data.id}`] : comment(t('Lägesbilden planen bygger på (id), när den finns i arkivet:', 'The situation picture the plan rests on (id), once it is in the repository:'))),
      ...(report ? [] : ['# situation_report:']),
      ...comment(t('Lagen anger inte vem som beslutar; skriv det organ som gör det hos er.', 'The law names no deciding body; write the one that decides in your kommun.')),
      'decided_by: Kommunstyrelsen',
      t('# decided_on: ÅÅÅÅ-MM-DD', '# decided_on: YYYY-MM-DD'),
      t('# case_number: "KS [ÅÅÅÅ/NNN]"', '# case_number: "KS [YYYY/NNN]"'),
      'period:',
      `  from: ${year}-01-01`,
      `  to: ${year + 1}-12-31`,
      '',
      ...(findings.length > 0
        ? comment(t('Lägesbilden {id} visar:', 'The situation picture {id} shows:', { id: report!.data.id })).concat(findings.flatMap((f) => comment(`- ${oneLine(f.text)}`)))
        : []),
      ...comment(t('Åtgärderna: en att börja från; skriv era egna i stället för texterna inom [hakparenteser].', 'The measures: one to start from; write your own instead of the texts in [brackets].')),
      'measures:',
      '  - id: atgard-1',
      ...field('text', t('[Åtgärden]', '[The measure]'), 4),
      ...field('responsible', t('[Förvaltning eller funktion]', '[Department or function]'), 4),
    ]),
  };
}

function latest(reports: readonly Found<SituationReport>[]): Found<SituationReport> | undefined {
  return [...reports].sort((a, b) => a.data.year - b.data.year || (a.data.adopted_on ?? '').localeCompare(b.data.adopted_on ?? '')).at(-1);
}

function named(id: string, own: readonly Found<SituationReport>[], kommunName: string, context: NewContext): Found<SituationReport> {
  const found = own.find((r) => r.data.id === id);
  if (found) return found;
  const { lang } = context;
  const other = context.facts.situationReports.find((r) => r.data.id === id);
  throw new UsageError(
    other
      ? say({ sv: 'Lägesbilden {id} gäller en annan kommun ({code}), inte {name}.', en: 'The situation picture {id} is of another kommun ({code}), not {name}.' }, lang, { id, code: other.data.municipality_code, name: kommunName })
      : say({ sv: '{name} har ingen lägesbild med id "{id}"{tail}', en: '{name} has no situation picture with the id "{id}"{tail}' }, lang, {
          id,
          name: kommunName,
          tail: didYouMean(id, own.map((r) => r.data.id), lang),
        }),
    { hint: say({ sv: 'Utan --situation-report används kommunens senaste lägesbild.', en: "Without --situation-report, the kommun's latest situation picture is used." }, lang) },
  );
}

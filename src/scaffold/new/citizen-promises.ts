import { UsageError } from '../../errors.js';
import { comment, field, text } from '../yaml-text.js';
import { agreementNamed, dateOption, freshId, head, kommunSlugOf, oneLine, type NewContext, type NewDocument } from './common.js';
import { sayIn } from '../say.js';

/**
 * `new citizen-promises --agreement ID --from D --to D`: one promise per focus area of the
 * agreement, tied to it, each with one activity that all parties are responsible for; the texts
 * in [brackets] are the coordinator's to write (they come from the citizen dialogues).
 */
export function newCitizenPromises(options: { agreement: string; from: string; to: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const { data: agreement } = agreementNamed(options.agreement, context);
  const from = dateOption(options.from, '--from', lang);
  const to = dateOption(options.to, '--to', lang);
  if (to < from) throw new UsageError(t('--to {to} ligger före --from {from}.', '--to {to} is before --from {from}.', { from, to }));
  const years = from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}-${to.slice(0, 4)}`;
  const id = freshId(`${kommunSlugOf(agreement)}-medborgarloften-${years}`, options.id, context);
  const path = `citizen-promises/${id}.yaml`;
  const parties = agreement.parties.map((party) => party.id);
  return {
    id,
    path,
    content: text([
      ...head('citizen_promises', path, context),
      ...comment(t('Medborgarlöften {from} – {to} inom {title} (skapade av samverkan new citizen-promises).', 'Citizen promises {from} – {to} under {title} (made by samverkan new citizen-promises).', { from, to, title: oneLine(agreement.title) })),
      ...comment(
        t(
          'Ett löfte per fokusområde att börja från: skriv löftena från medborgardialogerna i stället för texterna inom [hakparenteser], ta bort de löften ni inte ger och lägg till signed_on: ÅÅÅÅ-MM-DD när löftena är undertecknade.',
          'One promise per focus area to start from: write the promises from the citizen dialogues instead of the texts in [brackets], remove the promises you do not make, and add signed_on: YYYY-MM-DD once they are signed.',
        ),
      ),
      'kind: citizen_promises',
      `id: ${id}`,
      `agreement: ${agreement.id}`,
      'period:',
      `  from: ${from}`,
      `  to: ${to}`,
      t('# signed_on: ÅÅÅÅ-MM-DD', '# signed_on: YYYY-MM-DD'),
      'promises:',
      ...agreement.focus_areas.flatMap((area, i) => [
        ...comment(oneLine(area.title), 2),
        `  - id: lofte-${i + 1}`,
        ...field('text', t('[Löftet till invånarna]', '[The promise to the residents]'), 4),
        `    focus_area: ${area.id}`,
        '    activities:',
        `      - id: lofte-${i + 1}-aktivitet-1`,
        ...field('text', t('[Vad som görs för att hålla löftet]', '[What is done to keep the promise]'), 8),
        ...field('responsible', parties, 8),
      ]),
    ]),
  };
}

import { comment, text } from '../yaml-text.js';
import { agreementNamed, dateOption, freshId, head, oneLine, type NewContext, type NewDocument } from './common.js';
import { sayIn } from '../say.js';

/**
 * `new review --agreement ID [--held-on DATE]`: an aktualitetsprövning held today (or on the date
 * given) with the outcome `unchanged`, the other outcomes and the focus areas as comments.
 */
export function newReview(options: { agreement: string; heldOn?: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const { data: agreement } = agreementNamed(options.agreement, context);
  const heldOn = options.heldOn === undefined ? context.today : dateOption(options.heldOn, '--held-on', lang);
  const id = freshId(`${agreement.id}-aktualitetsprovning-${heldOn.slice(0, 4)}`, options.id, context);
  const path = `reviews/${id}.yaml`;
  return {
    id,
    path,
    content: text([
      ...head('annual_review', path, context),
      ...comment(t('Aktualitetsprövning av {title} (skapad av samverkan new review).', 'Annual review of {title} (made by samverkan new review).', { title: oneLine(agreement.title) })),
      ...comment(
        t('Fokusområdena som prövas: {areas}.', 'The focus areas reviewed: {areas}.', {
          areas: agreement.focus_areas.map((area) => `${oneLine(area.title)} (${area.id})`).join(', '),
        }),
      ),
      'kind: annual_review',
      `id: ${id}`,
      `agreement: ${agreement.id}`,
      ...comment(t('Dagen prövningen hölls.', 'The day the review was held.')),
      `held_on: ${heldOn}`,
      ...comment(
        t(
          'Utfall: unchanged (oförändrad), revised (reviderad: ändra också överenskommelsen), terminated (avslutad: överenskommelsen upphör).',
          'Outcome: unchanged, revised (change the agreement as well), terminated (the agreement ends).',
        ),
      ),
      'outcome: unchanged',
      ...comment(t('Vad prövningen kom fram till:', 'What the review concluded:')),
      t('# notes: Genomgång i det brottsförebyggande rådet …', '# notes: Reviewed in the crime prevention council …'),
    ]),
  };
}

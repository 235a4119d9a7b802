import { addDays, daysBetween } from '../../domain/calendar/dates.js';
import { addYears } from '../../domain/calendar/months.js';
import { UsageError } from '../../errors.js';
import type { FocusArea } from '../../model/documents.js';
import { comment, field, text, type Plain } from '../yaml-text.js';
import { agreementNamed, freshId, head, kommunSlugOf, type NewContext, type NewDocument } from './common.js';
import { sayIn } from '../say.js';

/**
 * `new agreement --supersedes ID`: a draft successor that starts the day after the old one ends
 * and runs as many whole years (one to four). It copies the parties, the purpose and goals, the
 * focus areas with their goals and measures, and the indicators, so that the negotiation starts
 * from what holds now; the signatories are kept without `signed_on` (it is a draft until they
 * sign), and measures lose their `due` dates, which belonged to the old period.
 */
export function newSuccessor(options: { supersedes: string; id?: string }, context: NewContext): NewDocument {
  const { lang } = context;
  const t = sayIn(lang);
  const { data: old } = agreementNamed(options.supersedes, context);
  const existing = context.facts.successors.get(old.id);
  if (existing) {
    throw new UsageError(t('{id} har redan en efterträdare: {successor} ({file}).', '{id} already has a successor: {successor} ({file}).', { id: old.id, successor: existing.data.id, file: existing.file }));
  }
  const years = Math.min(4, Math.max(1, Math.round(daysBetween(old.valid_from, addDays(old.valid_to, 1)) / 365.25)));
  const validFrom = addDays(old.valid_to, 1);
  const validTo = addDays(addYears(validFrom, years), -1);
  const id = freshId(`${kommunSlugOf(old)}-${validFrom.slice(0, 4)}`, options.id, context);
  const path = `agreements/${id}.yaml`;
  const title = retitle(old.title, validFrom, validTo);
  return {
    id,
    path,
    content: text([
      ...head('agreement', path, context),
      ...comment(
        t(
          'UTKAST till efterträdare av {old} (skapat av samverkan new agreement). Parter, syfte, mål, fokusområden, åtgärder och indikatorer är kopierade från {old}: ändra dem efter den nya lägesbilden. Åtgärdernas slutdatum hörde till den gamla perioden och är borttagna.',
          'DRAFT of a successor of {old} (made by samverkan new agreement). Parties, purpose, goals, focus areas, measures and indicators are copied from {old}: change them after the new situation picture. The due dates of the measures belonged to the old period and are left out.',
          { old: old.id },
        ),
      ),
      'kind: agreement',
      `id: ${id}`,
      ...field('title', title),
      ...(title === old.title ? comment(t('Rubriken är den gamla: skriv in de nya åren.', 'The title is the old one: write in the new years.')) : []),
      t('# case_number: "KS [ÅÅÅÅ/NNN]"', '# case_number: "KS [YYYY/NNN]"'),
      `supersedes: ${old.id}`,
      ...field('purpose', old.purpose),
      ...field('overall_goals', old.overall_goals),
      '',
      ...field('parties', old.parties as unknown as Plain),
      '',
      ...comment(
        t(
          'Undertecknarna från {old}, utan datum: kontrollera namnen och lägg till signed_on: ÅÅÅÅ-MM-DD när de har skrivit under.',
          'The signatories of {old}, without dates: check the names and add signed_on: YYYY-MM-DD once they have signed.',
          { old: old.id },
        ),
      ),
      ...field(
        'signatories',
        old.signatories.map(({ name, role, party }) => ({ name, role, party })),
      ),
      '',
      ...comment(t('Giltighetstiden börjar dagen efter att {old} slutar ({to}).', 'The validity starts the day after {old} ends ({to}).', { old: old.id, to: old.valid_to })),
      `valid_from: ${validFrom}`,
      `valid_to: ${validTo}`,
      ...field('review', old.review),
      ...field('renewal_notice_months', old.renewal_notice_months),
      ...field('follow_up', old.follow_up),
      ...(old.indicators && old.indicators.length > 0 ? ['', ...field('indicators', old.indicators as unknown as Plain)] : []),
      '',
      ...field('focus_areas', old.focus_areas.map(withoutDueDates) as unknown as Plain),
    ]),
  };
}

function withoutDueDates(area: FocusArea): FocusArea {
  return area.measures === undefined ? area : { ...area, measures: area.measures.map(({ due: _due, ...measure }) => measure) };
}

/** The old title with its years ("2023–2027") replaced by the new ones, when it has them. */
export function retitle(title: string, validFrom: string, validTo: string): string {
  const span = `${validFrom.slice(0, 4)}–${validTo.slice(0, 4)}`;
  const replaced = title.replace(/\b(19|20)\d\d\s*[–—-]\s*(19|20)\d\d\b/, span);
  if (replaced !== title) return replaced;
  return title.replace(/\b(19|20)\d\d\b(?!.*\b(19|20)\d\d\b)/, validFrom.slice(0, 4));
}


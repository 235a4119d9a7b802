/**
 * The human words for deadlines, shared by every output (JSON's `title`, pretty, Markdown and the
 * ICS `SUMMARY`) so that a coordinator sees the same title in the terminal, the report and the
 * calendar. Swedish is the default; English with `--lang en`.
 */
import type { Deadline, DeadlineStatus, DeadlineType } from '../../derive/types.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';

/**
 * Short labels for a deadline's type, for table columns and legends. A `Record` over the union so
 * that a new deadline type fails to compile here until it has words in every language.
 */
const TYPE_LABELS: Record<DeadlineType, Localized> = {
  annual_review: { sv: 'Aktualitetsprövning', en: 'Annual review' },
  follow_up_report: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  renewal_start: { sv: 'Påbörja förnyelse', en: 'Start of renewal' },
  expiry: { sv: 'Överenskommelsen löper ut', en: 'Expiry' },
  citizen_promises_renewal: { sv: 'Förnyelse av medborgarlöften', en: 'Renewal of citizen promises' },
  situation_report_update: { sv: 'Uppdatering av lägesbilden', en: 'Situation report update' },
  action_plan_review: { sv: 'Uppföljning av åtgärdsplanen', en: 'Action plan review' },
};

const STATUS_LABELS: Record<DeadlineStatus, Localized> = {
  overdue: { sv: 'försenad', en: 'overdue' },
  upcoming: { sv: 'kommande', en: 'upcoming' },
  done: { sv: 'klar', en: 'done' },
};

/**
 * The action part of a title, phrased as what is to be done (a calendar entry is a to-do, not a
 * category). `{subject}` is the deadline's subject; the variants without it cover a deadline whose
 * deriver could not name one, so a title never shows an empty "()".
 */
const TITLE_ACTIONS: Record<DeadlineType, { plain: Localized; withSubject?: Localized }> = {
  annual_review: { plain: { sv: 'Aktualitetsprövning', en: 'Annual review' } },
  follow_up_report: {
    plain: { sv: 'Uppföljning till kommunstyrelsen', en: 'Follow-up report to the municipal executive board' },
    withSubject: {
      sv: 'Uppföljning av {subject} till kommunstyrelsen',
      en: 'Follow-up of {subject} to the municipal executive board',
    },
  },
  renewal_start: { plain: { sv: 'Påbörja förnyelse', en: 'Start renewal' } },
  expiry: { plain: { sv: 'Överenskommelsen löper ut', en: 'Agreement expires' } },
  citizen_promises_renewal: {
    plain: { sv: 'Förnya medborgarlöften', en: 'Renew citizen promises' },
    withSubject: { sv: 'Förnya medborgarlöften ({subject})', en: 'Renew citizen promises ({subject})' },
  },
  // The law is named in the title because these duties come from lag (2023:196), not from any
  // agreement, and a coordinator should see at a glance why a deadline exists without one.
  situation_report_update: {
    plain: { sv: 'Uppdatera lägesbilden (lag 2023:196)', en: 'Update the situation report (Act 2023:196)' },
  },
  action_plan_review: {
    plain: { sv: 'Följ upp åtgärdsplanen (lag 2023:196)', en: 'Review the action plan (Act 2023:196)' },
  },
};

/** The names a caller may know beyond the ids a {@link Deadline} carries. */
export interface DeadlineNames {
  /** The agreement's `title`; shown before its id, which stays because it is what users grep for. */
  agreementTitle?: string;
  /** The kommun's name, e.g. "Gnesta"; shown before its kommunkod. */
  kommun?: string;
}

export function deadlineTypeLabel(type: DeadlineType, lang: Lang): string {
  return localize(TYPE_LABELS[type], lang);
}

export function deadlineStatusLabel(status: DeadlineStatus, lang: Lang): string {
  return localize(STATUS_LABELS[status], lang);
}

/**
 * The title of a deadline: what to do, then whose it is, e.g. "Aktualitetsprövning: gnesta-2023"
 * or "Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)".
 */
export function deadlineTitle(d: Deadline, lang: Lang, names: DeadlineNames = {}): string {
  const action = titleAction(d, lang);
  const owner = titleOwner(d, names);
  return owner === '' ? action : `${action}: ${owner}`;
}

/**
 * What is to be done, without whose it is: for the report, where the agreement is the whole
 * section's subject. `subject` replaces the deadline's own (an id, for citizen promises) with
 * words a reader knows, such as the promises' period.
 */
export function deadlineAction(d: TitledDeadline, lang: Lang, subject: string | undefined = subjectOf(d)): string {
  return titleAction(d, lang, subject);
}

/** What a title is made of: a report asks for titles of due dates it works out itself. */
type TitledDeadline = Pick<Deadline, 'type' | 'nominalDate' | 'subject'>;

function titleAction(d: TitledDeadline, lang: Lang, subject: string | undefined = subjectOf(d)): string {
  const words = TITLE_ACTIONS[d.type];
  if (words.withSubject !== undefined && subject !== undefined) return localize(words.withSubject, lang, { subject });
  return localize(words.plain, lang);
}

function subjectOf(d: TitledDeadline): string | undefined {
  const subject = d.subject?.trim();
  if (subject !== undefined && subject !== '') return subject;
  // A follow-up report falls due in the year after the year it follows up (format.md), so the
  // year is recoverable from the unmoved date even when the deriver left the subject out.
  if (d.type === 'follow_up_report' && /^\d{4}-/.test(d.nominalDate)) return String(Number(d.nominalDate.slice(0, 4)) - 1);
  return undefined;
}

/** The agreement for agreement deadlines; the kommun for the duties of lag (2023:196). */
function titleOwner(d: Deadline, names: DeadlineNames): string {
  if (d.agreement !== null) {
    const title = names.agreementTitle?.trim();
    return title ? `${title} (${d.agreement})` : d.agreement;
  }
  const code = d.municipalityCode ?? '';
  const kommun = names.kommun?.trim();
  if (kommun && code !== '') return `${kommun} (${code})`;
  return kommun || code;
}

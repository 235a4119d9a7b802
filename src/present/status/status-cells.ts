import type { AgreementStatus, Deadline } from '../../derive/types.js';
import { yearOf } from '../../domain/calendar/dates.js';
import type { Lang } from '../../model/lang.js';
import { deadlineStatusLabel, deadlineTypeLabel } from '../calendar/deadline-titles.js';
import { promisesKey, type StatusInput } from './status-view.js';

/** The words of the status table's last two columns, and the line that explains the last one. */
export const CELL_WORDS = {
  overdueColumn: { sv: 'Försenade (egna + lag)', en: 'Overdue (own + law)' },
  legend: {
    sv: 'Försenade: överenskommelsens egna frister + kommunens skyldigheter enligt lag (2023:196), som räknas hos kommunens aktuella överenskommelse.',
    en: "Overdue: the agreement's own deadlines + the kommun's duties under lag (2023:196), which count with the kommun's current agreement.",
  },
} as const;

/**
 * "2026-01-02 Förnyelse av medborgarlöften 2025 (försenad)": the date, what is due, the year it
 * is about where the date alone does not say it (the year a follow-up reports on, a review's year,
 * the promises' years), and "försenad" once the date has passed, so that an overdue deadline is
 * not read as the next one ahead.
 */
export function nextDeadlineCell(a: AgreementStatus, input: StatusInput, lang: Lang): string {
  const d = a.nextDeadline;
  if (d === undefined) return '–';
  const year = yearAbout(d, input);
  const label = `${d.date} ${deadlineTypeLabel(d.type, lang)}${year === undefined ? '' : ` ${year}`}`;
  return d.status === 'overdue' ? `${label} (${deadlineStatusLabel(d.status, lang)})` : label;
}

function yearAbout(d: Deadline, input: StatusInput): string | undefined {
  switch (d.type) {
    case 'follow_up_report':
      return d.subject ?? String(yearOf(d.nominalDate) - 1);
    case 'annual_review':
      return String(yearOf(d.nominalDate));
    case 'citizen_promises_renewal': {
      const period = d.subject === undefined ? undefined : input.promisePeriods.get(promisesKey(d));
      if (period === undefined) return String(yearOf(d.nominalDate));
      const [from, to] = [yearOf(period.from), yearOf(period.to)];
      return from === to ? String(to) : `${from}–${to}`;
    }
    default:
      return undefined;
  }
}

/** "2 + 1": the agreement's own overdue deadlines, then its kommuner's overdue duties under the law. */
export function overdueCell(a: AgreementStatus): string {
  return `${a.overdue} + ${a.lawOverdue}`;
}

import type { Deadline } from '../../derive/types.js';
import { localize, type Lang } from '../../model/lang.js';
import { deadlineStatusLabel, deadlineTitle } from '../calendar/deadline-titles.js';
import { formatIcs } from '../calendar/ics.js';
import { visible } from '../../model/visible-text.js';
import { escapeMarkdown, markdownCode } from '../escape-markdown.js';
import type { StatusFormatter, StatusInput } from './status-view.js';

const GROUPS = {
  overdue: { sv: 'Försenade', en: 'Overdue' },
  soon: { sv: 'Inom 30 dagar', en: 'Within 30 days' },
  later90: { sv: '31–90 dagar', en: '31–90 days' },
  later: { sv: 'Senare', en: 'Later' },
  done: { sv: 'Klara', en: 'Done' },
} as const;

type Group = keyof typeof GROUPS;

const WORDS = {
  heading: { sv: 'Tidsfrister per {asOf}', en: 'Deadlines as of {asOf}' },
  none: { sv: 'Inga tidsfrister att visa.', en: 'No deadlines to show.' },
  moved: { sv: 'flyttad från {date}', en: 'moved from {date}' },
  calendar: { sv: 'samverkan – tidsfrister', en: 'samverkan – deadlines' },
} as const;

function title(d: Deadline, input: StatusInput, lang: Lang): string {
  return deadlineTitle(d, lang, {
    kommun: d.municipalityCode === null ? undefined : input.kommunNames.get(d.municipalityCode),
  });
}

/** The contract's shape (format.md, "Command contract"), sorted by date. */
export const deadlinesJson: StatusFormatter = (input, { lang }) =>
  `${JSON.stringify({
    as_of: input.asOf,
    deadlines: input.deadlines.map((d) => ({
      date: d.date,
      nominal_date: d.nominalDate,
      type: d.type,
      agreement: d.agreement,
      municipality_code: d.municipalityCode,
      status: d.status,
      title: title(d, input, lang),
      file: d.origin.file,
    })),
  })}\n`;

/** Days from the as-of date to a deadline, for grouping. */
function daysUntil(asOf: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
}

function groupOf(d: Deadline, asOf: string): Group {
  if (d.status === 'done') return 'done';
  if (d.status === 'overdue') return 'overdue';
  const days = daysUntil(asOf, d.date);
  return days <= 30 ? 'soon' : days <= 90 ? 'later90' : 'later';
}

function grouped(input: StatusInput): Map<Group, Deadline[]> {
  const groups = new Map<Group, Deadline[]>((Object.keys(GROUPS) as Group[]).map((g) => [g, []]));
  for (const d of input.deadlines) groups.get(groupOf(d, input.asOf))!.push(d);
  return groups;
}

function line(d: Deadline, input: StatusInput, lang: Lang): string {
  const moved = d.date === d.nominalDate ? '' : ` (${localize(WORDS.moved, lang, { date: d.nominalDate })})`;
  return `${d.date}  ${visible(title(d, input, lang))}${moved}  ${visible(d.origin.file)}:${d.origin.line}`;
}

/** Grouped as Försenade / inom 30 dagar / 31–90 dagar / senare (and klara with --all). */
export const deadlinesPretty: StatusFormatter = (input, { lang, paint }) => {
  const t = (m: { sv: string; en: string }) => localize(m, lang, { asOf: input.asOf });
  if (input.deadlines.length === 0) return `${t(WORDS.none)}\n`;
  const out = [paint.bold(t(WORDS.heading))];
  for (const [group, list] of grouped(input)) {
    if (list.length === 0) continue;
    const colour: (text: string) => string = group === 'overdue' ? paint.red : group === 'soon' ? paint.yellow : group === 'done' ? paint.dim : (s) => s;
    out.push('', paint.bold(colour(`${t(GROUPS[group])} (${list.length})`)));
    for (const d of list) out.push(colour(`  ${line(d, input, lang)}`));
  }
  return `${out.join('\n')}\n`;
};

export const deadlinesMarkdown: StatusFormatter = (input, { lang }) => {
  const t = (m: { sv: string; en: string }) => localize(m, lang, { asOf: input.asOf });
  const out = [`## ${t(WORDS.heading)}`];
  if (input.deadlines.length === 0) return `${[...out, '', t(WORDS.none)].join('\n')}\n`;
  for (const [group, list] of grouped(input)) {
    if (list.length === 0) continue;
    out.push('', `### ${t(GROUPS[group])}`, '');
    for (const d of list) {
      out.push(`- **${d.date}** ${escapeMarkdown(title(d, input, lang))} (${deadlineStatusLabel(d.status, lang)}) – ${markdownCode(d.origin.file)}`);
    }
  }
  return `${out.join('\n')}\n`;
};

export const deadlinesIcs: StatusFormatter = (input, { lang, version, reminderDays, stamp }) =>
  formatIcs(input.deadlines, {
    lang,
    version,
    calendarName: calendarName(input, lang),
    alarmDaysBefore: reminderDays,
    stamp: stamp(),
    kommunNames: input.kommunNames,
  });

/**
 * "samverkan – tidsfrister (Gnesta)": the name a subscribed calendar gets in the client's list,
 * with the kommuner it covers while they are few enough to name (one repository, or --kommun);
 * a region's calendar keeps the plain name.
 */
function calendarName(input: StatusInput, lang: Lang): string {
  const base = localize(WORDS.calendar, lang);
  const names = [...new Set(input.deadlines.flatMap((d) => (d.municipalityCode === null ? [] : [input.kommunNames.get(d.municipalityCode) ?? d.municipalityCode])))];
  return names.length > 0 && names.length <= 3 ? `${base} (${names.join(', ')})` : base;
}

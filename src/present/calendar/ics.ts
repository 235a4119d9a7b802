/**
 * `samverkan deadlines --format ics`: the listed deadlines as an RFC 5545 calendar that Outlook
 * (desktop and web), Google Calendar and Apple Calendar import, one all-day event per deadline.
 *
 * Written by hand rather than with an npm ICS library, because the two established ones each get
 * something wrong that this output depends on (checked on ics 3.12.0 and ical-generator 11.1.2):
 * - `ics` folds at 75 *characters* (code points), not 75 octets, so a Swedish title gives physical
 *   lines of 80–90 bytes; it stamps `DTSTAMP` with `Date.now()` and a random `UID` unless told
 *   otherwise, and pulls in three runtime dependencies (nanoid, runes2, yup).
 * - `ical-generator` folds by octets correctly, but stamps `DTSTAMP` with `new Date()` unless told
 *   otherwise, writes that stamp without `Z` (floating, which RFC 5545 3.8.7.2 forbids) once a
 *   calendar time zone is set, and turns an all-day date into a JS `Date` read in the *host's*
 *   zone: with `timezone: 'Europe/Stockholm'` on a machine in America/New_York, 2025-03-31 came
 *   out as `DTSTART;VALUE=DATE:20250330`, a day early.
 * Our needs are narrow (DATE values, TEXT escaping, octet folding, one alarm shape), so a small
 * pure function that is tested against a real parser (ical.js) is safer than either, and keeps the
 * CLI free of a runtime dependency.
 *
 * The function is pure: the caller passes the `DTSTAMP` (e.g. derived from the repository's last
 * commit) so two runs on the same repository print the same bytes, and calendar clients that
 * compare `DTSTAMP` on re-import see no spurious change.
 *
 * How a change reaches a calendar that already holds an event (see {@link sequenceOf}): clients
 * that follow iTIP (RFC 5546 2.1.5) take a new version of an event (same UID) only when its
 * SEQUENCE is higher, or equal with a later DTSTAMP, and ignore one whose SEQUENCE went down.
 */
import type { Deadline } from '../../derive/types.js';
import { addDays, isValidIsoDate } from '../../domain/calendar/dates.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { deadlineStatusLabel, deadlineTitle } from './deadline-titles.js';
import { CRLF, escapeText, foldLine, quoteParameter } from './ics-text.js';

export interface IcsOptions {
  lang: Lang;
  /** Shown by clients as the calendar's name (`X-WR-CALNAME`), e.g. "Samverkan – Gnesta". */
  calendarName: string;
  /**
   * One reminder per entry, this many whole days before the deadline's day; [] for none. A
   * function gives each deadline its own (a workspace's roots each have their samverkan.yaml).
   */
  alarmDaysBefore: readonly number[] | ((deadline: Deadline) => readonly number[]);
  /** `DTSTAMP` for every event, a UTC date-time `YYYYMMDDTHHMMSSZ` the caller chooses. */
  stamp: string;
  /** samverkan's own version, for `PRODID`. */
  version: string;
  /** Kommunkod → name, so a kommun's duties read "Gnesta (0461)" rather than "0461". */
  kommunNames?: ReadonlyMap<string, string>;
  /** Agreement id → title, passed on to {@link deadlineTitle}. */
  agreementTitles?: ReadonlyMap<string, string>;
}

/**
 * How often a subscribing client should fetch the calendar again (`REFRESH-INTERVAL`, RFC 7986,
 * and `X-PUBLISHED-TTL`, which Outlook and Apple read). Statuses change once a day at most (a
 * deadline becomes overdue at midnight, a record is added); the recipes publish the feed every
 * weekday morning, and six hours brings that to a subscriber within the working day.
 */
export const REFRESH_INTERVAL = 'PT6H';

/**
 * RFC 5546 3.2.1 requires an ORGANIZER in every event published with METHOD:PUBLISH, and
 * libical's iTIP check refuses the event without one. A calendar generated from a repository has
 * no person behind it, so the organizer is the calendar itself, at an address of the reserved
 * `.invalid` domain (RFC 2606) that no client will ever try to mail.
 */
const ORGANIZER_ADDRESS = 'mailto:kalender@samverkan.invalid';

/** The default reminder: two weeks is the usual lead time to get an item onto a board's agenda. */
export const DEFAULT_ALARM_DAYS_BEFORE: readonly number[] = [14];


const WORDS = {
  file: { sv: 'Fil: {file}', en: 'File: {file}' },
  status: { sv: 'Status: {status}', en: 'Status: {status}' },
  moved: {
    sv: 'Ursprungligt datum: {nominal} (flyttat till nästa vardag)',
    en: 'Nominal date: {nominal} (moved to the next working day)',
  },
  alarmToday: { sv: 'I dag: {title}', en: 'Today: {title}' },
  alarmTomorrow: { sv: 'I morgon: {title}', en: 'Tomorrow: {title}' },
  alarmDays: { sv: 'Om {days} dagar: {title}', en: 'In {days} days: {title}' },
  overdue: { sv: 'Försenad: {title}', en: 'Overdue: {title}' },
  done: { sv: 'Klar: {title}', en: 'Done: {title}' },
} satisfies Record<string, Localized>;

/**
 * The calendar as text with CRLF line ends and a final CRLF.
 *
 * `SUMMARY` is the {@link deadlineTitle}, after "Försenad:" or "Klar:" once the deadline is
 * overdue or done, so the calendar view itself says what is left to do; the status is also in
 * `DESCRIPTION`. A status change raises `SEQUENCE`, so clients replace the event rather than keep
 * a stale "Försenad". A done deadline has no reminder.
 *
 * @throws RangeError for a malformed `stamp`, date or alarm offset: these are bugs in the caller.
 */
export function formatIcs(deadlines: readonly Deadline[], options: IcsOptions): string {
  if (!/^\d{8}T\d{6}Z$/.test(options.stamp)) {
    throw new RangeError(`ICS stamp must be a UTC date-time YYYYMMDDTHHMMSSZ, got ${JSON.stringify(options.stamp)}`);
  }
  const given = options.alarmDaysBefore;
  const alarmsOf = typeof given === 'function' ? given : () => given;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//samverkan//samverkan ${escapeText(options.version)}//${options.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    // PUBLISH: a calendar to import, not a meeting invitation awaiting replies.
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
    `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
    // All dates are floating DATE values (a deadline is a day, wherever the reader is); this only
    // tells clients that honour it which zone the calendar belongs to.
    'X-WR-TIMEZONE:Europe/Stockholm',
  ];

  const uids = new Set<string>();
  for (const d of deadlines) lines.push(...event(d, options, alarmOffsets(alarmsOf(d)), uniqueUid(d, uids)));

  // RFC 5545 3.6 requires at least one component ("icalbody = calprops component", and
  // component = 1*(…)); with nothing to list, the zone X-WR-TIMEZONE names is the honest one.
  if (deadlines.length === 0) lines.push(...STOCKHOLM_VTIMEZONE);

  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function event(d: Deadline, options: IcsOptions, alarms: readonly number[], uid: string): string[] {
  const { lang } = options;
  const names = {
    agreementTitle: d.agreement === null ? undefined : options.agreementTitles?.get(d.agreement),
    kommun: d.municipalityCode === null ? undefined : options.kommunNames?.get(d.municipalityCode),
  };
  const title = deadlineTitle(d, lang, names);
  const summary = d.status === 'upcoming' ? title : localize(WORDS[d.status], lang, { title });
  const start = icsDate(d.date);
  const description = [
    localize(WORDS.file, lang, { file: `${d.origin.file}:${d.origin.line}` }),
    localize(WORDS.status, lang, { status: deadlineStatusLabel(d.status, lang) }),
  ];
  if (d.nominalDate !== d.date) description.push(localize(WORDS.moved, lang, { nominal: d.nominalDate }));

  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${options.stamp}`,
    `SEQUENCE:${sequenceOf(d)}`,
    `ORGANIZER;CN=${quoteParameter(options.calendarName)}:${ORGANIZER_ADDRESS}`,
    `DTSTART;VALUE=DATE:${start}`,
    // Exchange/Outlook rejects an event without DTEND; for a DATE start the end is exclusive, so
    // a one-day event ends on the next day.
    `DTEND;VALUE=DATE:${icsDate(nextDay(d.date))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    // CATEGORIES is a list: the comma separates values and is deliberately not escaped.
    `CATEGORIES:samverkan,${escapeText(d.type)}`,
    // A deadline is not a meeting: it must not block the day in free/busy.
    'TRANSP:TRANSPARENT',
  ];
  // Nothing to be reminded of once it is done.
  for (const days of d.status === 'done' ? [] : alarms) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(alarmText(days, title, lang))}`,
      // Relative to DTSTART, which for an all-day event is the start of the day in the reader's
      // zone. "PT0S" rather than "-P0D" for the same day: the form clients write themselves.
      `TRIGGER:${days === 0 ? 'PT0S' : `-P${days}D`}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The event's revision number: 0 while upcoming, 1 once overdue, 2 once done. A deadline only moves
 * forward along upcoming → overdue → done (or straight to done), so the number never goes down
 * between two runs as time passes and records are added, and a client that follows iTIP takes
 * each status change. A number from a hash of the content would go down about half the time, and
 * such a client would then keep the old version. The same input gives the same number.
 *
 * What does not raise it, and why that is acceptable: a date moved by a changed working-day
 * setting (rare, and a subscribing client reads the whole feed again anyway); an edited source
 * date is a new nominal date, so a new UID, and the old event leaves a subscribed calendar. A
 * status going backwards (a record removed, `--as-of` in the past) lowers it, so such a client
 * keeps the newer-looking version, which is the safer error.
 */
export function sequenceOf(d: Pick<Deadline, 'status'>): number {
  return d.status === 'upcoming' ? 0 : d.status === 'overdue' ? 1 : 2;
}

function alarmText(days: number, title: string, lang: Lang): string {
  if (days === 0) return localize(WORDS.alarmToday, lang, { title });
  if (days === 1) return localize(WORDS.alarmTomorrow, lang, { title });
  return localize(WORDS.alarmDays, lang, { days, title });
}

/** Whole, non-negative days; a repeated offset would only ring twice, so it is dropped. */
function alarmOffsets(days: readonly number[]): number[] {
  for (const n of days) {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`ICS alarm offsets must be whole days ≥ 0, got ${String(n)}`);
    }
  }
  return [...new Set(days)];
}

/**
 * `{agreement ?? 'kommun-' + kommunkod}-{type}-{nominal date}@samverkan`, lower case and limited
 * to [a-z0-9-@.]; in a workspace of several roots the agreement's root comes first, as ids are
 * unique only within a root (a kommun's duties are listed once per workspace and need none). The
 * *nominal* date, not the moved one, so that a change of the working-day setting or of the
 * holiday table updates the event instead of adding a second one; and no status, so that a
 * deadline that becomes overdue or done keeps its identity.
 */
export function deadlineUid(d: Deadline): string {
  const owner = d.agreement === null ? `kommun-${d.municipalityCode ?? 'okand'}` : d.root === undefined || d.root === '' ? d.agreement : `${d.root}-${d.agreement}`;
  return `${uidPart(owner)}-${uidPart(d.type)}-${uidPart(d.nominalDate)}@samverkan`;
}

/**
 * Two events with one UID would silently overwrite each other on import (e.g. two sets of
 * citizen promises of one agreement ending on the same day). The first keeps the plain UID, so
 * what was imported before stays matched; later ones get their subject, then a counter.
 */
function uniqueUid(d: Deadline, used: Set<string>): string {
  const base = deadlineUid(d);
  const local = base.slice(0, -'@samverkan'.length);
  const candidates = [base];
  if (d.subject !== undefined && uidPart(d.subject) !== '') candidates.push(`${local}-${uidPart(d.subject)}@samverkan`);
  let uid = candidates.find((c) => !used.has(c));
  for (let n = 2; uid === undefined; n++) {
    const numbered = `${local}-${n}@samverkan`;
    if (!used.has(numbered)) uid = numbered;
  }
  used.add(uid);
  return uid;
}

function uidPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `YYYY-MM-DD` → `YYYYMMDD`, refusing what is not a real calendar date. */
function icsDate(iso: string): string {
  if (!isValidIsoDate(iso)) throw new RangeError(`ICS dates must be real YYYY-MM-DD dates, got ${JSON.stringify(iso)}`);
  return iso.replace(/-/g, '');
}

/** The next calendar day, counted in whole days so the host's zone and DST cannot shift it. */
function nextDay(iso: string): string {
  icsDate(iso);
  return addDays(iso, 1);
}

/**
 * Europe/Stockholm since 1996 (EU summer time: last Sunday of March 02:00 → last Sunday of
 * October 03:00), the form tzurl.org publishes. Only used to keep an empty calendar valid.
 */
const STOCKHOLM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

import * as fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../derive/types.js';
import { deadlineTitle } from './deadline-titles.js';
import { DEFAULT_ALARM_DAYS_BEFORE, deadlineUid, escapeText, foldLine, formatIcs, type IcsOptions } from './ics.js';

// ical.js only unescapes properties it knows to be TEXT; X-WR-CALNAME is a de-facto standard
// (Apple, Google, Outlook read it as text) that ical.js treats as opaque. Registering it as TEXT
// makes the parser check our escaping of the calendar name the way those clients read it.
beforeAll(() => {
  (ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };
});

const STAMP = '20250115T080000Z';

function options(overrides: Partial<IcsOptions> = {}): IcsOptions {
  return {
    lang: 'sv',
    calendarName: 'Samverkan – Gnesta',
    alarmDaysBefore: DEFAULT_ALARM_DAYS_BEFORE,
    stamp: STAMP,
    version: '0.1.0',
    ...overrides,
  };
}

function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    type: 'annual_review',
    date: '2025-06-02',
    nominalDate: '2025-06-02',
    status: 'upcoming',
    agreement: 'gnesta-2023',
    municipalityCode: '0461',
    origin: { file: 'agreements/gnesta-2023.yaml', line: 12, column: 3, pointer: '/valid_from' },
    ...overrides,
  };
}

/** One of every type, as `samverkan deadlines` would list them (sorted by date). */
const LISTED: readonly Deadline[] = [
  deadline({ type: 'situation_report_update', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue', agreement: null, origin: { file: 'situation-reports/gnesta-2022.yaml', line: 4, column: 1, pointer: '/adopted_on' } }),
  deadline({ type: 'action_plan_review', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue', agreement: null, origin: { file: 'action-plans/gnesta.yaml', line: 7, column: 1, pointer: '/decided_on' } }),
  deadline({ type: 'follow_up_report', date: '2025-03-31', nominalDate: '2025-03-31', subject: '2024' }),
  deadline({ type: 'annual_review', date: '2025-06-02', nominalDate: '2025-06-01' }),
  deadline({ type: 'citizen_promises_renewal', date: '2025-12-31', nominalDate: '2025-12-31', subject: 'gnesta-lofte-2025', origin: { file: 'citizen-promises/gnesta-2025.yaml', line: 5, column: 3, pointer: '/period/to' } }),
  deadline({ type: 'renewal_start', date: '2026-01-02', nominalDate: '2025-12-31' }),
  deadline({ type: 'expiry', date: '2026-06-30', nominalDate: '2026-06-30' }),
];

const KOMMUNER = new Map([['0461', 'Gnesta']]);

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function prop(component: ICAL.Component, name: string): ICAL.Property {
  const p = component.getFirstProperty(name);
  if (p === null) throw new Error(`no ${name} in ${component.name}`);
  return p;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = prop(component, name).getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date`);
  return value;
}

/** The alarm's trigger in seconds relative to the event's start (negative: before). */
function triggerSeconds(alarm: ICAL.Component): number {
  const value = prop(alarm, 'trigger').getFirstValue();
  if (!(value instanceof ICAL.Duration)) throw new Error('TRIGGER is not a duration');
  return value.toSeconds();
}

function text(component: ICAL.Component, name: string): string {
  const value = prop(component, name).getFirstValue();
  if (typeof value !== 'string') throw new Error(`${name} is not text`);
  return value;
}

/** The physical lines, without the empty string after the final CRLF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

/** Content lines as RFC 5545 3.1 unfolds them, for checking the raw text of one property. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('formatIcs: the calendar', () => {
  it('has the properties every client needs, in a calendar ical.js parses', () => {
    const cal = parse(formatIcs(LISTED, options({ kommunNames: KOMMUNER })));
    expect(cal.name).toBe('vcalendar');
    expect(text(cal, 'version')).toBe('2.0');
    expect(text(cal, 'prodid')).toBe('-//samverkan//samverkan 0.1.0//SV');
    expect(text(cal, 'calscale')).toBe('GREGORIAN');
    expect(text(cal, 'method')).toBe('PUBLISH');
    expect(text(cal, 'x-wr-calname')).toBe('Samverkan – Gnesta');
    expect(text(cal, 'x-wr-timezone')).toBe('Europe/Stockholm');
  });

  it('ends every line with CRLF, including the last, and has no bare CR or LF', () => {
    const ics = formatIcs(LISTED, options());
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps every physical line within 75 octets, in both languages', () => {
    const longName = 'Överenskommelse om brottsförebyggande samverkan i Gnesta kommun – Öst 🚓🏘️ – ärende KS 2023/123';
    for (const lang of ['sv', 'en'] as const) {
      const ics = formatIcs(LISTED, options({
        lang,
        calendarName: `${longName} ${longName}`,
        kommunNames: new Map([['0461', longName]]),
        agreementTitles: new Map([['gnesta-2023', longName]]),
        alarmDaysBefore: [30, 14, 1, 0],
      }));
      const lines = physicalLines(ics);
      expect(lines.some((line) => line.startsWith(' '))).toBe(true);
      for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      expect(events(ics)).toHaveLength(LISTED.length);
    }
  });

  it('is a valid calendar with no deadlines: a component is still present, no events', () => {
    const ics = formatIcs([], options());
    const cal = parse(ics);
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
    // RFC 5545 3.6 asks for at least one component.
    expect(cal.getAllSubcomponents().length).toBeGreaterThan(0);
    expect(text(cal, 'version')).toBe('2.0');
    expect(text(cal, 'x-wr-calname')).toBe('Samverkan – Gnesta');
    const zone = only(cal.getAllSubcomponents('vtimezone'));
    expect(text(zone, 'tzid')).toBe('Europe/Stockholm');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('names the language of the text in PRODID', () => {
    expect(text(parse(formatIcs([], options({ lang: 'en' }))), 'prodid')).toBe('-//samverkan//samverkan 0.1.0//EN');
  });
});

describe('formatIcs: events', () => {
  it('gives one all-day event per listed deadline, in order', () => {
    const evs = events(formatIcs(LISTED, options()));
    expect(evs).toHaveLength(LISTED.length);
    expect(evs.map((ev) => time(ev, 'dtstart').toString())).toEqual(LISTED.map((d) => d.date));
  });

  it('writes DTSTART and DTEND as DATE values without Z, DTEND the next day', () => {
    const ics = formatIcs(LISTED, options());
    const lines = contentLines(ics);
    const dateLines = lines.filter((line) => /^DT(START|END)\b/.test(line));
    expect(dateLines).toHaveLength(2 * LISTED.length);
    for (const line of dateLines) {
      expect(line).toMatch(/^DT(START|END);VALUE=DATE:\d{8}$/);
      expect(line).not.toContain('Z');
    }
    for (const ev of events(ics)) {
      const start = time(ev, 'dtstart');
      const end = time(ev, 'dtend');
      expect(prop(ev, 'dtstart').type).toBe('date');
      expect(prop(ev, 'dtend').type).toBe('date');
      expect(start.isDate).toBe(true);
      expect(end.isDate).toBe(true);
      const expected = start.clone();
      expect(expected.isDate).toBe(true);
      expected.adjust(1, 0, 0, 0);
      expect(end.compare(expected)).toBe(0);
    }
  });

  it.each([
    ['2025-06-02', '2025-06-03'],
    ['2025-01-31', '2025-02-01'],
    ['2025-02-28', '2025-03-01'],
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2025-04-30', '2025-05-01'],
    ['2025-12-31', '2026-01-01'],
    // The night DST ends in Stockholm, where a local-time "+24 h" would land on the same day.
    ['2025-10-26', '2025-10-27'],
  ])('ends an event on %s on %s', (date, next) => {
    const ev = only(events(formatIcs([deadline({ date, nominalDate: date })], options())));
    expect(time(ev, 'dtstart').toString()).toBe(date);
    expect(time(ev, 'dtend').toString()).toBe(next);
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env['TZ'];
    try {
      const outputs = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Europe/Stockholm'].map((zone) => {
        process.env['TZ'] = zone;
        return formatIcs(LISTED, options());
      });
      expect(new Set(outputs).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('stamps every event with the given UTC DTSTAMP', () => {
    const ics = formatIcs(LISTED, options());
    for (const ev of events(ics)) {
      const stamp = time(ev, 'dtstamp');
      expect(stamp.isDate).toBe(false);
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toString()).toBe('2025-01-15T08:00:00Z');
    }
    expect(contentLines(ics).filter((line) => line.startsWith('DTSTAMP'))).toEqual(Array(LISTED.length).fill(`DTSTAMP:${STAMP}`));
  });

  it('titles events in Swedish, naming the kommun', () => {
    const evs = events(formatIcs(LISTED, options({ kommunNames: KOMMUNER })));
    expect(evs.map((ev) => text(ev, 'summary'))).toEqual([
      'Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)',
      'Följ upp åtgärdsplanen (lag 2023:196): Gnesta (0461)',
      'Uppföljning av 2024 till kommunstyrelsen: gnesta-2023',
      'Aktualitetsprövning: gnesta-2023',
      'Förnya medborgarlöften (gnesta-lofte-2025): gnesta-2023',
      'Påbörja förnyelse: gnesta-2023',
      'Överenskommelsen löper ut: gnesta-2023',
    ]);
  });

  it('titles events in English with lang en', () => {
    const evs = events(formatIcs(LISTED, options({ lang: 'en', kommunNames: KOMMUNER })));
    expect(evs.map((ev) => text(ev, 'summary'))).toEqual(LISTED.map((d) => deadlineTitle(d, 'en', { kommun: 'Gnesta' })));
    expect(text(only(evs.filter((ev) => text(ev, 'summary').startsWith('Annual review'))), 'summary')).toBe('Annual review: gnesta-2023');
    expect(text(evs[0] as ICAL.Component, 'description')).toContain('Status: overdue');
  });

  it('keeps the title without a status prefix, so it does not change when a deadline becomes overdue', () => {
    const [upcoming, overdue] = [deadline({ status: 'upcoming' }), deadline({ status: 'overdue' })].map((d) =>
      text(only(events(formatIcs([d], options()))), 'summary'),
    );
    expect(overdue).toBe(upcoming);
  });

  it('describes the file and line, the status, and the nominal date when the date was moved', () => {
    const evs = events(formatIcs(LISTED, options()));
    const moved = text(evs[3] as ICAL.Component, 'description');
    expect(moved).toBe('Fil: agreements/gnesta-2023.yaml:12\nStatus: kommande\nUrsprungligt datum: 2025-06-01 (flyttat till nästa vardag)');
    const kept = text(evs[0] as ICAL.Component, 'description');
    expect(kept).toBe('Fil: situation-reports/gnesta-2022.yaml:4\nStatus: försenad');
    const en = text(only(events(formatIcs([LISTED[3] as Deadline], options({ lang: 'en' })))), 'description');
    expect(en).toBe('File: agreements/gnesta-2023.yaml:12\nStatus: upcoming\nNominal date: 2025-06-01 (moved to the next working day)');
    expect(text(only(events(formatIcs([deadline({ status: 'done' })], options()))), 'description')).toContain('Status: klar');
  });

  it('marks events as free time and categorises them by type', () => {
    const evs = events(formatIcs(LISTED, options()));
    evs.forEach((ev, i) => {
      expect(text(ev, 'transp')).toBe('TRANSPARENT');
      expect(prop(ev, 'categories').getValues()).toEqual(['samverkan', (LISTED[i] as Deadline).type]);
    });
  });
});

describe('formatIcs: folding and escaping', () => {
  it('folds a long title with å, ä, ö and emoji and ical.js unfolds it to exactly the original', () => {
    const kommun = 'Gnesta – där ärenden, åtgärder och överenskommelser följs upp 🚓🏘️👮‍♀️ i tid och på ett öppet sätt 🇸🇪';
    const d = deadline({ type: 'situation_report_update', agreement: null });
    const ics = formatIcs([d], options({ kommunNames: new Map([['0461', kommun]]) }));
    const expected = `Uppdatera lägesbilden (lag 2023:196): ${kommun} (0461)`;
    expect(Buffer.byteLength(`SUMMARY:${expected}`)).toBeGreaterThan(2 * 75);
    const summaryLines = physicalLines(ics).filter((line, i, all) => line.startsWith('SUMMARY:') || (line.startsWith(' ') && all.slice(0, i).reverse().find((l) => !l.startsWith(' '))?.startsWith('SUMMARY:')));
    expect(summaryLines.length).toBeGreaterThanOrEqual(3);
    for (const line of summaryLines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      // A split character would turn into a lone surrogate or U+FFFD in a UTF-8 round trip.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(text(only(events(ics)), 'summary')).toBe(expected);
  });

  it('escapes ; , \\ and line breaks in text, and ical.js reads them back unchanged', () => {
    const tricky = 'Brott; trygghet, och\\eller "nattvandring": del 1\ndel 2\r\ndel 3';
    const readBack = tricky.replace(/\r\n/g, '\n');
    const ics = formatIcs(
      [deadline({ origin: { file: 'agreements/a;b,c\\d.yaml', line: 3, column: 1, pointer: '' } })],
      options({ calendarName: tricky, agreementTitles: new Map([['gnesta-2023', tricky]]) }),
    );
    const lines = contentLines(ics);
    expect(lines).toContain('X-WR-CALNAME:Brott\\; trygghet\\, och\\\\eller "nattvandring": del 1\\ndel 2\\ndel 3');
    const cal = parse(ics);
    expect(text(cal, 'x-wr-calname')).toBe(readBack);
    const ev = only(cal.getAllSubcomponents('vevent'));
    expect(text(ev, 'summary')).toBe(`Aktualitetsprövning: ${readBack} (gnesta-2023)`);
    expect(text(ev, 'description').split('\n')[0]).toBe('Fil: agreements/a;b,c\\d.yaml:3');
  });

  it('round-trips any text through ical.js', () => {
    const unit = fc.oneof(
      fc.constantFrom(';', ',', '\\', '\n', ':', '"', ' ', 'å', 'Ä', 'ö', '€', '😀', '👮‍♀️', '\\n', '\t'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }).map((parts) => parts.join('')), (name) => {
        const ics = formatIcs([], options({ calendarName: name }));
        for (const line of physicalLines(ics)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        // Control characters other than tab and line breaks are not allowed in TEXT and are dropped.
        const expected = name.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        expect(text(parse(ics), 'x-wr-calname')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('escapeText escapes exactly what RFC 5545 3.3.11 asks', () => {
    expect(escapeText('a;b,c\\d\ne\r\nf\rg: "h"')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng: "h"');
  });

  it('foldLine folds by octets, never inside a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }).filter((s) => !s.includes('\r\n')), (line) => {
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        physical.forEach((part, i) => {
          expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        });
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['ASCII', 'a', 1],
    ['å (2 octets)', 'å', 2],
    ['€ (3 octets)', '€', 3],
    ['😀 (4 octets)', '😀', 4],
  ])('foldLine fills lines with %s up to the limit and no further', (_name, ch, octets) => {
    for (let offset = 0; offset < 4; offset++) {
      const line = 'x'.repeat(offset) + ch.repeat(60);
      const physical = foldLine(line).split('\r\n');
      for (const [i, part] of physical.entries()) {
        const size = Buffer.byteLength(part);
        expect(size).toBeLessThanOrEqual(75);
        // Every line but the last is full: the next character would not have fitted.
        if (i < physical.length - 1) expect(size + octets).toBeGreaterThan(75);
      }
    }
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });
});

describe('formatIcs: alarms', () => {
  it('reminds 14 days before by default', () => {
    expect(DEFAULT_ALARM_DAYS_BEFORE).toEqual([14]);
    const ev = only(events(formatIcs([deadline()], options())));
    const alarm = only(ev.getAllSubcomponents('valarm'));
    expect(text(alarm, 'action')).toBe('DISPLAY');
    expect(text(alarm, 'description')).toBe('Om 14 dagar: Aktualitetsprövning: gnesta-2023');
    expect(triggerSeconds(alarm)).toBe(-14 * 86_400);
    expect(contentLines(formatIcs([deadline()], options()))).toContain('TRIGGER:-P14D');
  });

  it('gives one alarm per offset', () => {
    const ev = only(events(formatIcs([deadline()], options({ alarmDaysBefore: [30, 7] }))));
    const alarms = ev.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(2);
    expect(alarms.map(triggerSeconds)).toEqual([-30 * 86_400, -7 * 86_400]);
    expect(alarms.map((a) => text(a, 'action'))).toEqual(['DISPLAY', 'DISPLAY']);
  });

  it('words same-day and next-day reminders, in English too', () => {
    const ev = only(events(formatIcs([deadline()], options({ lang: 'en', alarmDaysBefore: [2, 1, 0] }))));
    const alarms = ev.getAllSubcomponents('valarm');
    expect(alarms.map((a) => text(a, 'description'))).toEqual([
      'In 2 days: Annual review: gnesta-2023',
      'Tomorrow: Annual review: gnesta-2023',
      'Today: Annual review: gnesta-2023',
    ]);
    expect(triggerSeconds(alarms[2] as ICAL.Component)).toBe(0);
  });

  it('gives no alarm when no offsets are given, and one for a repeated offset', () => {
    expect(only(events(formatIcs([deadline()], options({ alarmDaysBefore: [] })))).getAllSubcomponents('valarm')).toEqual([]);
    expect(only(events(formatIcs([deadline()], options({ alarmDaysBefore: [14, 14] })))).getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses the offset %s', (n) => {
    expect(() => formatIcs([deadline()], options({ alarmDaysBefore: [n] }))).toThrow(RangeError);
  });
});

describe('formatIcs: UIDs and reproducibility', () => {
  it('derives UIDs from the agreement or kommun, the type and the nominal date', () => {
    const uids = events(formatIcs(LISTED, options())).map((ev) => text(ev, 'uid'));
    expect(uids).toEqual([
      'kommun-0461-situation-report-update-2024-07-01@samverkan',
      'kommun-0461-action-plan-review-2024-07-01@samverkan',
      'gnesta-2023-follow-up-report-2025-03-31@samverkan',
      'gnesta-2023-annual-review-2025-06-01@samverkan',
      'gnesta-2023-citizen-promises-renewal-2025-12-31@samverkan',
      'gnesta-2023-renewal-start-2025-12-31@samverkan',
      'gnesta-2023-expiry-2026-06-30@samverkan',
    ]);
    for (const uid of uids) expect(uid).toMatch(/^[a-z0-9.@-]+$/);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('keeps the UID when the date moves but the nominal date does not, or the status changes', () => {
    const a = deadline({ date: '2025-06-02', nominalDate: '2025-06-01', status: 'upcoming' });
    const b = deadline({ date: '2025-06-01', nominalDate: '2025-06-01', status: 'overdue' });
    expect(deadlineUid(a)).toBe(deadlineUid(b));
    const [uidA, uidB] = [a, b].map((d) => text(only(events(formatIcs([d], options()))), 'uid'));
    expect(uidA).toBe(uidB);
    expect(deadlineUid(deadline({ nominalDate: '2026-06-01' }))).not.toBe(deadlineUid(a));
  });

  it('keeps UIDs unique when two deadlines share agreement, type and nominal date', () => {
    const first = deadline({ type: 'citizen_promises_renewal', subject: 'gnesta-lofte-2025', nominalDate: '2025-12-31', date: '2025-12-31' });
    const second = { ...first, subject: 'gnesta-lofte-2025-ungdom' };
    const third = { ...first };
    const uids = events(formatIcs([first, second, third], options())).map((ev) => text(ev, 'uid'));
    expect(uids).toEqual([
      'gnesta-2023-citizen-promises-renewal-2025-12-31@samverkan',
      'gnesta-2023-citizen-promises-renewal-2025-12-31-gnesta-lofte-2025-ungdom@samverkan',
      'gnesta-2023-citizen-promises-renewal-2025-12-31-gnesta-lofte-2025@samverkan',
    ]);
  });

  it('prints the same bytes for the same input, whatever the clock says', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const first = formatIcs(LISTED, options({ kommunNames: KOMMUNER }));
    vi.setSystemTime(new Date('2031-07-15T13:37:00Z'));
    const second = formatIcs(LISTED, options({ kommunNames: KOMMUNER }));
    expect(second).toBe(first);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('formatIcs: refuses bugs in the caller', () => {
  it.each(['2025-01-15T08:00:00Z', '20250115T080000', '20250115', ''])('refuses the stamp %j', (stamp) => {
    expect(() => formatIcs([], options({ stamp }))).toThrow(RangeError);
  });

  it.each(['2025-02-30', '2025-6-1', '20250601', 'soon'])('refuses the date %j', (date) => {
    expect(() => formatIcs([deadline({ date })], options())).toThrow(RangeError);
  });
});

import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deadline } from '../../derive/types.js';
import { deadlineTitle } from './deadline-titles.js';
import { formatIcs } from './ics.js';
import { registerCalendarName, STAMP, options, deadline, LISTED, KOMMUNER, parse, events, only, prop, time, text, physicalLines, contentLines } from './test-ics.js';

beforeAll(registerCalendarName);

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
      'Försenad: Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)',
      'Försenad: Följ upp åtgärdsplanen (lag 2023:196): Gnesta (0461)',
      'Uppföljning av 2024 till kommunstyrelsen: gnesta-2023',
      'Aktualitetsprövning: gnesta-2023',
      'Förnya medborgarlöften (gnesta-lofte-2025): gnesta-2023',
      'Påbörja förnyelse: gnesta-2023',
      'Överenskommelsen löper ut: gnesta-2023',
    ]);
  });

  it('titles events in English with lang en', () => {
    const evs = events(formatIcs(LISTED, options({ lang: 'en', kommunNames: KOMMUNER })));
    const titles = LISTED.map((d) => deadlineTitle(d, 'en', { kommun: 'Gnesta' }));
    expect(evs.map((ev) => text(ev, 'summary'))).toEqual(LISTED.map((d, i) => (d.status === 'overdue' ? `Overdue: ${titles[i]}` : titles[i])));
    expect(text(only(evs.filter((ev) => text(ev, 'summary').startsWith('Annual review'))), 'summary')).toBe('Annual review: gnesta-2023');
    expect(text(evs[0] as ICAL.Component, 'description')).toContain('Status: overdue');
  });

  it('says in the title when a deadline is overdue or done, and raises SEQUENCE with each step', () => {
    const [upcoming, overdue, done] = (['upcoming', 'overdue', 'done'] as const).map((status) => only(events(formatIcs([deadline({ status })], options()))));
    expect([upcoming, overdue, done].map((ev) => text(ev!, 'summary'))).toEqual(['Aktualitetsprövning: gnesta-2023', 'Försenad: Aktualitetsprövning: gnesta-2023', 'Klar: Aktualitetsprövning: gnesta-2023']);
    expect([upcoming, overdue, done].map((ev) => prop(ev!, 'sequence').getFirstValue())).toEqual([0, 1, 2]);
    expect(text(only(events(formatIcs([deadline({ status: 'done' })], options({ lang: 'en' })))), 'summary')).toBe('Done: Annual review: gnesta-2023');
  });

  it('reminds of what is still to do, never of what is done', () => {
    expect(only(events(formatIcs([deadline({ status: 'overdue' })], options()))).getAllSubcomponents('valarm')).toHaveLength(1);
    expect(only(events(formatIcs([deadline({ status: 'done' })], options()))).getAllSubcomponents('valarm')).toEqual([]);
  });

  it('names the calendar as organizer of every event, as METHOD:PUBLISH requires, and asks subscribers to refresh every six hours', () => {
    const ics = formatIcs(LISTED, options({ calendarName: 'samverkan – tidsfrister (Gnesta; "Trosa")' }));
    for (const ev of events(ics)) expect(text(ev, 'organizer')).toBe('mailto:kalender@samverkan.invalid');
    expect(contentLines(ics)).toContain('ORGANIZER;CN="samverkan – tidsfrister (Gnesta; Trosa)":mailto:kalender@samverkan.invalid');
    expect(contentLines(ics)).toEqual(expect.arrayContaining(['REFRESH-INTERVAL;VALUE=DURATION:PT6H', 'X-PUBLISHED-TTL:PT6H']));
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

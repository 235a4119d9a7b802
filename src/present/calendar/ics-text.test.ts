import * as fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ALARM_DAYS_BEFORE, deadlineUid, formatIcs } from './ics.js';
import { escapeText, foldLine } from './ics-text.js';
import { registerCalendarName, options, deadline, LISTED, KOMMUNER, parse, events, only, triggerSeconds, text, physicalLines, contentLines } from './test-ics.js';

beforeAll(registerCalendarName);

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

  it('escapeText leaves text with nothing to escape as it is, and escapes the rest as always', () => {
    const escapedInFull = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
    const unit = fc.constantFrom('a', 'å', ' ', ':', ';', ',', '\\', '\n', '\r', '\t', '\u0000', '\u007f', '–', '"');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (value) => escapeText(value) === escapedInFull(value)), { numRuns: 2000 });
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

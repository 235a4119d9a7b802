import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCalendarName } from '../../src/present/calendar/test-ics.js';
import { FIXTURES, runCli, tempRepo } from '../helpers/run-cli.js';

/*
 * What a calendar that already holds the feed sees when it reads the next one. The model client
 * does what iTIP (RFC 5546 2.1.5) asks of a client given an event it already has: take it when its
 * SEQUENCE is higher, or equal with a later DTSTAMP; otherwise keep what it has. As a subscriber
 * it also drops events the new feed no longer has.
 */

interface Seen {
  sequence: number;
  stamp: string;
  summary: string;
  description: string;
  start: string;
  alarms: number;
}

function feed(ics: string): Map<string, Seen> {
  const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
  return new Map(
    events.map((ev) => [
      String(ev.getFirstPropertyValue('uid')),
      {
        sequence: Number(ev.getFirstPropertyValue('sequence') ?? 0),
        stamp: String(ev.getFirstPropertyValue('dtstamp')),
        summary: String(ev.getFirstPropertyValue('summary')),
        description: String(ev.getFirstPropertyValue('description')),
        start: String(ev.getFirstPropertyValue('dtstart')),
        alarms: ev.getAllSubcomponents('valarm').length,
      },
    ]),
  );
}

/** The calendar after reading `next` on top of what it holds. */
function refresh(held: Map<string, Seen>, next: Map<string, Seen>): Map<string, Seen> {
  const result = new Map<string, Seen>();
  for (const [uid, event] of next) {
    const old = held.get(uid);
    const newer = old === undefined || event.sequence > old.sequence || (event.sequence === old.sequence && event.stamp > old.stamp);
    result.set(uid, newer ? event : old);
  }
  return result;
}

const root = tempRepo('calendar');
beforeAll(() => {
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  registerCalendarName();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ics = (asOf: string) => {
  const result = runCli(['deadlines', '--root', root, '--format', 'ics', '--all', '--as-of', asOf]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return result.stdout;
};
const REVIEW = 'gnesta-2023-annual-review-2024-06-20@samverkan';
const FOLLOW_UP = 'gnesta-2023-follow-up-report-2024-03-31@samverkan';

describe('deadlines --format ics, read again by a calendar that holds the last one', () => {
  it('shows a deadline turning overdue, then done, and never lowers SEQUENCE', () => {
    const june = ics('2024-06-01');
    const july = ics('2024-07-01');
    mkdirSync(join(root, 'follow-ups'), { recursive: true });
    mkdirSync(join(root, 'reviews'), { recursive: true });
    writeFileSync(join(root, 'follow-ups', 'gnesta-2023-2023.yaml'), 'kind: follow_up\nid: gnesta-2023-2023\nagreement: gnesta-2023\nyear: 2023\nreported_on: 2024-04-15\n');
    writeFileSync(join(root, 'reviews', 'gnesta-2023-2024.yaml'), 'kind: annual_review\nid: gnesta-2023-2024\nagreement: gnesta-2023\nheld_on: 2024-06-25\noutcome: unchanged\n');
    const recorded = ics('2024-07-01');
    const [a, b, c] = [june, july, recorded].map(feed);

    expect(a!.get(REVIEW)).toMatchObject({ sequence: 0, summary: 'Aktualitetsprövning: gnesta-2023', alarms: 1 });
    expect(a!.get(FOLLOW_UP)).toMatchObject({ sequence: 1, summary: 'Försenad: Uppföljning av 2023 till kommunstyrelsen: gnesta-2023' });

    // Only time passed: the stamp stays (nothing new is recorded), and SEQUENCE carries the change.
    expect(b!.get(REVIEW)!.stamp).toBe(a!.get(REVIEW)!.stamp);
    const afterJuly = refresh(a!, b!);
    expect(afterJuly.get(REVIEW)).toMatchObject({ sequence: 1, summary: 'Försenad: Aktualitetsprövning: gnesta-2023' });
    expect(afterJuly.get(REVIEW)!.description).toContain('Status: försenad');
    expect(afterJuly).toEqual(b);
    // Without SEQUENCE the model client keeps the stale title, as such a client would.
    expect(refresh(a!, feed(july.replace(/\r\nSEQUENCE:\d+/g, ''))).get(REVIEW)?.summary).toBe('Aktualitetsprövning: gnesta-2023');

    // The records arrive: both deadlines are done, without a reminder.
    const afterRecords = refresh(afterJuly, c!);
    expect(afterRecords.get(REVIEW)).toMatchObject({ sequence: 2, summary: 'Klar: Aktualitetsprövning: gnesta-2023', alarms: 0 });
    expect(afterRecords.get(FOLLOW_UP)).toMatchObject({ sequence: 2, summary: 'Klar: Uppföljning av 2023 till kommunstyrelsen: gnesta-2023', alarms: 0 });
    expect(afterRecords).toEqual(c);

    for (const [earlier, later] of [[a!, b!], [b!, c!]] as const) {
      for (const [uid, event] of later) expect(event.sequence, uid).toBeGreaterThanOrEqual(earlier.get(uid)?.sequence ?? 0);
    }
  });

  it('is the same for the same input, and a feed fit to subscribe to: name, refresh interval, organizer', () => {
    const first = ics('2024-08-01');
    expect(ics('2024-08-01')).toBe(first);
    const calendar = new ICAL.Component(ICAL.parse(first) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('samverkan – tidsfrister (Gnesta)');
    expect(first).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(first).toContain('\r\nX-PUBLISHED-TTL:PT6H\r\n');
    // RFC 5546 3.2.1: what a PUBLISH event must have, exactly once each, as libical's iTIP check asks.
    for (const event of calendar.getAllSubcomponents('vevent')) {
      for (const name of ['uid', 'dtstamp', 'dtstart', 'summary', 'organizer']) expect(event.getAllProperties(name), name).toHaveLength(1);
      expect(event.getAllProperties('sequence').length).toBeLessThanOrEqual(1);
      expect(String(event.getFirstPropertyValue('organizer'))).toBe('mailto:kalender@samverkan.invalid');
    }
  });

  it('stays a calendar a client reads on a repository with findings of every kind, and says why it is empty', () => {
    const result = runCli(['deadlines', '--root', join(FIXTURES, 'every-kind'), '--format', 'ics', '--all', '--as-of', '2024-07-01']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('samverkan: arkivet har 4 fel; dokument med fel räknas inte med. Kör samverkan validate för detaljer.\n');
    const calendar = new ICAL.Component(ICAL.parse(result.stdout) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('samverkan – tidsfrister');
  });
});

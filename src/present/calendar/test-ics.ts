// Builders and readers shared by the calendar tests (not shipped: the build leaves out test-*.ts).
import ICAL from 'ical.js';
import type { Deadline } from '../../derive/types.js';
import { expect } from 'vitest';
import { DEFAULT_ALARM_DAYS_BEFORE, type IcsOptions } from './ics.js';

// ical.js only unescapes properties it knows to be TEXT; X-WR-CALNAME is a de-facto standard
// (Apple, Google, Outlook read it as text) that ical.js treats as opaque. Registering it as TEXT
// makes the parser check our escaping of the calendar name the way those clients read it.
export function registerCalendarName(): void {
  (ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };
}

export const STAMP = '20250115T080000Z';

export function options(overrides: Partial<IcsOptions> = {}): IcsOptions {
  return {
    lang: 'sv',
    calendarName: 'Samverkan – Gnesta',
    alarmDaysBefore: DEFAULT_ALARM_DAYS_BEFORE,
    stamp: STAMP,
    version: '0.1.0',
    ...overrides,
  };
}

export function deadline(overrides: Partial<Deadline> = {}): Deadline {
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
export const LISTED: readonly Deadline[] = [
  deadline({ type: 'situation_report_update', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue', agreement: null, origin: { file: 'situation-reports/gnesta-2022.yaml', line: 4, column: 1, pointer: '/adopted_on' } }),
  deadline({ type: 'action_plan_review', date: '2024-07-01', nominalDate: '2024-07-01', status: 'overdue', agreement: null, origin: { file: 'action-plans/gnesta.yaml', line: 7, column: 1, pointer: '/decided_on' } }),
  deadline({ type: 'follow_up_report', date: '2025-03-31', nominalDate: '2025-03-31', subject: '2024' }),
  deadline({ type: 'annual_review', date: '2025-06-02', nominalDate: '2025-06-01' }),
  deadline({ type: 'citizen_promises_renewal', date: '2025-12-31', nominalDate: '2025-12-31', subject: 'gnesta-lofte-2025', origin: { file: 'citizen-promises/gnesta-2025.yaml', line: 5, column: 3, pointer: '/period/to' } }),
  deadline({ type: 'renewal_start', date: '2026-01-02', nominalDate: '2025-12-31' }),
  deadline({ type: 'expiry', date: '2026-06-30', nominalDate: '2026-06-30' }),
];

export const KOMMUNER = new Map([['0461', 'Gnesta']]);

export function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

export function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

export function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

export function prop(component: ICAL.Component, name: string): ICAL.Property {
  const p = component.getFirstProperty(name);
  if (p === null) throw new Error(`no ${name} in ${component.name}`);
  return p;
}

export function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = prop(component, name).getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date`);
  return value;
}

/** The alarm's trigger in seconds relative to the event's start (negative: before). */
export function triggerSeconds(alarm: ICAL.Component): number {
  const value = prop(alarm, 'trigger').getFirstValue();
  if (!(value instanceof ICAL.Duration)) throw new Error('TRIGGER is not a duration');
  return value.toSeconds();
}

export function text(component: ICAL.Component, name: string): string {
  const value = prop(component, name).getFirstValue();
  if (typeof value !== 'string') throw new Error(`${name} is not text`);
  return value;
}

/** The physical lines, without the empty string after the final CRLF. */
export function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

/** Content lines as RFC 5545 3.1 unfolds them, for checking the raw text of one property. */
export function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

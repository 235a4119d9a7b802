import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysOfYear } from './holidays.js';
import { workingDays } from './working-days.js';

const { isWorkingDay } = workingDays();
const isSwedishHoliday = (date: string) => holidaysOfYear(Number(date.slice(0, 4))).some((h) => h.date === date);

/**
 * Our calculator against date-holidays (a dev dependency only; see holidays.ts for why it is not
 * used at run time). date-holidays' types for SE, checked for 2000–2100:
 * - `public`: the allmänna helgdagar of lag (1989:253), nationaldagen only from 2005;
 * - `bank`: exactly midsommarafton, julafton and nyårsafton, the days lag (1930:173) adds;
 * - `observance` and `optional`: days that are working days for time limits (påskafton,
 *   pingstafton, trettondagsafton, valborgsmässoafton, allhelgonaafton, Luciadagen, …).
 * So `public` and `bank` count, and nothing else does, with one deliberate difference:
 * annandag pingst was an allmän helgdag until SFS 2004:1320 replaced it with nationaldagen from
 * 2005; date-holidays has it as an observance in every year. Our calculator follows the law as
 * it stood, so for 2000–2004 annandag pingst is a holiday here.
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const COUNTED_TYPES = new Set(['public', 'bank']);

function theirDaysOff(): { all: Set<string>; byYear: Map<number, Set<string>> } {
  const se = new Holidays('SE');
  const byYear = new Map<number, Set<string>>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const days = new Set<string>();
    for (const h of se.getHolidays(year)) {
      if (COUNTED_TYPES.has(h.type)) days.add(h.date.slice(0, 10));
      // The deliberate difference, documented above.
      if (h.name === 'annandag pingst' && year < 2005) days.add(h.date.slice(0, 10));
    }
    byYear.set(year, days);
  }
  return { all: new Set([...byYear.values()].flatMap((s) => [...s])), byYear };
}

function everyDay(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(FIRST_YEAR, 0, 1); t <= Date.UTC(LAST_YEAR, 11, 31); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

describe('Swedish holidays against date-holidays, 2000–2100', () => {
  const theirs = theirDaysOff();

  it('names the same days off in every year', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      // A set: two holidays can share a day (första maj and Kristi himmelsfärdsdag in 2008).
      const ours = new Set(holidaysOfYear(year).map((h) => h.date));
      expect([...ours].sort(), String(year)).toEqual([...(theirs.byYear.get(year) ?? [])].sort());
    }
  });

  it('agrees on whether each of the 36 890 days is a working day', () => {
    const days = everyDay();
    expect(days).toHaveLength(36_890);
    const disagreements = days.filter((day) => {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const theirsWorking = weekday !== 0 && weekday !== 6 && !theirs.all.has(day);
      return isWorkingDay(day) !== theirsWorking;
    });
    expect(disagreements).toEqual([]);
  });
});

describe('holidaysOfYear', () => {
  it('lists 2026 by name, with the three eves of lag (1930:173) apart from the holidays', () => {
    expect(holidaysOfYear(2026).map((h) => `${h.date} ${h.kind} ${h.name}`)).toEqual([
      '2026-01-01 public nyårsdagen',
      '2026-01-06 public trettondedag jul',
      '2026-04-03 public långfredagen',
      '2026-04-05 public påskdagen',
      '2026-04-06 public annandag påsk',
      '2026-05-01 public första maj',
      '2026-05-14 public Kristi himmelsfärdsdag',
      '2026-05-24 public pingstdagen',
      '2026-06-06 public Sveriges nationaldag',
      '2026-06-19 eve midsommarafton',
      '2026-06-20 public midsommardagen',
      '2026-10-31 public alla helgons dag',
      '2026-12-24 eve julafton',
      '2026-12-25 public juldagen',
      '2026-12-26 public annandag jul',
      '2026-12-31 eve nyårsafton',
    ]);
  });

  it('has annandag pingst instead of nationaldagen before 2005', () => {
    const names = (year: number) => holidaysOfYear(year).map((h) => h.name);
    expect(names(2004)).toContain('annandag pingst');
    expect(names(2004)).not.toContain('Sveriges nationaldag');
    expect(names(2005)).toContain('Sveriges nationaldag');
    expect(names(2005)).not.toContain('annandag pingst');
  });

  it('keeps two holidays on one day, as in 2008', () => {
    expect(holidaysOfYear(2008).filter((h) => h.date === '2008-05-01').map((h) => h.name)).toEqual([
      'första maj',
      'Kristi himmelsfärdsdag',
    ]);
  });

});

describe('isSwedishHoliday', () => {
  it.each([
    ['2027-12-24', true, 'julafton'],
    ['2027-12-23', false, 'the day before julafton'],
    ['2026-06-19', true, 'midsommarafton (Friday 19–25 June)'],
    ['2026-06-20', true, 'midsommardagen (Saturday 20–26 June)'],
    ['2027-06-26', true, 'midsommardagen at the end of its range'],
    ['2027-11-06', true, 'alla helgons dag at the end of its range'],
    ['2026-10-31', true, 'alla helgons dag at the start of its range'],
    ['2025-04-18', true, 'långfredagen'],
    ['2025-04-19', false, 'påskafton is no holiday'],
    ['2025-04-30', false, 'valborgsmässoafton is no holiday'],
    ['2026-05-25', false, 'annandag pingst is no holiday since 2005'],
    ['2026-06-06', true, 'nationaldagen'],
    ['2026-11-24', false, 'an ordinary Tuesday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isSwedishHoliday(date)).toBe(expected);
  });
});

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

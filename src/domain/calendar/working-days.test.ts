import { describe, expect, it } from 'vitest';
import { isWeekend, workingDays } from './working-days.js';

const { isWorkingDay, nextWorkingDay } = workingDays();

// Each row worked out by hand from a calendar.
describe('nextWorkingDay', () => {
  it.each([
    ['a plain Wednesday stays', '2026-11-25', '2026-11-25'],
    ['a plain Friday stays', '2026-11-27', '2026-11-27'],
    ['Saturday → Monday', '2026-11-28', '2026-11-30'],
    ['Sunday → Monday', '2026-11-29', '2026-11-30'],
    ['julafton 2027 (Fri) → Mon 27 Dec (juldagen Sat, annandag jul Sun)', '2027-12-24', '2027-12-27'],
    ['julafton 2026 (Thu) → Mon 28 Dec (25 Fri, 26 Sat, 27 Sun)', '2026-12-24', '2026-12-28'],
    ['långfredagen 2025 → Tue 22 April (past påskdagen and annandag påsk)', '2025-04-18', '2025-04-22'],
    ['påskafton 2025 → Tue 22 April', '2025-04-19', '2025-04-22'],
    ['skärtorsdagen is a working day', '2025-04-17', '2025-04-17'],
    ['midsommarafton 2026 (Fri 19 June) → Mon 22 June', '2026-06-19', '2026-06-22'],
    ['nyårsafton 2026 (Thu) → Mon 4 Jan 2027 (nyårsdagen Fri, weekend)', '2026-12-31', '2027-01-04'],
    ['Sunday 31 March 2024, also påskdagen → Tue 2 April (annandag påsk)', '2024-03-31', '2024-04-02'],
    ['Kristi himmelsfärdsdag 2026 (Thu 14 May) → Fri 15 May', '2026-05-14', '2026-05-15'],
    ['nationaldagen 2025 (Fri) → Mon 9 June', '2025-06-06', '2025-06-09'],
    ['första maj 2026 (Fri) → Mon 4 May', '2026-05-01', '2026-05-04'],
    ['trettondedag jul 2027 (Wed) → Thu 7 Jan', '2027-01-06', '2027-01-07'],
    ['alla helgons dag 2026 (Sat 31 Oct) → Mon 2 Nov', '2026-10-31', '2026-11-02'],
    ['annandag pingst 2026 (Mon 25 May) is a working day since 2005', '2026-05-25', '2026-05-25'],
  ])('%s', (_name, date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
  });
});

describe('isWorkingDay and isWeekend', () => {
  it.each([
    ['2026-11-24', false, true],
    ['2026-11-28', true, false],
    ['2026-11-29', true, false],
    ['2026-12-24', false, false],
    ['2026-06-19', false, false],
  ])('%s: weekend %s, working day %s', (date, weekend, working) => {
    expect(isWeekend(date)).toBe(weekend);
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('workingDays', () => {
  it('keeps what it learns to its own run', () => {
    const first = workingDays();
    expect(first.nextWorkingDay('2027-12-24')).toBe('2027-12-27');
    expect(first.nextWorkingDay('2027-12-24')).toBe('2027-12-27');
    expect(workingDays().nextWorkingDay('2027-12-24')).toBe('2027-12-27');
  });
});

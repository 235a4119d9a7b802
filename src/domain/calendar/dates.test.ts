import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, format, isDateInRange, isValidIsoDate, touchesYear, weekdayOf, withMonthDay } from './dates.js';

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2023-13-01', false],
    ['2023-04-31', false],
    ['2023-6-20', false],
    ['20230620', false],
    ['2023-06-20T00:00', false],
    ['', false],
  ])('%s → %s', (text, valid) => {
    expect(isValidIsoDate(text)).toBe(valid);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 0],
    ['2026-11-24', '2026-11-25', 1],
    ['2026-11-25', '2026-11-24', -1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-11-24', '2027-05-31', 188],
    ['2024-01-01', '2025-01-01', 366],
    ['2100-02-28', '2100-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['0099-12-31', '0100-01-01', 1],
    ['2199-12-31', '2200-01-01', 1],
    ['1969-12-31', '1970-01-02', 2],
  ])('%s → %s is %i days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
    expect(addDays(a, days)).toBe(b);
  });
});

describe('withMonthDay', () => {
  it.each([
    [2027, '03-31', '2027-03-31'],
    [2028, '02-29', '2028-02-29'],
    [2027, '02-29', '2027-02-28'],
    [2100, '02-29', '2100-02-28'],
    [2027, '01-01', '2027-01-01'],
  ])('%i, %s → %s', (year, monthDay, expected) => {
    expect(withMonthDay(year, monthDay)).toBe(expected);
  });

  it('refuses what is not "MM-DD"', () => {
    expect(() => withMonthDay(2027, 'anniversary')).toThrow();
    expect(() => withMonthDay(2027, '13-01')).toThrow();
    // A day no year has: the schema refuses it, so reaching here is a bug.
    expect(() => withMonthDay(2027, '04-31')).toThrow(RangeError);
    expect(() => withMonthDay(2028, '02-30')).toThrow(RangeError);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2026-11-24', 2],
    ['2027-12-24', 5],
    ['2024-03-31', 7],
    ['2026-06-20', 6],
    ['1970-01-01', 4],
    ['0001-01-01', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('the format\'s years', () => {
  it('are 1900–2199', () => {
    expect(isDateInRange('1900-01-01')).toBe(true);
    expect(isDateInRange('2199-12-31')).toBe(true);
    expect(isDateInRange('1899-12-31')).toBe(false);
    expect(isDateInRange('2200-01-01')).toBe(false);
    expect(isDateInRange('9999-12-31')).toBe(false);
    expect(isDateInRange('2199-02-29')).toBe(false);
  });

  it('never gives a date that does not sort as text', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => format(10_000, 1, 1)).toThrow(RangeError);
  });
});

describe('touchesYear', () => {
  it.each([
    ['2023-07-01', '2026-12-31', 2023, true],
    ['2023-07-01', '2026-12-31', 2026, true],
    ['2023-07-01', '2026-12-31', 2027, false],
    ['2023-07-01', '2026-12-31', 2022, false],
    ['2022-12-31', '2022-12-31', 2022, true],
  ])('%s – %s touches %i: %s', (from, to, year, expected) => {
    expect(touchesYear(from, to, year)).toBe(expected);
  });
});

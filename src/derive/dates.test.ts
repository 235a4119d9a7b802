import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isValidIsoDate, todayInStockholm, weekdayOf, withMonthDay } from './dates.js';

describe('todayInStockholm', () => {
  it.each([
    ['summer: UTC 23:30 on 30 June is 1 July in Stockholm (UTC+2)', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['summer: UTC 21:59 is still the same day (23:59 CEST)', '2026-06-30T21:59:00Z', '2026-06-30'],
    ['winter: UTC 23:30 on 31 December is 1 January (UTC+1)', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['winter: UTC 22:59 is still 31 December (23:59 CET)', '2026-12-31T22:59:00Z', '2026-12-31'],
    ['the morning after a daylight-saving change', '2026-03-29T05:00:00Z', '2026-03-29'],
  ])('%s', (_name, instant, expected) => {
    expect(todayInStockholm(new Date(instant))).toBe(expected);
  });
});

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

describe('addYears', () => {
  it.each([
    ['2023-06-20', 1, '2024-06-20'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 76, '2100-02-28'],
    ['2025-02-28', -1, '2024-02-28'],
    ['2026-12-31', 2, '2028-12-31'],
    ['9999-06-01', 1, '+010000-06-01'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-12-31', -6, '2026-06-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2028-08-31', -6, '2028-02-29'],
    ['2027-09-30', -12, '2026-09-30'],
    ['2026-06-20', -9, '2025-09-20'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-06-20', 0, '2026-06-20'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-11-30', 15, '2028-02-29'],
  ])('%s %+i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
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
    [2027, '04-31', '2027-04-30'],
    [2027, '01-01', '2027-01-01'],
  ])('%i, %s → %s', (year, monthDay, expected) => {
    expect(withMonthDay(year, monthDay)).toBe(expected);
  });

  it('refuses what is not "MM-DD"', () => {
    expect(() => withMonthDay(2027, 'anniversary')).toThrow();
    expect(() => withMonthDay(2027, '13-01')).toThrow();
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

import { describe, expect, it } from 'vitest';
import { addDays, addYears, yearOf } from './dates.js';

describe('dates', () => {
  it('adds years, keeping the day', () => {
    expect(addYears('2023-06-20', 4)).toBe('2027-06-20');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2027-06-20', -1)).toBe('2027-06-19');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('reads the year', () => {
    expect(yearOf('2019-01-01')).toBe(2019);
  });
});

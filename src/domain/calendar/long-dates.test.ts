import { describe, expect, it } from 'vitest';
import { formatLongDate, longDates } from './long-dates.js';

describe('formatLongDate', () => {
  it('writes a day, the month in words and the year', () => {
    expect(formatLongDate('2025-03-31', 'sv')).toBe('31 mars 2025');
    expect(formatLongDate('2025-03-31', 'en')).toBe('31 March 2025');
    // The last Sunday of March, when Swedish clocks move: the calendar day stays.
    expect(formatLongDate('2025-03-30', 'sv')).toBe('30 mars 2025');
    expect(formatLongDate('2024-02-29', 'sv')).toBe('29 februari 2024');
  });

  it('refuses what is not a real date', () => {
    expect(() => formatLongDate('2023-02-29', 'sv')).toThrow(RangeError);
    expect(() => formatLongDate('2023-2-1', 'sv')).toThrow(RangeError);
    expect(() => formatLongDate('2023-02-01T10:00', 'sv')).toThrow(RangeError);
  });

  it('formats each date once per run', () => {
    const date = longDates('sv');
    expect(date('2026-11-24')).toBe('24 november 2026');
    expect(date('2026-11-24')).toBe('24 november 2026');
    expect(() => date('2026-11-31')).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber } from './format-helpers.js';

describe('formatDate', () => {
  it('writes a day, the month in words and the year', () => {
    expect(formatDate('2025-03-31', 'sv')).toBe('31 mars 2025');
    expect(formatDate('2025-03-31', 'en')).toBe('31 March 2025');
    // The last Sunday of March, when Swedish clocks move: the calendar day stays.
    expect(formatDate('2025-03-30', 'sv')).toBe('30 mars 2025');
    expect(formatDate('2024-02-29', 'sv')).toBe('29 februari 2024');
    expect(formatDateRange('2023-07-01', '2026-12-31', 'sv')).toBe('1 juli 2023 – 31 december 2026');
  });

  it('refuses what is not a real date', () => {
    expect(() => formatDate('2023-02-29', 'sv')).toThrow(RangeError);
    expect(() => formatDate('2023-2-1', 'sv')).toThrow(RangeError);
    expect(() => formatDate('2023-02-01T10:00', 'sv')).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('groups digits with a no-break space and writes a decimal comma in Swedish', () => {
    expect(formatNumber(24.1, 'sv')).toBe('24,1');
    expect(formatNumber(1480, 'sv')).toBe('1\u00a0480');
    expect(formatNumber(1234567.125, 'sv')).toBe('1\u00a0234\u00a0567,125');
    expect(formatNumber(-5, 'sv')).toBe('\u22125');
    expect(formatNumber(0, 'sv')).toBe('0');
  });

  it('writes English numbers the English way', () => {
    expect(formatNumber(1480, 'en')).toBe('1,480');
    expect(formatNumber(24.1, 'en')).toBe('24.1');
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatNumber(Number.NaN, 'sv')).toThrow(RangeError);
    expect(() => formatNumber(Infinity, 'sv')).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateRange, formatNumber, reportFormat } from './format-helpers.js';

// The dates in words themselves are the calendar's (domain/calendar/long-dates.test.ts).
describe('reportFormat', () => {
  it('writes dates, ranges and numbers in the report\'s language', () => {
    const sv = reportFormat('sv');
    expect(sv.date('2025-03-31')).toBe('31 mars 2025');
    expect(sv.dateRange('2023-07-01', '2026-12-31')).toBe('1 juli 2023 – 31 december 2026');
    expect(sv.number(1480)).toBe('1\u00a0480');
    expect(formatDateRange('2023-07-01', '2026-12-31', 'en')).toBe('1 July 2023 – 31 December 2026');
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

import { describe, expect, it } from 'vitest';
import { parseDateArgument, todayInStockholm } from './stockholm.js';

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

  it('refuses an invalid instant', () => {
    expect(() => todayInStockholm(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parseDateArgument', () => {
  it.each([
    ['2025-06-01', { date: '2025-06-01' }],
    ['2024-02-29', { date: '2024-02-29' }],
    ['1900-01-01', { date: '1900-01-01' }],
    ['2199-12-31', { date: '2199-12-31' }],
  ])('takes %s', (text, expected) => {
    expect(parseDateArgument(text, 'sv')).toEqual(expected);
  });

  it.each(['2025-6-1', '20250601', '2025-06', '2025-W23-1', '2025-06-01T10:00', '2025-13-01', '', 'idag'])('refuses the form of %j', (text) => {
    expect(parseDateArgument(text, 'sv')).toEqual({ problem: { kind: 'form' } });
  });

  it('names the month of a day it lacks, in the language asked for', () => {
    expect(parseDateArgument('2025-02-29', 'sv')).toEqual({ problem: { kind: 'no-such-day', monthName: 'februari', year: 2025, days: 28 } });
    expect(parseDateArgument('2025-04-31', 'en')).toEqual({ problem: { kind: 'no-such-day', monthName: 'April', year: 2025, days: 30 } });
  });

  it('keeps to the format\'s years', () => {
    expect(parseDateArgument('9999-12-31', 'sv')).toEqual({ problem: { kind: 'out-of-range', first: 1900, last: 2199 } });
    expect(parseDateArgument('1899-12-31', 'sv')).toEqual({ problem: { kind: 'out-of-range', first: 1900, last: 2199 } });
  });
});

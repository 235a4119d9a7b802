import { describe, expect, it } from 'vitest';
import { lookupLabel, reportLabel } from './report-labels.js';
import { trend } from './view-indicators.js';

const values = (...numbers: number[]) => numbers.map((number) => ({ number }));

describe('trend', () => {
  it('follows the latest change, in the direction that is better', () => {
    expect(trend(values(10, 8), 'lower')).toBe('improving');
    expect(trend(values(10, 8), 'higher')).toBe('worsening');
    expect(trend(values(5, 9, 12), 'higher')).toBe('improving');
    // Fell for years, rose this year: worsening now.
    expect(trend(values(20, 15, 10, 11), 'lower')).toBe('worsening');
    expect(trend(values(3, 3), 'lower')).toBe('unchanged');
  });

  it('cannot say with fewer than two values', () => {
    expect(trend([], 'lower')).toBe('unknown');
    expect(trend(values(7), 'higher')).toBe('unknown');
  });
});

describe('report labels', () => {
  it('gives every status in both languages', () => {
    expect(reportLabel('measureStatus', 'not_started', 'sv')).toBe('ej påbörjad');
    expect(reportLabel('measureStatus', 'not_started', 'en')).toBe('not started');
    expect(reportLabel('assessment', 'partly_achieved', 'sv')).toBe('delvis uppnått');
    expect(reportLabel('trend', 'unknown', 'en')).toBe('cannot be assessed');
  });

  it('finds only its own keys for the label helper', () => {
    expect(lookupLabel('assessment', 'achieved', 'sv')).toBe('uppnått');
    expect(lookupLabel('assessment', '__proto__', 'sv')).toBeUndefined();
    expect(lookupLabel('assessment', 'toString', 'sv')).toBeUndefined();
    expect(lookupLabel('constructor', 'name', 'sv')).toBeUndefined();
    expect(lookupLabel('unit', 42, 'sv')).toBeUndefined();
  });
});

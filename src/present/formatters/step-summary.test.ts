import { describe, expect, it } from 'vitest';
import { STEP_SUMMARY_LIMIT, fitStepSummary } from './step-summary.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('fitStepSummary', () => {
  it('leaves a summary that fits as it is', () => {
    expect(fitStepSummary('## rubrik\n\ntext\n', 100, 'sv')).toBe('## rubrik\n\ntext\n');
  });

  it('cuts at a line end, stays within the limit and says it was cut', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `| ${i} | 1 | fel | schema/required | Fältet "år" saknas – åäö |`);
    const markdown = `## rubrik\n\n| a | b | c | d | e |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    expect(bytes(markdown)).toBeGreaterThan(STEP_SUMMARY_LIMIT);
    const cut = fitStepSummary(markdown, STEP_SUMMARY_LIMIT - 1, 'sv');
    expect(bytes(cut)).toBeLessThan(STEP_SUMMARY_LIMIT);
    expect(bytes(cut)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 200);
    const lines = cut.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('> ✂ Sammanfattningen är avkortad: GitHub tar emot högst 1 MiB per steg. Alla problem finns i loggen.');
    expect(lines.at(-2)).toBe('');
    // Every kept row is whole.
    expect(lines.at(-3)).toMatch(/^\| \d+ \| 1 \| fel \| schema\/required \| Fältet "år" saknas – åäö \|$/);
    expect(markdown.startsWith(lines.slice(0, -2).join('\n'))).toBe(true);
  });

  it('speaks English, and gives nothing when not even the note fits', () => {
    expect(fitStepSummary('x'.repeat(300), 200, 'en')).toContain('This summary was cut short');
    expect(fitStepSummary('x'.repeat(300), 10, 'en')).toBe('');
  });
});

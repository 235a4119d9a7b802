import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.js';

describe('escapeMarkdown', () => {
  it('escapes the punctuation Markdown gives a meaning inline', () => {
    expect(escapeMarkdown('a\\b `c` *d* _e_ [f] <g> #h |i| &amp; ~~j~~')).toBe(
      'a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\<g\\> \\#h \\|i\\| \\&amp; \\~\\~j\\~\\~',
    );
  });

  it('keeps raw HTML out: a tag becomes text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
  });

  it('leaves quotes and other text alone', () => {
    expect(escapeMarkdown(`"q" 'q' – 24,1 % (a) {b}`)).toBe(`"q" 'q' – 24,1 % (a) {b}`);
  });

  it('turns line breaks into one space, so a text stays in its table cell', () => {
    expect(escapeMarkdown('rad ett\n  rad två\r\nrad tre\r\n\r\n# rubrik\n')).toBe('rad ett rad två rad tre \\# rubrik');
    expect(escapeMarkdown('  - punkt\n\n')).toBe('\\- punkt');
  });

  it('escapes a leading list or setext marker', () => {
    expect(escapeMarkdown('- punkt')).toBe('\\- punkt');
    expect(escapeMarkdown('+ punkt')).toBe('\\+ punkt');
    expect(escapeMarkdown('= rubrik')).toBe('\\= rubrik');
    expect(escapeMarkdown('2024. Ett år')).toBe('2024\\. Ett år');
    expect(escapeMarkdown('1) ett')).toBe('1\\) ett');
    expect(escapeMarkdown('24,1 procent')).toBe('24,1 procent');
  });
});

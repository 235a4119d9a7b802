import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { visible } from '../model/visible-text.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';

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

/** What markdown-it, a CommonMark and GFM renderer, shows for one inline text and one table cell. */
const md = new MarkdownIt({ html: true });
const rendered = (markdown: string) => md.renderInline(markdown);
const cellHtml = (cell: string) => md.render(`| a |\n| --- |\n| ${cell} |\n`);

/** Text as the browser shows it: entities decoded. */
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('markdownCode', () => {
  it('fences a name with backticks by a longer run and keeps HTML in it as text', () => {
    const name = 'x` <img src=x onerror=alert(1)> `.yaml';
    expect(markdownCode(name)).toBe('``x` <img src=x onerror=alert(1)> `.yaml``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(rendered(markdownCode(name))).toBe('<code>x` &lt;img src=x onerror=alert(1)&gt; `.yaml</code>');
    expect(markdownCode('a ``` b')).toBe('````a ``` b````');
    expect(markdownCode('plain.yaml')).toBe('`plain.yaml`');
  });

  it('shows control characters and line breaks as escapes', () => {
    expect(markdownCode('a\u001b[31m\u0007\nb.yaml')).toBe('`a\\u001b[31m\\u0007\\nb.yaml`');
  });

  it('renders as exactly its text, inline and in a table cell, for any text (markdown-it)', () => {
    const text = fc.string({ unit: fc.constantFrom('`', ' ', 'a', '|', '<', '>', '&', '\\', '*', '_', '\n', '\u001b', 'å'), maxLength: 12 });
    fc.assert(
      fc.property(text, (t) => {
        const shown = visible(t);
        // Spaces alone: CommonMark keeps them, markdown-it trims them; no name is only spaces.
        if (shown.trim() === '') return;
        const inline = /^<code>(.*)<\/code>$/s.exec(rendered(markdownCode(t)));
        expect(inline?.[1] === undefined ? undefined : decode(inline[1]), JSON.stringify(t)).toBe(shown);
        const cell = /<td><code>(.*)<\/code><\/td>/s.exec(cellHtml(markdownCode(t, 'table')));
        expect(cell?.[1] === undefined ? undefined : decode(cell[1]), JSON.stringify(t)).toBe(shown);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('escapeMarkdown', () => {
  it('renders as the same text, with no HTML element, for any text (markdown-it)', () => {
    const text = fc.string({ unit: fc.constantFrom('`', ' ', 'a', '|', '<', '>', '&', '\\', '*', '_', '#', '-', '[', ']', '(', ')', '~', '1', '.', '\u001b'), maxLength: 14 });
    fc.assert(
      fc.property(text, (t) => {
        const html = rendered(escapeMarkdown(t));
        expect(html, JSON.stringify(t)).not.toMatch(/<(?!br)[a-z]/);
        expect(decode(html).replace(/\s+/g, ' ')).toBe(visible(t.trim().replace(/[ \t]*(?:[\r\n][ \t]*)+/g, ' ')).replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});

// The one Markdown escaper of every Markdown output: validate's, status and deadlines', and the report's.
import { visible } from '../model/visible-text.js';

/**
 * Markdown's punctuation with a meaning inline, escaped with a backslash (CommonMark 2.4: each ASCII
 * punctuation may be). `<` and `>` keep HTML tags and autolinks out, `|` keeps a table cell whole,
 * `&` keeps entity references from turning into characters, `~` keeps GFM strikethrough out, `$` GitHub's math.
 */
const INLINE = /[\\`*_[\]<>#|&~$]/g;

/**
 * User text as inline Markdown that renders as the same text: punctuation escaped, and every line
 * break (with the spaces and blank lines around it) turned into one space and the ends trimmed, so a text can neither end a table row
 * nor start a block (a heading, a list, a quote) on a line of its own. A text that starts like a
 * list item or a setext underline ("- x", "1. x", "= x") gets its first marker escaped, since a
 * template may put it at the start of a line. Raw HTML in the text comes out as visible text.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(INLINE, (c) => `\\${c}`);
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * User text as an inline code span that shows exactly that text (a file name, an id): fenced by
 * one backtick more than its longest run of backticks, so no run inside can close it, and padded
 * with a space where it starts or ends with a backtick or with spaces (CommonMark 6.1 strips one
 * space from each end when both have one).
 * In a table cell a `|` would end the cell even inside the span, so `table` escapes it (GFM).
 */
export function markdownCode(text: string, where: 'inline' | 'table' = 'inline'): string {
  // Line breaks too are shown as escapes: a span cannot hold a blank line, and a name is exact.
  const shown = visible(text);
  const body = where === 'table' ? shown.replace(/\|/g, '\\|') : shown;
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const stripped = body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '';
  const pad = body.startsWith('`') || body.endsWith('`') || stripped ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** One line with control characters shown: line breaks (and the spaces around them) become one space. */
function oneLine(text: string): string {
  return visible(text.trim().replace(/[ \t]*(?:[\r\n\u2028\u2029][ \t]*)+/g, ' '));
}

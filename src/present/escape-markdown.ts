// The one Markdown escaper of every Markdown output: validate's, status and deadlines', and the report's.

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
  const oneLine = text.trim().replace(/[ \t]*(?:[\r\n\u2028\u2029][ \t]*)+/g, ' ');
  const escaped = oneLine.replace(INLINE, (c) => `\\${c}`);
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

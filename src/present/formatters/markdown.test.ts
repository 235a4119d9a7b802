import { describe, expect, it } from 'vitest';
import { diagnostic, formatInput } from '../../../test/helpers/format-input.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { NO_PAINT } from './formatter.js';
import { escapeMarkdown } from '../escape-markdown.js';
import { markdown } from './markdown.js';

const format = (diagnostics: Diagnostic[], lang: Lang = 'sv') =>
  markdown.format(formatInput(diagnostics), { lang, paint: NO_PAINT, version: 'test' });

describe('markdown', () => {
  it('says so in a paragraph when there is nothing to report', () => {
    expect(format([])).toBe('## samverkan: kontroll av dokumenten\n\n✔ Inga problem: 2 filer och 2 dokument kontrollerade.\n');
    expect(format([], 'en')).toBe('## samverkan: document check\n\n✔ No problems: 2 files and 2 documents checked.\n');
  });

  it('has a heading, a summary line and a table per file with findings', () => {
    const out = format([
      diagnostic({ file: 'b.yaml', start: { line: 3, column: 7 }, hint: 'Lägg till title:.' }),
      diagnostic({ file: 'a.yaml', severity: 'warning', rule: 'schema/enum', message: 'Okänt värde' }),
    ]);
    expect(out).toBe(
      [
        '## samverkan: kontroll av dokumenten',
        '',
        '✖ 1 fel och 1 varning i 2 av 2 filer (2 dokument kontrollerade).',
        '',
        '### a.yaml',
        '',
        '| Rad | Kolumn | Allvar | Regel | Meddelande |',
        '| ---: | ---: | --- | --- | --- |',
        '| 2 | 1 | varning | schema/enum | Okänt värde |',
        '',
        '### b.yaml',
        '',
        '| Rad | Kolumn | Allvar | Regel | Meddelande |',
        '| ---: | ---: | --- | --- | --- |',
        '| 3 | 7 | fel | schema/required | Fältet "title" saknas i dokumentet. Lägg till title:. |',
        '',
      ].join('\n'),
    );
  });

  it('uses English headings with lang en', () => {
    const out = format([diagnostic({ message: 'Field "title" is missing' })], 'en');
    expect(out).toContain('| Line | Column | Severity | Rule | Message |\n| ---: | ---: | --- | --- | --- |\n| 2 | 1 | error | schema/required | Field "title" is missing |');
  });

  it('escapes |, Markdown syntax and HTML in cells and headings, and removes newlines', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) <b>h</b> &amp; ~~i~~ $x$ # \\ rad\r\nny')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<b\\>h\\</b\\> \\&amp; \\~\\~i\\~\\~ \\$x\\$ \\# \\\\ rad ny',
    );
    const out = format([diagnostic({ file: 'a|b.yaml', message: 'Värdet "x|y"\när fel' })]);
    expect(out).toContain('### a\\|b.yaml');
    const row = out.split('\n').find((l) => l.startsWith('| 2 |'));
    expect(row).toBe('| 2 | 1 | fel | schema/required | Värdet "x\\|y" är fel |');
    // Five cells: no `|` without a backslash inside them.
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });
});

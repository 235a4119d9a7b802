import { compareDiagnostics, fullMessage, type Diagnostic } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import { escapeMarkdown } from '../escape-markdown.js';
import type { Formatter } from './formatter.js';
import { groupByFile, groupByRoot, rootHeading, severityWord, summaryLine } from './summary-line.js';

const WORDS = {
  heading: { sv: 'samverkan: kontroll av dokumenten', en: 'samverkan: document check' },
  columns: { sv: '| Rad | Kolumn | Allvar | Regel | Meddelande |', en: '| Line | Column | Severity | Rule | Message |' },
} as const;

/**
 * A Markdown report, for a GitHub job summary, a merge-request comment or a file: a heading, the
 * summary line, then one table per file with findings. Everything taken from the repository
 * (file names, messages quoting values) is escaped, so a `|` cannot split a cell and a `<`
 * cannot become HTML.
 */
export const markdown: Formatter = {
  name: 'markdown',
  format(input, { lang }) {
    const out = [`## ${localize(WORDS.heading, lang)}`, '', escapeMarkdown(summaryLine(input, lang))];
    const byFile = (diagnostics: readonly Diagnostic[], level: string, findingLang: Lang) => {
      for (const [file, found] of groupByFile([...diagnostics].sort(compareDiagnostics))) {
        out.push('', `${level} ${escapeMarkdown(file)}`, '', localize(WORDS.columns, lang), '| ---: | ---: | --- | --- | --- |');
        for (const d of found) {
          const cells = [String(d.start.line), String(d.start.column), severityWord(d.severity, findingLang), d.rule, fullMessage(d)];
          out.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
        }
      }
    };
    if (input.roots === undefined) byFile(input.diagnostics, '###', lang);
    else {
      for (const [root, found] of groupByRoot(input.diagnostics, input.roots)) {
        out.push('', `### ${escapeMarkdown(rootHeading(root, found, lang))}`);
        byFile(found, '####', root?.lang ?? lang);
      }
    }
    return `${out.join('\n')}\n`;
  },
};

import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { visible } from '../../model/visible-text.js';
import { codeFrame } from './code-frame.js';
import { countedIn, type Formatter, type FormatInput, type Paint } from './formatter.js';
import { groupByFile, groupByRoot, rootHeading, severityWord, summaryLine } from './summary-line.js';

/**
 * For people at a terminal: grouped by file (and by root first in a workspace), a code frame with
 * a caret, a summary line.
 */
export const pretty: Formatter = {
  name: 'pretty',
  format(input, { lang, paint }) {
    const out: string[] = [];
    const byFile = (diagnostics: readonly Diagnostic[], findingLang: Lang) => {
      for (const [file, found] of groupByFile(diagnostics)) {
        out.push(paint.underline(paint.bold(visible(file))));
        for (const d of found) out.push(entry(d, input, findingLang, paint), '');
      }
    };
    if (input.roots === undefined) byFile(input.diagnostics, lang);
    else {
      for (const [root, found] of groupByRoot(input.diagnostics, input.roots)) {
        out.push(paint.bold(`▸ ${visible(rootHeading(root, found, lang))}`), '');
        byFile(found, root?.lang ?? lang);
      }
    }
    const { errors, warnings } = countedIn(input);
    const summary = summaryLine(input, lang);
    out.push(errors > 0 ? paint.red(paint.bold(summary)) : warnings > 0 ? paint.yellow(paint.bold(summary)) : paint.green(summary));
    return `${out.join('\n')}\n`;
  },
};

function entry(d: Diagnostic, input: FormatInput, lang: Lang, paint: Paint): string {
  const word = severityWord(d.severity, lang);
  const severity = d.severity === 'error' ? paint.red(word) : paint.yellow(word);
  const lines = [`  ${visible(d.file)}:${d.start.line}:${d.start.column}  ${severity}  ${visible(d.message)}  ${paint.dim(d.rule)}`];
  if (d.hint) lines.push(`    ${paint.cyan(visible(d.hint))}`);
  const source = input.source(d.file);
  const frame = source ? codeFrame(source, d.start, d.end, paint) : '';
  if (frame) lines.push(frame.replace(/^/gm, '    '));
  return lines.join('\n');
}

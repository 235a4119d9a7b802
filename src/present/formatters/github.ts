import { compareDiagnostics, fullMessage, type Diagnostic } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import { visible } from '../../model/visible-text.js';
import { countBySeverity, type Formatter } from './formatter.js';
import { countsPhrase, summaryLine } from './summary-line.js';

/** GitHub turns only this many annotations of each kind (error, warning, notice) per step into annotations. */
export const GITHUB_ANNOTATIONS_PER_KIND = 10;

const MORE = {
  sv: 'GitHub visar bara {limit} fel och {limit} varningar per steg som anteckningar; {more} utöver dem visas inte där. Se sammanfattningen eller loggen.',
  en: 'GitHub shows only {limit} errors and {limit} warnings per step as annotations; {more} beyond those are not shown there. See the summary or the log.',
} as const;

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which GitHub
 * shows as an annotation on the file and line of a pull request. Errors come first so that, with
 * GitHub's limit of 10 per kind, the errors are the annotations people see.
 */
export const github: Formatter = {
  name: 'github',
  format(input, { lang }) {
    const sorted = [...input.diagnostics].sort(compareDiagnostics);
    const ordered = [...sorted.filter((d) => d.severity === 'error'), ...sorted.filter((d) => d.severity === 'warning')];
    const lines = ordered.map(annotation);
    const note = limitNotice(input.diagnostics, lang);
    if (note) lines.push(note);
    lines.push(summaryLine(input, lang));
    return `${lines.join('\n')}\n`;
  },
};

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message` */
export function annotation(d: Diagnostic): string {
  const properties = [
    `file=${escapeProperty(visible(d.file))}`,
    `line=${d.start.line}`,
    `col=${d.start.column}`,
    `endLine=${d.end.line}`,
    `endColumn=${d.end.column}`,
    `title=${escapeProperty(d.rule)}`,
  ];
  return `::${d.severity} ${properties.join(',')}::${escapeData(fullMessage(d))}`;
}

/** The one notice that says how many annotations GitHub drops, or undefined when it drops none. */
function limitNotice(diagnostics: readonly Diagnostic[], lang: Lang): string | undefined {
  const { errors, warnings } = countBySeverity(diagnostics);
  const extraErrors = Math.max(0, errors - GITHUB_ANNOTATIONS_PER_KIND);
  const extraWarnings = Math.max(0, warnings - GITHUB_ANNOTATIONS_PER_KIND);
  if (extraErrors + extraWarnings === 0) return undefined;
  const text = localize(MORE, lang, { limit: GITHUB_ANNOTATIONS_PER_KIND, more: countsPhrase(extraErrors, extraWarnings, lang) });
  return `::notice::${escapeData(text)}`;
}

/** A command's message, escaped as @actions/core's `escapeData` does, so it stays on one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value, escaped as @actions/core's `escapeProperty`: `:` and `,` end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

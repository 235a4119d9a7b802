import type { Diagnostic } from '../../model/diagnostic.js';
import { localize, type Lang } from '../../model/lang.js';
import { codeFrame } from './code-frame.js';
import { countBySeverity, type Formatter, type FormatInput, type Paint } from './formatter.js';

const WORDS = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  clean: {
    sv: '✔ Inga problem: {files} filer och {documents} dokument kontrollerade.',
    en: '✔ No problems: {files} files and {documents} documents checked.',
  },
  summary: {
    sv: '✖ {counts} i {affected} av {files} filer ({documents} dokument kontrollerade).',
    en: '✖ {counts} in {affected} of {files} files ({documents} documents checked).',
  },
  and: { sv: 'och', en: 'and' },
} as const;

/** For people at a terminal: grouped by file, a code frame with a caret, a summary line. */
export const pretty: Formatter = {
  name: 'pretty',
  format(input, { lang, paint }) {
    const out: string[] = [];
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of input.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    for (const [file, diagnostics] of byFile) {
      out.push(paint.underline(paint.bold(file)));
      for (const d of diagnostics) out.push(entry(d, input, lang, paint), '');
    }
    out.push(summary(input, byFile.size, lang, paint));
    return `${out.join('\n')}\n`;
  },
};

function entry(d: Diagnostic, input: FormatInput, lang: Lang, paint: Paint): string {
  const severity = d.severity === 'error' ? paint.red(localize(WORDS.error, lang)) : paint.yellow(localize(WORDS.warning, lang));
  const lines = [`  ${d.file}:${d.start.line}:${d.start.column}  ${severity}  ${d.message}  ${paint.dim(d.rule)}`];
  if (d.hint) lines.push(`    ${paint.cyan(d.hint)}`);
  const source = input.source(d.file);
  const frame = source ? codeFrame(source, d.start, d.end, paint) : '';
  if (frame) lines.push(frame.replace(/^/gm, '    '));
  return lines.join('\n');
}

function summary(input: FormatInput, affected: number, lang: Lang, paint: Paint): string {
  const data = { files: input.files.length, documents: input.documents };
  const { errors, warnings } = countBySeverity(input.diagnostics);
  if (errors + warnings === 0) return paint.green(localize(WORDS.clean, lang, data));
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} ${lang === 'sv' ? 'fel' : errors === 1 ? 'error' : 'errors'}`);
  if (warnings > 0) {
    parts.push(`${warnings} ${lang === 'sv' ? (warnings === 1 ? 'varning' : 'varningar') : warnings === 1 ? 'warning' : 'warnings'}`);
  }
  const text = localize(WORDS.summary, lang, { ...data, affected, counts: parts.join(` ${localize(WORDS.and, lang)} `) });
  return errors > 0 ? paint.red(paint.bold(text)) : paint.yellow(paint.bold(text));
}

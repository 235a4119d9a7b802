import type { AgreementStatus, Deadline } from '../../derive/types.js';
import { localize, type Lang } from '../../model/lang.js';
import { deadlineStatusLabel, deadlineTitle } from '../calendar/deadline-titles.js';
import type { Paint } from '../formatters/formatter.js';
import { visible } from '../../model/visible-text.js';
import { escapeMarkdown } from '../escape-markdown.js';
import { kommunLabel, stateLabel } from '../labels.js';
import { CELL_WORDS, nextDeadlineCell, overdueCell } from './status-cells.js';
import type { StatusFormatter, StatusInput } from './status-view.js';

const WORDS = {
  heading: { sv: 'Överenskommelser per {asOf}', en: 'Agreements as of {asOf}' },
  columns: {
    sv: ['Kommun', 'Överenskommelse', 'Status', 'Giltig', 'Dagar kvar', 'Nästa frist', CELL_WORDS.overdueColumn.sv],
    en: ['Kommun', 'Agreement', 'Status', 'Valid', 'Days left', 'Next deadline', CELL_WORDS.overdueColumn.en],
  },
  duties: { sv: 'Kommunernas skyldigheter enligt lag (2023:196)', en: "The kommuner's duties under lag (2023:196)" },
  none: { sv: 'Inga överenskommelser i arkivet.', en: 'No agreements in the repository.' },
} as const;

/** The contract's shape (format.md, "Command contract"), nothing more. */
export const statusJson: StatusFormatter = (input) =>
  `${JSON.stringify({
    as_of: input.asOf,
    agreements: input.agreements.map((a) => ({
      id: a.id,
      title: a.title,
      municipality_codes: a.municipalityCodes,
      state: a.state,
      valid_from: a.validFrom,
      valid_to: a.validTo,
      days_left: a.daysLeft,
      file: a.origin.file,
    })),
  })}\n`;

function rows(input: StatusInput, lang: Lang): string[][] {
  return input.agreements.map((a) => [
    a.municipalityCodes.map((c) => kommunLabel(c, input.kommunNames)).join(', '),
    a.id,
    stateLabel(a.state, lang),
    `${a.validFrom} – ${a.validTo}`,
    String(a.daysLeft),
    nextDeadlineCell(a, input, lang),
    overdueCell(a),
  ]);
}

function kommunName(d: Deadline, input: StatusInput): string | undefined {
  return d.municipalityCode === null ? undefined : input.kommunNames.get(d.municipalityCode);
}

/** The law's rolling duties: the next one of each kind for every kommun. */
function duties(input: StatusInput): Deadline[] {
  return input.deadlines.filter((d) => d.agreement === null);
}

export const statusPretty: StatusFormatter = (input, { lang, paint }) => {
  const t = (m: { sv: string; en: string }) => localize(m, lang, { asOf: input.asOf });
  if (input.agreements.length === 0 && duties(input).length === 0) return `${t(WORDS.none)}\n`;
  const header = WORDS.columns[lang];
  const body = rows(input, lang).map((row) => row.map((cell) => visible(cell)));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [paint.bold(t(WORDS.heading)), '', paint.bold(line(header))];
  input.agreements.forEach((a, i) => out.push(urgency(a, paint)(line(body[i] ?? []))));
  if (input.agreements.length > 0) out.push('', paint.dim(localize(CELL_WORDS.legend, lang)));
  const list = duties(input);
  if (list.length > 0) {
    out.push('', paint.bold(t(WORDS.duties)));
    for (const d of list) {
      const text = `  ${d.date}  ${visible(deadlineTitle(d, lang, { kommun: kommunName(d, input) }))}  (${deadlineStatusLabel(d.status, lang)})`;
      out.push(d.status === 'overdue' ? paint.red(text) : text);
    }
  }
  return `${out.join('\n')}\n`;
};

function urgency(a: AgreementStatus, paint: Paint): (text: string) => string {
  if (a.state === 'expired' || a.overdue + a.lawOverdue > 0) return paint.red;
  if (a.state === 'expiring') return paint.yellow;
  if (a.state === 'active') return paint.green;
  return paint.dim;
}

export const statusMarkdown: StatusFormatter = (input, { lang }) => {
  const t = (m: { sv: string; en: string }) => localize(m, lang, { asOf: input.asOf });
  const out = [`## ${t(WORDS.heading)}`, ''];
  if (input.agreements.length === 0) out.push(t(WORDS.none));
  else {
    const header = WORDS.columns[lang];
    out.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 4 || i === 6 ? '---:' : '---')).join(' | ')} |`);
    for (const row of rows(input, lang)) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
    out.push('', escapeMarkdown(localize(CELL_WORDS.legend, lang)));
  }
  const list = duties(input);
  if (list.length > 0) {
    out.push('', `### ${t(WORDS.duties)}`, '');
    for (const d of list) {
      const title = deadlineTitle(d, lang, { kommun: kommunName(d, input) });
      out.push(`- ${d.date}: ${escapeMarkdown(title)} (${deadlineStatusLabel(d.status, lang)})`);
    }
  }
  return `${out.join('\n')}\n`;
};

import { visible } from '../../model/visible-text.js';
import { escapeMarkdown } from '../escape-markdown.js';
import type { Paint } from '../formatters/formatter.js';
import type { OverviewFormatter } from './index.js';
import { cellText, COLUMNS, overviewView, type Cell, type Tone } from './overview-view.js';

/** Right-aligned columns: counts and days. */
const NUMERIC = new Set(['daysLeft', 'overdue']);

/**
 * For a terminal: the heading and summary, then per polisregion its summary and per län a table,
 * each cell coloured by its tone beside its words (NO_COLOR leaves the words).
 */
export const overviewPretty: OverviewFormatter = (overview, { lang, paint }) => {
  const view = overviewView(overview, lang);
  const out = [paint.bold(view.heading), view.summary];
  const header = COLUMNS.map((c) => view.columns[c]);
  const allRows = view.regions.flatMap((r) => r.rows);
  // One width per column for the whole page, so the tables of all regions line up.
  const widths = COLUMNS.map((c, i) => Math.max(header[i]!.length, ...allRows.map((r) => visible(cellText(r.cells[c])).length)));
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, i) => {
        const text = visible(cellText(cell));
        const padded = NUMERIC.has(COLUMNS[i]!) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
        return tint(cell.tone, paint)(padded);
      })
      .join('  ')
      .trimEnd();
  for (const region of view.regions) {
    out.push('', paint.bold(`${region.heading} – ${region.summary}`));
    for (const county of region.counties) {
      out.push(`  ${paint.underline(county.name)}`, `    ${paint.bold(header.map((h, i) => (NUMERIC.has(COLUMNS[i]!) ? h.padStart(widths[i]!) : h.padEnd(widths[i]!))).join('  ').trimEnd())}`);
      for (const row of county.rows) out.push(`    ${line(COLUMNS.map((c) => row.cells[c]))}`);
    }
  }
  return `${out.join('\n')}\n`;
};

/** For a job summary, an e-mail or a wiki: a table per län under a heading per polisregion. */
export const overviewMarkdown: OverviewFormatter = (overview, { lang }) => {
  const view = overviewView(overview, lang);
  const out = [`## ${escapeMarkdown(view.heading)}`, '', escapeMarkdown(view.summary)];
  for (const region of view.regions) {
    out.push('', `### ${escapeMarkdown(region.heading)}`, '', escapeMarkdown(region.summary));
    for (const county of region.counties) {
      out.push('', `#### ${escapeMarkdown(county.name)}`, '');
      out.push(`| ${COLUMNS.map((c) => escapeMarkdown(view.columns[c])).join(' | ')} |`);
      out.push(`| ${COLUMNS.map((c) => (NUMERIC.has(c) ? '---:' : '---')).join(' | ')} |`);
      for (const row of county.rows) out.push(`| ${COLUMNS.map((c) => escapeMarkdown(cellText(row.cells[c]))).join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
};

function tint(tone: Tone, paint: Paint): (text: string) => string {
  switch (tone) {
    case 'bad':
      return paint.red;
    case 'warn':
      return paint.yellow;
    case 'good':
      return paint.green;
    case 'info':
      return paint.cyan;
    case 'neutral':
      return (text) => text;
  }
}

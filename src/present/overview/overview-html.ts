import { localize, type Lang } from '../../model/lang.js';
import { visible } from '../../model/visible-text.js';
import { cspStyleSrc } from '../report/html-helpers.js';
import { REPORT_COLOURS, REPORT_CSS } from '../report/report-css.js';
import { escapeXml } from '../report/svg-chart.js';
import { dutyChart } from './duty-chart.js';
import type { OverviewFormatter } from './index.js';
import { COLUMNS, overviewView, type Cell, type Column, type RegionView, type Tone, type Total } from './overview-view.js';

/** The report's badge class for each tone: the same colours, checked for contrast in report-css.test.ts. */
const BADGE_OF: Record<Tone, string> = { good: 'done', warn: 'expiring', bad: 'overdue', info: 'upcoming', neutral: 'unknown' };

/**
 * The page's columns: the days left stand under the agreement's state (a column of their own
 * would make the table too wide for a laptop without scrolling).
 */
const HTML_COLUMNS = COLUMNS.filter((c) => c !== 'daysLeft');

/**
 * What the overview adds to the report's stylesheet (whose focusable `.table-scroll` regions it
 * uses for the tables on a phone): a wider page for the wide tables, the län rows, and a date
 * or a count of days below a status.
 */
export const OVERVIEW_CSS = `
body.overview { max-width: 84rem; }
tbody tr.county > th { background: ${REPORT_COLOURS.headerCell}; font-weight: 600; }
.overview .lead { font-size: 1.1rem; }
.overview .detail { display: block; font-size: 0.85rem; color: ${REPORT_COLOURS.muted}; margin-top: 0.15rem; }
.overview table { font-size: 0.9rem; }
.overview td, .overview th { padding: 0.35rem 0.45rem; }
`;

const WORDS = {
  daysLeft: { sv: '{n} dagar kvar', en: '{n} days left' },
  daysPast: { sv: 'slut för {n} dagar sedan', en: 'ended {n} days ago' },
  title: { sv: 'samverkan – översikt per {asOf}', en: 'samverkan – overview as of {asOf}' },
  law: { sv: 'Lagens krav på kommunerna (lag 2023:196)', en: "The law's duties of the kommuner (lag 2023:196)" },
  caption: { sv: 'Kommunerna i {region} per {asOf}', en: 'The kommuner in {region} as of {asOf}' },
  total: { sv: 'Summa, {n} kommuner', en: 'Total, {n} kommuner' },
  ofTotal: { sv: '{good} av {of}', en: '{good} of {of}' },
  footer: { sv: 'Skapad av samverkan {version}.', en: 'Made by samverkan {version}.' },
} as const;

/**
 * One self-contained page a coordinator can mail or publish: a table per polisregion with a row
 * group per län, every status cell a badge with its words (never colour alone), the region's
 * totals in the table's foot, and a chart of how many kommuner are current on each law duty. It
 * uses the report's stylesheet, Content-Security-Policy (nothing but that stylesheet, by its hash)
 * and escaping, so it makes no request and is read the same by screen readers (WCAG 2.1 AA).
 */
export const overviewHtml: OverviewFormatter = (overview, { lang, version }) => {
  const view = overviewView(overview, lang);
  const css = `${REPORT_CSS}${OVERVIEW_CSS}`;
  const t = (m: { sv: string; en: string }, data = {}) => localize(m, lang, data);
  const page = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspStyleSrc(css)}; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="samverkan ${html(version)}">`,
    `<title>${html(t(WORDS.title, { asOf: view.asOf }))}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body class="overview">',
    `<header class="letterhead"><h1>${html(view.heading)}</h1></header>`,
    '<main>',
    `<p class="lead">${html(view.summary)}</p>`,
    '<section aria-labelledby="law">',
    `<h2 id="law">${html(t(WORDS.law))}</h2>`,
    `<figure>${dutyChart(view.law, lang)}</figure>`,
    '</section>',
    ...view.regions.map((region, i) => regionSection(region, i, view.columns, view.asOf, lang)),
    '</main>',
    `<footer class="report-footer"><p>${html(t(WORDS.footer, { version }))}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ];
  return page.join('\n');
};

function regionSection(region: RegionView, i: number, columns: Record<Column, string>, asOf: string, lang: Lang): string {
  const id = `region-${i + 1}`;
  const t = (m: { sv: string; en: string }, data = {}) => localize(m, lang, data);
  const of = (total: Total) => t(WORDS.ofTotal, total);
  const totals: Partial<Record<Column, string>> = {
    agreement: of(region.totals.agreement),
    followUp: of(region.totals.followUp),
    review: of(region.totals.review),
    promises: of(region.totals.promises),
    situationReport: of(region.totals.situationReport),
    actionPlan: of(region.totals.actionPlan),
    overdue: String(region.totals.overdue),
  };
  return [
    `<section class="region" aria-labelledby="${id}">`,
    `<h2 id="${id}">${html(region.heading)}</h2>`,
    `<p>${html(region.summary)}</p>`,
    // The caption stands above the scroll region, as in the report, so it stays in view when the table scrolls.
    `<p class="caption" id="${id}-caption">${html(t(WORDS.caption, { region: region.heading, asOf }))}</p>`,
    `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">`,
    `<table aria-labelledby="${id}-caption">`,
    `<thead><tr>${HTML_COLUMNS.map((c) => `<th scope="col"${numeric(c)}>${html(columns[c])}</th>`).join('')}</tr></thead>`,
    ...region.counties.map(
      (county) =>
        `<tbody>\n<tr class="county"><th scope="rowgroup" colspan="${HTML_COLUMNS.length}">${html(county.name)}</th></tr>\n${county.rows
          .map((row) => `<tr>${HTML_COLUMNS.map((c) => cell(c, c === 'agreement' ? withDays(row.cells.agreement, row.kommun.agreement?.daysLeft, lang) : row.cells[c])).join('')}</tr>`)
          .join('\n')}\n</tbody>`,
    ),
    `<tfoot><tr><th scope="row" colspan="2">${html(t(WORDS.total, { n: region.rows.length }))}</th>${HTML_COLUMNS.slice(2)
      .map((c) => `<td${numeric(c)}>${html(totals[c] ?? '')}</td>`)
      .join('')}</tr></tfoot>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** The agreement's state with its days left below it. */
function withDays(cell: Cell, days: number | undefined, lang: Lang): Cell {
  if (days === undefined) return cell;
  return { ...cell, detail: localize(days < 0 ? WORDS.daysPast : WORDS.daysLeft, lang, { n: Math.abs(days) }) };
}

function cell(column: Column, cell: Cell): string {
  if (column === 'kommun') return `<th scope="row" class="nowrap">${html(cell.text)}</th>`;
  // A date is not split at its hyphens: it is ours, digits and hyphens, safe to wrap in markup.
  const detail = cell.detail === undefined ? '' : ` <span class="detail">${html(cell.detail).replace(/\d{4}-\d{2}-\d{2}/g, '<span class="nowrap">$&</span>')}</span>`;
  return `<td${numeric(column)}><span class="badge badge--${BADGE_OF[cell.tone]}">${html(cell.text)}</span>${detail}</td>`;
}

function numeric(column: Column): string {
  return column === 'overdue' ? ' class="num"' : '';
}

/** Text from a repository or our words, safe in HTML text and attributes, control characters visible. */
function html(text: string): string {
  return escapeXml(visible(text));
}

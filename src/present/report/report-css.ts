import { CHART_COLOURS } from './svg-chart.js';

/**
 * The palette of the HTML report. Every text colour is checked in report-css.test.ts against the
 * background it sits on: ≥ 4.5:1 for text, ≥ 3:1 for lines a reader needs (WCAG 2.1 1.4.3, 1.4.11).
 */
export const REPORT_COLOURS = {
  text: CHART_COLOURS.text,
  muted: CHART_COLOURS.mutedText,
  accent: CHART_COLOURS.column,
  background: '#ffffff',
  rule: '#6b6b6b',
  border: '#8c8c8c',
  zebra: '#f2f4f7',
  headerCell: '#e6ebf1',
  focus: '#b3540a',
} as const;

/** A status badge: dark text on a light tint, and always a word, never the colour alone (1.4.1). */
export interface BadgeColours {
  text: string;
  background: string;
  border: string;
}

const GOOD: BadgeColours = { text: '#1e5a2b', background: '#e3f1e5', border: '#3f7d4c' };
const PARTLY: BadgeColours = { text: '#5c4300', background: '#fbf0cf', border: '#8a6a12' };
const BAD: BadgeColours = { text: '#8a1c1c', background: '#f9e2e0', border: '#b04040' };
const NEUTRAL: BadgeColours = { text: '#2f3a45', background: '#eceff2', border: '#6e7a86' };
const INFO: BadgeColours = { text: '#1d4f7c', background: '#e2ecf6', border: '#4a76a0' };

/**
 * Badge colours by the view model's `*Key` values. Keys of different sets that mean the same
 * (a measure `done`, a deadline `done`) share a class, so one rule serves both.
 */
export const BADGES: Readonly<Record<string, BadgeColours>> = {
  // measures
  done: GOOD,
  ongoing: INFO,
  not_started: NEUTRAL,
  postponed: PARTLY,
  cancelled: BAD,
  // goals
  achieved: GOOD,
  partly_achieved: PARTLY,
  not_achieved: BAD,
  not_assessed: NEUTRAL,
  // no follow-up value, trends and deadlines
  unreported: NEUTRAL,
  unknown: NEUTRAL,
  improving: GOOD,
  worsening: BAD,
  unchanged: NEUTRAL,
  overdue: BAD,
  upcoming: INFO,
  // agreement states
  draft: NEUTRAL,
  active: GOOD,
  expiring: PARTLY,
  expired: NEUTRAL,
  superseded: NEUTRAL,
  terminated: NEUTRAL,
};

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
const c = REPORT_COLOURS;

function badgeRules(): string {
  return Object.entries(BADGES)
    .map(([key, b]) => `.badge--${key} { color: ${b.text}; background: ${b.background}; border-color: ${b.border}; }`)
    .join('\n');
}

/**
 * The report's whole stylesheet, inlined into the HTML so the file is self-contained. System fonts
 * only: a web font would be a network request (blocked by the CSP) or megabytes of base64, and a
 * kommun's reader has the system fonts already. The print part sets A4 with 20 mm margins, starts
 * each agreement on a new page and keeps table rows, figures and headings with what follows.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
html { font-family: ${SANS}; font-size: 100%; line-height: 1.5; color: ${c.text}; background: ${c.background}; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { max-width: 50rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; overflow-wrap: break-word; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.75em 0 0.5em; color: ${c.text}; }
h1 { font-size: 1.9rem; margin-top: 0.25rem; }
h2 { font-size: 1.5rem; color: ${c.accent}; border-bottom: 2px solid ${c.accent}; padding-bottom: 0.2em; }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.1rem; }
h5 { font-size: 1rem; }
p, ul, ol, dl { margin: 0 0 1em; }
a { color: ${c.accent}; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; border-radius: 2px; }
.letterhead { border-bottom: 3px double ${c.rule}; padding-bottom: 1rem; margin-bottom: 1.5rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.5rem; }
.letterhead h1 { margin: 0; }
.logo { display: block; max-width: 100%; height: auto; }
.toc h2 { font-size: 1.25rem; color: ${c.text}; border-bottom: none; }
.toc ol { padding-left: 1.5rem; }
.toc li { margin: 0.25em 0; }
.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.35rem 1.25rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.summary-lines { list-style: none; padding: 0; }
.summary-lines li { margin: 0.2em 0; }
.term { font-weight: 600; }
.missing { font-style: italic; color: ${c.muted}; }
.text-block { white-space: pre-line; }
ul.plain { margin: 0; padding-left: 1.1rem; }
.note { color: ${c.muted}; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; font-size: 0.95rem; }
/* A table's caption stands above its scroll region, so it stays in view when a narrow screen
   scrolls the table sideways; the region itself can take focus and is named by the caption. */
.caption { font-weight: 600; margin: 0 0 0.35rem; }
.table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
.table-scroll > table { margin: 0; }
th, td { border: 1px solid ${c.border}; padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: ${c.headerCell}; }
/* Row headers hold whole sentences (a goal, a measure): bold would make the table shout. */
tbody th { font-weight: normal; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid ${c.rule}; }
.nowrap { white-space: nowrap; }
/* A caption that repeats the heading just above it: read out, not shown twice. */
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
tbody tr:nth-child(even) > * { background: ${c.zebra}; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.badge { display: inline-block; padding: 0.05em 0.5em; border: 1px solid; border-radius: 0.25rem; font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
${badgeRules()}
figure { margin: 0 0 1.5rem; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; color: ${c.muted}; margin-top: 0.35rem; }
.indicator { margin: 0 0 1.5rem; }
.report-footer { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid ${c.rule}; font-size: 0.9rem; color: ${c.muted}; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
@media (max-width: 40rem) {
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.5rem; }
}
@page { size: A4; margin: 20mm; @bottom-right { content: counter(page) " / " counter(pages); font-family: ${SANS}; font-size: 9pt; color: ${c.muted}; } }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  /* Each agreement after the first starts a page, and so does the appendix; the first agreement
     follows the title and the contents at once, so page 1 never holds the contents alone. */
  .agreement + .agreement, .sources { break-before: page; page-break-before: always; }
  h1, h2, h3, h4, h5, .caption, figcaption { break-after: avoid; page-break-after: avoid; }
  table, figure, .facts, .indicator { break-inside: avoid; page-break-inside: avoid; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  .table-scroll { overflow: visible; }
  p, li { orphans: 3; widows: 3; }
  .badge, thead th, tbody tr:nth-child(even) > *, figure svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trimStart();

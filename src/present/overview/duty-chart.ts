import { localize, type Lang } from '../../model/lang.js';
import { CHART_COLOURS, escapeXml } from '../report/svg-chart.js';
import { BADGES } from '../report/report-css.js';
import type { Total } from './overview-view.js';

const WIDTH = 400;
const ROW = 44;
const TOP = 12;
const LABEL_WIDTH = 130;
const BAR_LEFT = LABEL_WIDTH + 8;
const BAR_WIDTH = 240;
const BAR_HEIGHT = 22;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const WORDS = {
  title: { sv: 'Kommuner som uppfyller lagens krav (lag 2023:196)', en: 'Kommuner meeting the duties of the law (lag 2023:196)' },
  situationReport: { sv: 'Lägesbild', en: 'Situation report' },
  actionPlan: { sv: 'Åtgärdsplan', en: 'Action plan' },
  row: { sv: '{good} av {of} aktuella, {late} försenade', en: '{good} of {of} current, {late} overdue' },
  legendCurrent: { sv: 'aktuell', en: 'current' },
  legendOverdue: { sv: 'försenad (randig)', en: 'overdue (striped)' },
} as const;

/**
 * How many kommuner are current on each duty of lag (2023:196) 6 §, as a bar per duty: the
 * current part solid, the overdue part striped, each row with its counts in words, so it reads
 * without colour (WCAG 1.4.1); `<title>` and `<desc>` give the same as text (1.1.1). Like the
 * report's charts, presentation attributes only: it passes the page's `default-src 'none'`.
 */
export function dutyChart(law: { situationReport: Total; actionPlan: Total }, lang: Lang): string {
  const good = BADGES.done!.border;
  const bad = BADGES.overdue!.border;
  const rows = dutyRows(law, lang);
  const height = TOP + rows.length * ROW + 28;
  const bars = rows.flatMap(({ label, total, words }, i) => {
    const y = TOP + i * ROW;
    const current = total.of === 0 ? 0 : (BAR_WIDTH * total.good) / total.of;
    return [
      `<text x="0" y="${y + 16}" fill="${CHART_COLOURS.text}" font-weight="600">${escapeXml(label)}</text>`,
      `<rect x="${BAR_LEFT}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="url(#duty-overdue)" stroke="${CHART_COLOURS.axis}"/>`,
      `<rect x="${BAR_LEFT}" y="${y}" width="${num(current)}" height="${BAR_HEIGHT}" fill="${good}"/>`,
      `<text x="${BAR_LEFT}" y="${y + BAR_HEIGHT + 15}" fill="${CHART_COLOURS.mutedText}" font-size="12">${escapeXml(words)}</text>`,
    ];
  });
  const legendY = TOP + rows.length * ROW + 14;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" aria-labelledby="duty-chart-title duty-chart-desc" font-family="${FONT}" font-size="13">`,
    `<title id="duty-chart-title">${escapeXml(localize(WORDS.title, lang))}</title>`,
    `<desc id="duty-chart-desc">${escapeXml(dutyChartText(law, lang))}</desc>`,
    `<defs><pattern id="duty-overdue" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${CHART_COLOURS.background}"/><rect width="4" height="8" fill="${bad}"/></pattern></defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="${CHART_COLOURS.background}"/>`,
    ...bars,
    `<rect x="0" y="${legendY - 10}" width="12" height="12" fill="${good}"/>`,
    `<text x="18" y="${legendY}" fill="${CHART_COLOURS.text}">${escapeXml(localize(WORDS.legendCurrent, lang))}</text>`,
    `<rect x="110" y="${legendY - 10}" width="12" height="12" fill="url(#duty-overdue)" stroke="${CHART_COLOURS.axis}"/>`,
    `<text x="128" y="${legendY}" fill="${CHART_COLOURS.text}">${escapeXml(localize(WORDS.legendOverdue, lang))}</text>`,
    '</svg>',
  ].join('\n');
}

/** The chart's text alternative: "Lägesbild: 2 av 3 aktuella, 1 försenade. …". */
function dutyChartText(law: { situationReport: Total; actionPlan: Total }, lang: Lang): string {
  return `${dutyRows(law, lang).map(({ label, words }) => `${label}: ${words}`).join('. ')}.`;
}

function dutyRows(law: { situationReport: Total; actionPlan: Total }, lang: Lang): { label: string; total: Total; words: string }[] {
  return [
    { label: localize(WORDS.situationReport, lang), total: law.situationReport },
    { label: localize(WORDS.actionPlan, lang), total: law.actionPlan },
  ].map((row) => ({ ...row, words: localize(WORDS.row, lang, { good: row.total.good, of: row.total.of, late: row.total.of - row.total.good }) }));
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

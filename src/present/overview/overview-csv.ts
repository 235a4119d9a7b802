import { localize, type Localized } from '../../model/lang.js';
import { stateLabel } from '../labels.js';
import type { OverviewFormatter } from './index.js';
import { attentionLabel, cellText, overviewView, regionHeading } from './overview-view.js';

/**
 * For Excel, as Swedish Excel opens a file with a double click: UTF-8 with a byte order mark (so
 * å, ä and ö are read as UTF-8, not Windows-1252), `;` between fields (the list separator of the
 * Swedish locale, where `,` is the decimal comma), CRLF line ends, and RFC 4180 quoting. One row
 * per kommun in the order the other formats show them (what needs attention first); dates are ISO,
 * counts plain numbers, so the columns sort and filter. A field that Excel would run as a formula
 * (starting with =, +, -, @, a tab or CR, and not a number) gets a leading apostrophe, OWASP's
 * advice against CSV injection: folder names come from the user.
 */
export const overviewCsv: OverviewFormatter = (overview, { lang }) => {
  const view = overviewView(overview, lang);
  const t = (m: Localized) => localize(m, lang);
  const header = [
    t({ sv: 'Polisregion', en: 'Police region' }),
    t({ sv: 'Län', en: 'County' }),
    t({ sv: 'Kommunkod', en: 'Municipality code' }),
    t({ sv: 'Kommun', en: 'Kommun' }),
    t({ sv: 'Arkiv', en: 'Repository' }),
    view.columns.attention,
    view.columns.agreement,
    t({ sv: 'Status', en: 'State' }),
    view.columns.daysLeft,
    view.columns.followUp,
    view.columns.review,
    view.columns.promises,
    view.columns.situationReport,
    t({ sv: 'Lägesbild, datum', en: 'Situation report, date' }),
    view.columns.actionPlan,
    t({ sv: 'Åtgärdsplan, datum', en: 'Action plan, date' }),
    view.columns.overdue,
  ];
  const rows = view.regions.flatMap((region) =>
    region.rows.map(({ kommun: k, cells }) => [
      k.policeRegion ?? regionHeading(null, lang),
      k.countyName,
      k.code,
      k.name,
      k.root === '' ? '.' : k.root,
      attentionLabel(k.attention, lang),
      k.agreement?.id ?? '',
      k.agreement === null ? cells.agreement.text : stateLabel(k.agreement.state, lang),
      k.agreement === null ? '' : String(k.agreement.daysLeft),
      cellText(cells.followUp),
      cellText(cells.review),
      cellText(cells.promises),
      t(DUTY[k.situationReport.status]),
      k.situationReport.date,
      t(DUTY[k.actionPlan.status]),
      k.actionPlan.date,
      String(k.overdue),
    ]),
  );
  return `\uFEFF${[header, ...rows].map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`;
};

const DUTY = { current: { sv: 'aktuell', en: 'current' }, overdue: { sv: 'försenad', en: 'overdue' } } satisfies Record<string, Localized>;

/** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(?:[.,]\d+)?$/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

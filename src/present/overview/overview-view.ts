import type { Attention, KommunOverview, LawDuty, Overview } from '../../derive/overview.js';
import { localize, type Lang, type Localized } from '../../model/lang.js';
import { stateLabel } from '../labels.js';

/**
 * What every human format of `samverkan overview` shows (pretty, Markdown, HTML, CSV): the words
 * of each cell with its tone, the kommuner grouped by polisregion and län, and each group's
 * totals, ordered so that what needs attention comes first.
 */

/** A cell's meaning for colour: always shown with its words, never by colour alone. */
export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'neutral';

export interface Cell {
  /** The status in a word or two: what the colour means. */
  text: string;
  tone: Tone;
  /** A date or the like beside it ("sedan 2024-07-01"), shown after the words or below them. */
  detail?: string;
}

/** The words and the detail on one line, for text formats. */
export function cellText(cell: Cell): string {
  return cell.detail === undefined ? cell.text : `${cell.text} ${cell.detail}`;
}

export const COLUMNS = ['attention', 'kommun', 'agreement', 'daysLeft', 'followUp', 'review', 'promises', 'situationReport', 'actionPlan', 'overdue'] as const;
export type Column = (typeof COLUMNS)[number];

export interface Row {
  kommun: KommunOverview;
  cells: Record<Column, Cell>;
}

export interface CountyView {
  name: string;
  rows: Row[];
}

/** How many of a group's kommuner are in order on one column, of how many it applies to. */
export interface Total {
  good: number;
  of: number;
}

export interface RegionView {
  name: string;
  /** "Polisregion Öst". */
  heading: string;
  counties: CountyView[];
  rows: Row[];
  attention: Record<Attention, number>;
  /** Kommuner whose cell is in order, per column that has one; `overdue` sums the deadlines. */
  totals: { agreement: Total; followUp: Total; review: Total; promises: Total; situationReport: Total; actionPlan: Total; overdue: number };
  /** The totals as one sentence, for a caption or a summary line. */
  summary: string;
}

export interface OverviewView {
  lang: Lang;
  asOf: string;
  heading: string;
  /** "3 kommuner i 2 polisregioner: 1 att åtgärda, 1 att bevaka, 1 i ordning." */
  summary: string;
  columns: Record<Column, string>;
  regions: RegionView[];
  /** Whether the kommuner come from more than one root (their root is then worth showing). */
  severalRoots: boolean;
  /** How many kommuner are current on each law duty, of all. */
  law: { situationReport: Total; actionPlan: Total };
}

const WORDS = {
  heading: { sv: 'Översikt per {asOf}', en: 'Overview as of {asOf}' },
  summary: {
    sv: '{kommuner} i {regions}: {act} att åtgärda, {watch} att bevaka, {ok} i ordning.',
    en: '{kommuner} in {regions}: {act} to act on, {watch} to watch, {ok} in order.',
  },
  regionSummary: {
    sv: '{kommuner}: {act} att åtgärda, {watch} att bevaka, {ok} i ordning; {overdue} försenade tidsfrister.',
    en: '{kommuner}: {act} to act on, {watch} to watch, {ok} in order; {overdue} overdue deadlines.',
  },
  region: { sv: 'Polisregion {name}', en: 'Police region {name}' },
  unknownRegion: { sv: 'Utan känd polisregion', en: 'No known police region' },
  attention: {
    act: { sv: 'åtgärda', en: 'act' },
    watch: { sv: 'bevaka', en: 'watch' },
    ok: { sv: 'i ordning', en: 'in order' },
  },
  none: { sv: 'saknas', en: 'none' },
  reported: { sv: 'rapporterad', en: 'reported' },
  notReported: { sv: 'ej rapporterad', en: 'not reported' },
  lateReport: { sv: 'försenad', en: 'overdue' },
  held: { sv: 'hållen', en: 'held' },
  reviewLate: { sv: 'försenad', en: 'overdue' },
  reviewDue: { sv: 'kommande', en: 'upcoming' },
  by: { sv: 'senast {date}', en: 'by {date}' },
  noReview: { sv: 'ingen i år', en: 'none this year' },
  promisesCurrent: { sv: 'gäller', en: 'in force' },
  dutyCurrent: { sv: 'aktuell', en: 'current' },
  dutyOverdue: { sv: 'försenad', en: 'overdue' },
  until: { sv: 'till {date}', en: 'until {date}' },
  since: { sv: 'sedan {date}', en: 'since {date}' },
} satisfies Record<string, Localized | Record<string, Localized>>;

const COLUMN_WORDS: Record<Column, Localized> = {
  attention: { sv: 'Läge', en: 'Attention' },
  kommun: { sv: 'Kommun', en: 'Kommun' },
  agreement: { sv: 'Överenskommelse', en: 'Agreement' },
  daysLeft: { sv: 'Dagar kvar', en: 'Days left' },
  followUp: { sv: 'Uppföljning {previous}', en: 'Follow-up {previous}' },
  review: { sv: 'Aktualitetsprövning {year}', en: 'Annual review {year}' },
  promises: { sv: 'Medborgarlöften', en: 'Citizen promises' },
  situationReport: { sv: 'Lägesbild', en: 'Situation report' },
  actionPlan: { sv: 'Åtgärdsplan', en: 'Action plan' },
  overdue: { sv: 'Försenade', en: 'Overdue' },
};

const ATTENTION_ORDER: Record<Attention, number> = { act: 0, watch: 1, ok: 2 };

/** Swedish alphabetical order (å, ä, ö last) for names; the same on every machine, as Node carries its own ICU. */
const collator = new Intl.Collator('sv');

export function attentionLabel(attention: Attention, lang: Lang): string {
  return localize(WORDS.attention[attention], lang);
}

/** "Polisregion Öst", or the words for a kommun outside the reference data. */
export function regionHeading(region: string | null, lang: Lang): string {
  return region === null ? localize(WORDS.unknownRegion, lang) : localize(WORDS.region, lang, { name: region });
}

export function overviewView(overview: Overview, lang: Lang): OverviewView {
  const year = Number(overview.asOf.slice(0, 4));
  const t = (m: Localized, data = {}) => localize(m, lang, data);
  const rows = overview.kommuner.map((kommun) => ({ kommun, cells: cellsOf(kommun, lang) }));
  const regions = groups(rows, (r) => r.kommun.policeRegion ?? '').map(([region, regionRows]) => {
    const view = {
      name: region,
      heading: regionHeading(region === '' ? null : region, lang),
      counties: groups(regionRows, (r) => r.kommun.countyName).map(([name, countyRows]) => ({ name, rows: countyRows })),
      rows: regionRows,
      attention: attentionCounts(regionRows),
      totals: totalsOf(regionRows),
    };
    return { ...view, summary: t(WORDS.regionSummary, { ...view.attention, kommuner: kommunerWord(regionRows.length), overdue: view.totals.overdue }) };
  });
  const all = attentionCounts(rows);
  const totals = totalsOf(rows);
  return {
    lang,
    asOf: overview.asOf,
    heading: t(WORDS.heading, { asOf: overview.asOf }),
    summary: t(WORDS.summary, { ...all, kommuner: kommunerWord(rows.length), regions: regionsWord(regions.length, lang) }),
    columns: Object.fromEntries(COLUMNS.map((c) => [c, t(COLUMN_WORDS[c], { previous: year - 1, year })])) as Record<Column, string>,
    regions,
    severalRoots: new Set(overview.kommuner.map((k) => k.root)).size > 1,
    law: { situationReport: totals.situationReport, actionPlan: totals.actionPlan },
  };
}

function cellsOf(k: KommunOverview, lang: Lang): Record<Column, Cell> {
  const t = (m: Localized, data = {}) => localize(m, lang, data);
  const duty = (d: LawDuty): Cell =>
    d.status === 'current'
      ? { text: t(WORDS.dutyCurrent), tone: 'good', detail: t(WORDS.until, { date: d.date }) }
      : { text: t(WORDS.dutyOverdue), tone: 'bad', detail: t(WORDS.since, { date: d.date }) };
  const state = k.agreement?.state;
  return {
    attention: { text: attentionLabel(k.attention, lang), tone: k.attention === 'act' ? 'bad' : k.attention === 'watch' ? 'warn' : 'good' },
    kommun: { text: `${k.name} (${k.code})`, tone: 'neutral' },
    agreement:
      state === undefined
        ? { text: t(WORDS.none), tone: 'bad' }
        : { text: stateLabel(state, lang), tone: state === 'active' ? 'good' : state === 'expiring' || state === 'draft' ? 'warn' : state === 'upcoming' ? 'info' : 'bad' },
    daysLeft: { text: k.agreement === null ? '–' : String(k.agreement.daysLeft), tone: 'neutral' },
    followUp:
      k.followUp.status === 'none'
        ? { text: '–', tone: 'neutral' }
        : k.followUp.status === 'done'
          ? { text: t(WORDS.reported), tone: 'good' }
          : k.followUp.status === 'overdue'
            ? { text: t(WORDS.lateReport), tone: 'bad' }
            : { text: t(WORDS.notReported), tone: 'warn' },
    review:
      k.review.status === 'none'
        ? { text: t(WORDS.noReview), tone: 'neutral' }
        : k.review.status === 'done'
          ? { text: t(WORDS.held), tone: 'good' }
          : k.review.status === 'overdue'
            ? { text: t(WORDS.reviewLate), tone: 'bad' }
            : { text: t(WORDS.reviewDue), tone: 'info', detail: t(WORDS.by, { date: k.review.date ?? '' }) },
    promises:
      k.citizenPromises === null
        ? { text: '–', tone: 'neutral' }
        : k.citizenPromises === 'current'
          ? { text: t(WORDS.promisesCurrent), tone: 'good' }
          : { text: t(WORDS.none), tone: 'warn' },
    situationReport: duty(k.situationReport),
    actionPlan: duty(k.actionPlan),
    overdue: { text: String(k.overdue), tone: k.overdue > 0 ? 'bad' : 'good' },
  };
}

/**
 * Rows grouped by a key, the groups ordered by how much they need attention (most kommuner to act
 * on, then to watch, then by name), the rows in each by attention, overdue deadlines, then name.
 */
function groups(rows: readonly Row[], key: (row: Row) => string): [string, Row[]][] {
  const byKey = new Map<string, Row[]>();
  for (const row of [...rows].sort(compareRows)) {
    const list = byKey.get(key(row));
    if (list) list.push(row);
    else byKey.set(key(row), [row]);
  }
  return [...byKey].sort(([a, ra], [b, rb]) => {
    const ca = attentionCounts(ra);
    const cb = attentionCounts(rb);
    return cb.act - ca.act || cb.watch - ca.watch || collator.compare(a, b);
  });
}

function compareRows(a: Row, b: Row): number {
  return (
    ATTENTION_ORDER[a.kommun.attention] - ATTENTION_ORDER[b.kommun.attention] ||
    b.kommun.overdue - a.kommun.overdue ||
    collator.compare(a.kommun.name, b.kommun.name) ||
    (a.kommun.code < b.kommun.code ? -1 : 1)
  );
}

function attentionCounts(rows: readonly Row[]): Record<Attention, number> {
  const counts: Record<Attention, number> = { act: 0, watch: 0, ok: 0 };
  for (const row of rows) counts[row.kommun.attention] += 1;
  return counts;
}

function totalsOf(rows: readonly Row[]): RegionView['totals'] {
  const total = (column: Column): Total => {
    const applies = rows.filter((r) => r.cells[column].tone !== 'neutral');
    return { good: applies.filter((r) => r.cells[column].tone === 'good').length, of: applies.length };
  };
  return {
    agreement: total('agreement'),
    followUp: total('followUp'),
    review: total('review'),
    promises: total('promises'),
    situationReport: total('situationReport'),
    actionPlan: total('actionPlan'),
    overdue: rows.reduce((sum, r) => sum + r.kommun.overdue, 0),
  };
}

/** Both languages say kommun and kommuner, as every English text of samverkan does. */
function kommunerWord(n: number): string {
  return `${n} ${n === 1 ? 'kommun' : 'kommuner'}`;
}

function regionsWord(n: number, lang: Lang): string {
  return lang === 'sv' ? `${n} ${n === 1 ? 'polisregion' : 'polisregioner'}` : `${n} ${n === 1 ? 'police region' : 'police regions'}`;
}

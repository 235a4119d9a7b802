/**
 * The report as a Word document (`--format docx`), for the coordinator who pastes it into the
 * kommun's tjänsteskrivelse. Built from the same view model as the Markdown and HTML, with the
 * `docx` library (MIT): headings as Word's heading styles, tables as Word tables whose first row
 * repeats as a header row, the charts as pictures with their text alternative, and Swedish (or
 * English) as the document's language, so Word's spelling and a screen reader use the right one.
 * Templates do not shape it: Word's layout is Word's, and a user template is Handlebars text.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { chartDescription } from '../chart-description.js';
import { chartInput } from '../template-helpers.js';
import type { AgreementReport, FocusAreaView, IndicatorView, ReportView } from '../view-model.js';

/** A picture for the document: PNG bytes and the size to show it at, in pixels (96 per inch). */
export interface DocxPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxPictures {
  /** By indicator anchor. */
  charts: ReadonlyMap<string, DocxPicture>;
  logo: DocxPicture | undefined;
}

type Block = Paragraph | Table;

const LANG: Record<ReportView['lang'], string> = { sv: 'sv-SE', en: 'en-GB' };
/** A4 with 2 cm margins leaves some 16 cm, about 600 pixels; charts are drawn at 480. */
const CHART_WIDTH = 480;

export async function renderDocx(view: ReportView, pictures: DocxPictures): Promise<Uint8Array> {
  const w = view.words;
  const body: Block[] = [
    ...(pictures.logo === undefined || view.logo === null ? [] : [picture(pictures.logo, view.logo.alt, view.logo.alt, view.logo.width)]),
    heading(view.heading, HeadingLevel.HEADING_1),
    ...(view.noAgreements ? [text(view.noAgreementsText)] : []),
    ...view.agreements.flatMap((a) => agreement(view, a, pictures)),
    ...(view.sources.items.length === 0
      ? []
      : [
          heading(w.sources, HeadingLevel.HEADING_2),
          text(w.sourcesIntro),
          table(
            [w.file, w.documentKind, w.id],
            view.sources.items.map((s) => [s.file, s.kind, s.id]),
          ),
        ]),
    text(view.colophon),
  ];
  const doc = new Document({
    title: view.title,
    creator: `samverkan ${view.version}`,
    description: view.colophon,
    styles: { default: { document: { run: { language: { value: LANG[view.lang] }, font: 'Calibri', size: 22 } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function agreement(view: ReportView, a: AgreementReport, pictures: DocxPictures): Block[] {
  const w = view.words;
  return [
    heading(a.title, HeadingLevel.HEADING_2, true),
    ...a.facts.map((f) => labelled(f.label, f.value)),
    heading(w.summary, HeadingLevel.HEADING_3),
    ...a.summary.lines.map((l) => labelled(l.label, l.text)),
    heading(w.agreement, HeadingLevel.HEADING_3),
    heading(w.purpose, HeadingLevel.HEADING_4),
    text(a.purpose ?? w.missing),
    ...(a.overallGoals.length === 0 ? [] : [heading(w.overallGoals, HeadingLevel.HEADING_4), ...a.overallGoals.map(bullet)]),
    caption(w.parties),
    table([w.party, w.partyType], a.parties.map((p) => [p.name, p.detail === null ? p.type : `${p.type} (${p.detail})`])),
    caption(w.signatories),
    table([w.name, w.role, w.party, w.signedOn], a.signatories.map((s) => [s.name, s.role, s.party, s.signedOn ?? w.notSigned])),
    heading(w.focusAreas, HeadingLevel.HEADING_3),
    ...a.focusAreas.flatMap((area) => focusArea(view, area, pictures)),
    ...(a.otherIndicators.length === 0 ? [] : [heading(w.otherIndicators, HeadingLevel.HEADING_4), ...indicators(view, a.otherIndicators, pictures)]),
    ...(a.promises.items.length === 0
      ? []
      : [
          heading(w.promises, HeadingLevel.HEADING_3),
          ...a.promises.items.flatMap((set) => [
            heading(set.period, HeadingLevel.HEADING_4),
            ...(set.signedOn === null ? [] : [text(`${w.promisesSignedOn} ${set.signedOn}.`)]),
            table(
              [w.promise, w.focusArea, w.activities],
              set.promises.map((p) => [p.text, p.focusArea ?? '–', p.activities.map((x) => (x.responsible === null ? x.text : `${x.text} (${x.responsible})`)).join('\n') || '–']),
            ),
          ]),
        ]),
    ...(a.reviews.items.length === 0
      ? []
      : [
          heading(`${w.reviews} ${view.year}`, HeadingLevel.HEADING_3),
          table([w.heldOn, w.outcome, w.notes], a.reviews.items.map((r) => [r.heldOn, r.outcome, r.notes ?? '–'])),
        ]),
    ...(a.yearDeadlines.items.length === 0
      ? []
      : [heading(a.yearDeadlines.heading, HeadingLevel.HEADING_3), table([w.date, w.deadline, w.result], a.yearDeadlines.items.map((d) => [d.date, d.title, d.result]))]),
    heading(a.today.heading, HeadingLevel.HEADING_3),
    labelled(w.state, a.state),
    ...(a.today.overdue.length === 0
      ? [text(w.noOverdue)]
      : [heading(w.overdueDeadlines, HeadingLevel.HEADING_4), table([w.date, w.deadline], a.today.overdue.map((d) => [d.date, d.title]))]),
    ...(a.today.law.missing
      ? []
      : [
          heading(w.law, HeadingLevel.HEADING_4),
          text(w.lawIntro),
          table(
            [w.kommun, w.duty, w.last, w.document, w.nextDue],
            a.today.law.kommuner.flatMap((k) =>
              ([[w.situationReport, k.situationReport], [w.actionPlan, k.actionPlan]] as const).map(([duty, d]) => [k.name, duty, d.last ?? w.missing, d.document ?? '–', d.nextDue ?? '–']),
            ),
          ),
        ]),
    ...(a.today.ahead.length === 0 ? [] : [heading(w.deadlinesAhead, HeadingLevel.HEADING_4), table([w.date, w.deadline], a.today.ahead.map((d) => [d.date, d.title]))]),
  ];
}

function focusArea(view: ReportView, area: FocusAreaView, pictures: DocxPictures): Block[] {
  const w = view.words;
  return [
    heading(area.title, HeadingLevel.HEADING_4),
    ...(area.description === null ? [] : [text(area.description)]),
    heading(w.causeAnalysis, HeadingLevel.HEADING_5),
    text(area.causeAnalysis ?? w.missing),
    caption(`${w.goals}: ${area.title}`),
    area.goalsMissing ? text(w.missing) : table([w.goal, w.goalKind, w.assessment, w.comment], area.goals.map((g) => [g.text, g.kind, g.assessment, g.comment ?? '–'])),
    caption(`${w.measures}: ${area.title}`),
    area.measuresMissing
      ? text(w.missing)
      : table([w.measure, w.responsible, w.due, w.status, w.comment], area.measures.map((m) => [m.text, m.responsible, m.due ?? '–', m.status, m.comment ?? '–'])),
    ...(area.indicatorsMissing ? [] : indicators(view, area.indicators, pictures, area.title)),
  ];
}

function indicators(view: ReportView, list: readonly IndicatorView[], pictures: DocxPictures, subject?: string): Block[] {
  const w = view.words;
  const about = (i: IndicatorView): string =>
    [
      `${i.unit}, ${i.better}`,
      ...(i.baseline === null ? [] : [`${w.baseline} ${i.baseline.year}: ${i.baseline.value}`]),
      ...(i.target === null || i.targetStatus === null ? [] : [`${w.target} ${i.target.year}: ${i.target.value}, ${i.targetStatus.label}`]),
    ].join('\n');
  return [
    caption(subject === undefined ? w.indicators : `${w.indicators}: ${subject}`),
    table(
      [w.indicator, w.values, w.trend, w.source],
      list.map((i) => [`${i.name}\n${about(i)}`, i.missing ? w.missing : i.values.map((v) => `${v.year}: ${v.value}`).join('\n'), i.trend.label, i.source ?? '–']),
    ),
    ...list.flatMap((i) => {
      const chart = pictures.charts.get(i.anchor);
      if (chart === undefined) return [];
      return [picture(chart, i.name, chartAlt(i, view), CHART_WIDTH), text(`${i.name} (${i.unit}, ${i.better})${i.source === null ? '' : `. ${w.source}: ${i.source}`}`, { italics: true })];
    }),
  ];
}

/** The chart's text alternative, as the HTML's SVG has it: its title, then its description. */
function chartAlt(i: IndicatorView, view: ReportView): string {
  const input = chartInput(i, view.lang);
  if (input === undefined) return i.name;
  return `${i.name} ${chartDescription(input, [...input.points].sort((a, b) => a.year - b.year))}`;
}

function heading(words: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph {
  return new Paragraph({ text: words, heading: level, pageBreakBefore, keepNext: true });
}

function text(words: string, run: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: lines(words, run) });
}

function bullet(words: string): Paragraph {
  return new Paragraph({ children: lines(words), bullet: { level: 0 } });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...lines(value)] });
}

/** A table's caption: bold, and kept on the page with its table. */
function caption(words: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: words, bold: true })], keepNext: true, spacing: { before: 160 } });
}

/** Line breaks in a text become breaks in the run, as the HTML's pre-line shows them. */
function lines(words: string, run: { italics?: boolean } = {}): ParagraphChild[] {
  return words.split('\n').map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1, ...run }));
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (words: string, header: boolean): TableCell =>
    new TableCell({ children: [new Paragraph({ children: header ? [new TextRun({ text: words, bold: true })] : lines(words) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // tableHeader: Word repeats the row on every page and marks it as the header for readers.
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ],
  });
}

function picture(image: DocxPicture, name: string, description: string, shownWidth: number): Paragraph {
  const width = Math.min(shownWidth, 600);
  const height = Math.round((image.height / image.width) * width);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name, title: name, description } })],
  });
}

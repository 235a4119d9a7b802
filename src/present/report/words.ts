/**
 * The fixed words of the report in Swedish and English. Templates get them as `words`, so a
 * template holds no language logic and one template serves both languages.
 *
 * The Swedish is written as a kommun's own papers are: "Status" for an agreement's state as for a
 * measure's (one word for one idea, in every output: see also ../labels.ts), "Nästa tidsfrist"
 * rather than "Nästa senast", and headings that name their subject without technical words.
 */
import type { Lang } from '../../model/lang.js';

/**
 * Every fixed heading and label of the report, in the output language. A named interface, not a
 * Record, so the compiler keeps both languages complete and a template's `{{words.x}}` with an
 * unknown x fails in strict mode rather than printing nothing.
 */
export interface ReportWords {
  /** "uppgift saknas": printed where a value is due and the repository has none. */
  missing: string;
  contents: string;
  /** Headings of an agreement's sections. */
  agreement: string;
  summary: string;
  focusAreas: string;
  otherIndicators: string;
  promises: string;
  reviews: string;
  yearDeadlines: string;
  law: string;
  overdueDeadlines: string;
  deadlinesAhead: string;
  /** The appendix listing the files the report was built from. */
  sources: string;
  sourcesIntro: string;
  /** Labels of the agreement section. */
  state: string;
  parties: string;
  party: string;
  partyType: string;
  name: string;
  role: string;
  signatories: string;
  /** Column of the date a signatory signed. */
  signedOn: string;
  notSigned: string;
  purpose: string;
  overallGoals: string;
  /** Summary. */
  noOverdue: string;
  count: string;
  total: string;
  /** Focus areas. */
  causeAnalysis: string;
  goals: string;
  goal: string;
  goalKind: string;
  assessment: string;
  comment: string;
  measures: string;
  measure: string;
  responsible: string;
  due: string;
  status: string;
  indicators: string;
  indicator: string;
  unit: string;
  source: string;
  year: string;
  value: string;
  values: string;
  trend: string;
  baseline: string;
  target: string;
  /** Citizen promises. */
  period: string;
  promisesSignedOn: string;
  promise: string;
  focusArea: string;
  activities: string;
  /** Annual reviews. */
  heldOn: string;
  outcome: string;
  notes: string;
  /** Lag (2023:196). */
  lawIntro: string;
  kommun: string;
  situationReport: string;
  actionPlan: string;
  duty: string;
  last: string;
  document: string;
  nextDue: string;
  /** Deadlines. */
  date: string;
  deadline: string;
  /** The column of what came of a deadline of the year. */
  result: string;
  /** The appendix's columns. */
  file: string;
  documentKind: string;
  id: string;
  /** The start of the title: "Årsrapport". */
  report: string;
}

const SV: ReportWords = {
  missing: 'uppgift saknas',
  contents: 'Innehåll',
  agreement: 'Överenskommelsen',
  summary: 'Sammanfattning',
  focusAreas: 'Fokusområden',
  otherIndicators: 'Övriga indikatorer',
  promises: 'Medborgarlöften',
  reviews: 'Aktualitetsprövning',
  yearDeadlines: 'Tidsfrister',
  law: 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete',
  overdueDeadlines: 'Försenade tidsfrister',
  deadlinesAhead: 'Kommande tidsfrister',
  sources: 'Underlag',
  sourcesIntro: 'Rapporten är sammanställd ur de här filerna i arkivet.',
  state: 'Status',
  parties: 'Parter',
  party: 'Part',
  partyType: 'Typ',
  name: 'Namn',
  role: 'Roll',
  signatories: 'Undertecknare',
  signedOn: 'Datum',
  notSigned: 'har inte undertecknat',
  purpose: 'Syfte',
  overallGoals: 'Övergripande mål',
  noOverdue: 'Inga tidsfrister är försenade.',
  count: 'Antal',
  total: 'Totalt',
  causeAnalysis: 'Orsaksanalys',
  goals: 'Mål',
  goal: 'Mål',
  goalKind: 'Typ',
  assessment: 'Bedömning',
  comment: 'Kommentar',
  measures: 'Åtgärder',
  measure: 'Åtgärd',
  responsible: 'Ansvariga',
  due: 'Klar senast',
  status: 'Status',
  indicators: 'Indikatorer',
  indicator: 'Indikator',
  unit: 'Enhet',
  source: 'Källa',
  year: 'År',
  value: 'Värde',
  values: 'Värden',
  trend: 'Utveckling',
  baseline: 'Utgångsläge',
  target: 'Målvärde',
  period: 'Period',
  promisesSignedOn: 'Undertecknade',
  promise: 'Löfte',
  focusArea: 'Fokusområde',
  activities: 'Aktiviteter',
  heldOn: 'Datum',
  outcome: 'Resultat',
  notes: 'Anteckningar',
  lawIntro:
    'Kommunen ska uppdatera lägesbilden och följa upp åtgärdsplanen minst vartannat år (6 §). Ingen åtgärdsplan krävdes före den 1 juli 2024.',
  kommun: 'Kommun',
  situationReport: 'Lägesbild',
  actionPlan: 'Åtgärdsplan',
  duty: 'Skyldighet',
  last: 'Senast',
  document: 'Dokument',
  nextDue: 'Nästa tidsfrist',
  date: 'Datum',
  deadline: 'Tidsfrist',
  result: 'Utfall',
  file: 'Fil',
  documentKind: 'Dokument',
  id: 'Id',
  report: 'Årsrapport',
};

const EN: ReportWords = {
  missing: 'no data',
  contents: 'Contents',
  agreement: 'The agreement',
  summary: 'Summary',
  focusAreas: 'Focus areas',
  otherIndicators: 'Other indicators',
  promises: 'Citizen promises',
  reviews: 'Annual review',
  yearDeadlines: 'Deadlines',
  law: 'Act (2023:196) on municipal responsibility for crime prevention',
  overdueDeadlines: 'Overdue deadlines',
  deadlinesAhead: 'Deadlines ahead',
  sources: 'Sources',
  sourcesIntro: 'The report was compiled from these files in the repository.',
  state: 'Status',
  parties: 'Parties',
  party: 'Party',
  partyType: 'Type',
  name: 'Name',
  role: 'Role',
  signatories: 'Signatories',
  signedOn: 'Date',
  notSigned: 'has not signed',
  purpose: 'Purpose',
  overallGoals: 'Overall goals',
  noOverdue: 'No deadline is overdue.',
  count: 'Count',
  total: 'Total',
  causeAnalysis: 'Cause analysis',
  goals: 'Goals',
  goal: 'Goal',
  goalKind: 'Kind',
  assessment: 'Assessment',
  comment: 'Comment',
  measures: 'Measures',
  measure: 'Measure',
  responsible: 'Responsible',
  due: 'Due',
  status: 'Status',
  indicators: 'Indicators',
  indicator: 'Indicator',
  unit: 'Unit',
  source: 'Source',
  year: 'Year',
  value: 'Value',
  values: 'Values',
  trend: 'Trend',
  baseline: 'Baseline',
  target: 'Target',
  period: 'Period',
  promisesSignedOn: 'Signed',
  promise: 'Promise',
  focusArea: 'Focus area',
  activities: 'Activities',
  heldOn: 'Date',
  outcome: 'Outcome',
  notes: 'Notes',
  lawIntro:
    "The kommun is to update its situation report and follow up its action plan at least every second year (section 6). No action plan was required before 1 July 2024.",
  kommun: 'Kommun',
  situationReport: 'Situation report',
  actionPlan: 'Action plan',
  duty: 'Duty',
  last: 'Last',
  document: 'Document',
  nextDue: 'Next deadline',
  date: 'Date',
  deadline: 'Deadline',
  result: 'Result',
  file: 'File',
  documentKind: 'Document',
  id: 'Id',
  report: 'Annual report',
};

export function reportWords(lang: Lang): ReportWords {
  return lang === 'en' ? EN : SV;
}

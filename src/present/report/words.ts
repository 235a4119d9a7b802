/**
 * The fixed words of the report in Swedish and English. Templates get them as `words`, so a
 * template holds no language logic and one template serves both languages.
 */
import type { Lang } from '../../model/lang.js';

/**
 * Every fixed heading and label of the report, in the output language. A named interface, not a
 * Record, so the compiler keeps both languages complete and a template's `{{words.x}}` with an
 * unknown x fails in strict mode rather than printing nothing.
 */
export interface ReportWords {
  /** "uppgift saknas": printed wherever data is absent. */
  missing: string;
  contents: string;
  /** Headings of an agreement's sections. */
  agreement: string;
  summary: string;
  focusAreas: string;
  otherIndicators: string;
  promises: string;
  reviews: string;
  law: string;
  deadlinesAhead: string;
  /** Field labels of the agreement section. */
  id: string;
  caseNumber: string;
  state: string;
  validity: string;
  parties: string;
  party: string;
  partyType: string;
  /** Column of a party's kommunkod or polisregion. */
  details: string;
  name: string;
  role: string;
  signatories: string;
  signedOn: string;
  notSigned: string;
  purpose: string;
  overallGoals: string;
  followUp: string;
  reportedOn: string;
  notReported: string;
  /** Summary. */
  measuresByStatus: string;
  goalsByAssessment: string;
  overdueDeadlines: string;
  noOverdue: string;
  count: string;
  total: string;
  /** Focus areas. */
  description: string;
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
  better: string;
  source: string;
  year: string;
  value: string;
  values: string;
  trend: string;
  usedBy: string;
  /** Citizen promises. */
  period: string;
  promise: string;
  focusArea: string;
  activities: string;
  activity: string;
  /** Annual reviews. */
  heldOn: string;
  outcome: string;
  notes: string;
  /** Lag (2023:196). */
  lawIntro: string;
  kommun: string;
  situationReport: string;
  actionPlan: string;
  lastSituationReport: string;
  lastActionPlan: string;
  duty: string;
  last: string;
  document: string;
  nextDue: string;
  /** Deadlines. */
  date: string;
  deadline: string;
  noDeadlinesAhead: string;
  /** No agreement is valid in the year. */
  noAgreements: string;
  /** Footer: "Skapad {generatedOn} från commit {commit} med samverkan." */
  generatedOn: string;
  fromCommit: string;
  generatedBy: string;
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
  reviews: 'Aktualitetsprövningar',
  law: 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete',
  deadlinesAhead: 'Kommande tidsfrister',
  id: 'Id',
  caseNumber: 'Diarienummer',
  state: 'Tillstånd',
  validity: 'Giltighetstid',
  parties: 'Parter',
  party: 'Part',
  partyType: 'Typ',
  details: 'Uppgifter',
  name: 'Namn',
  role: 'Roll',
  signatories: 'Undertecknare',
  signedOn: 'Undertecknad',
  notSigned: 'ej undertecknad',
  purpose: 'Syfte',
  overallGoals: 'Övergripande mål',
  followUp: 'Uppföljning',
  reportedOn: 'Rapporterad',
  notReported: 'ej rapporterad',
  measuresByStatus: 'Åtgärder efter status',
  goalsByAssessment: 'Mål efter bedömning',
  overdueDeadlines: 'Försenade tidsfrister',
  noOverdue: 'Inga försenade tidsfrister.',
  count: 'Antal',
  total: 'Totalt',
  description: 'Beskrivning',
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
  better: 'Riktning',
  source: 'Källa',
  year: 'År',
  value: 'Värde',
  values: 'Värden',
  trend: 'Utveckling',
  usedBy: 'Används av',
  period: 'Period',
  promise: 'Löfte',
  focusArea: 'Fokusområde',
  activities: 'Aktiviteter',
  activity: 'Aktivitet',
  heldOn: 'Datum',
  outcome: 'Utfall',
  notes: 'Anteckningar',
  lawIntro:
    'Kommunens lägesbild ska uppdateras och åtgärdsplanen följas upp minst vartannat år (6 §); ingen åtgärdsplan krävdes före den 1 juli 2024.',
  kommun: 'Kommun',
  situationReport: 'Lägesbild',
  actionPlan: 'Åtgärdsplan',
  lastSituationReport: 'Senast antagen',
  lastActionPlan: 'Senast beslutad eller uppföljd',
  duty: 'Skyldighet',
  last: 'Senast',
  document: 'Dokument',
  nextDue: 'Nästa senast',
  date: 'Datum',
  deadline: 'Tidsfrist',
  noDeadlinesAhead: 'Inga kommande tidsfrister.',
  noAgreements: 'Ingen överenskommelse gäller under året.',
  generatedOn: 'Skapad',
  fromCommit: 'från commit',
  generatedBy: 'med samverkan',
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
  reviews: 'Annual reviews',
  law: 'Act (2023:196) on municipal responsibility for crime prevention',
  deadlinesAhead: 'Deadlines ahead',
  id: 'Id',
  caseNumber: 'Case number',
  state: 'State',
  validity: 'Validity',
  parties: 'Parties',
  party: 'Party',
  partyType: 'Type',
  details: 'Details',
  name: 'Name',
  role: 'Role',
  signatories: 'Signatories',
  signedOn: 'Signed',
  notSigned: 'not signed',
  purpose: 'Purpose',
  overallGoals: 'Overall goals',
  followUp: 'Follow-up',
  reportedOn: 'Reported',
  notReported: 'not reported',
  measuresByStatus: 'Measures by status',
  goalsByAssessment: 'Goals by assessment',
  overdueDeadlines: 'Overdue deadlines',
  noOverdue: 'No overdue deadlines.',
  count: 'Count',
  total: 'Total',
  description: 'Description',
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
  better: 'Direction',
  source: 'Source',
  year: 'Year',
  value: 'Value',
  values: 'Values',
  trend: 'Trend',
  usedBy: 'Used by',
  period: 'Period',
  promise: 'Promise',
  focusArea: 'Focus area',
  activities: 'Activities',
  activity: 'Activity',
  heldOn: 'Date',
  outcome: 'Outcome',
  notes: 'Notes',
  lawIntro:
    "The kommun's situation report is to be updated and its action plan followed up at least every second year (section 6); no action plan was required before 1 July 2024.",
  kommun: 'Kommun',
  situationReport: 'Situation report',
  actionPlan: 'Action plan',
  lastSituationReport: 'Last adopted',
  lastActionPlan: 'Last decided or followed up',
  duty: 'Duty',
  last: 'Last',
  document: 'Document',
  nextDue: 'Next due',
  date: 'Date',
  deadline: 'Deadline',
  noDeadlinesAhead: 'No deadlines ahead.',
  noAgreements: 'No agreement is valid during the year.',
  generatedOn: 'Generated',
  fromCommit: 'from commit',
  generatedBy: 'by samverkan',
  report: 'Annual report',
};

export function reportWords(lang: Lang): ReportWords {
  return lang === 'en' ? EN : SV;
}

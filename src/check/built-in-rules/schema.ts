import type { DocumentedRule } from './documented-rule.js';

/** `schema/<keyword>`: a document against the JSON Schema of its kind. Examples are excerpts of a document. */
export const SCHEMA_RULES: readonly DocumentedRule[] = [
  {
    id: 'schema/required',
    severity: 'error',
    description: { sv: 'Obligatoriska fält finns (även kind).', en: 'Required fields are present (kind too).' },
    docs: {
      why: {
        sv: 'Utan de obligatoriska fälten går tillstånd, tidsfrister och rapport inte att räkna fram; utan kind vet ingen vad dokumentet är.',
        en: 'Without the required fields, state, deadlines and report cannot be worked out; without kind nobody knows what the document is.',
      },
      wrong: 'kind: annual_review\nid: gnesta-2023-aktualitet-2024\nagreement: gnesta-2023\noutcome: unchanged',
      right: 'kind: annual_review\nid: gnesta-2023-aktualitet-2024\nagreement: gnesta-2023\nheld_on: 2024-06-11\noutcome: unchanged',
    },
  },
  {
    id: 'schema/additionalProperties',
    severity: 'error',
    description: { sv: 'Inga okända fält.', en: 'No unknown fields.' },
    docs: {
      why: {
        sv: 'Ett okänt fält är oftast ett stavfel; värdet används inte, så det som står där syns aldrig i status eller rapport.',
        en: 'An unknown field is usually a typo; its value is not used, so what it says never shows in status or report.',
      },
      wrong: 'titel: Samverkansöverenskommelse Gnesta 2023–2027',
      right: 'title: Samverkansöverenskommelse Gnesta 2023–2027',
    },
  },
  {
    id: 'schema/type',
    severity: 'error',
    description: { sv: 'Värden har rätt typ (text, tal, lista, mappning).', en: 'Values have the right type (text, number, list, mapping).' },
    docs: {
      why: {
        sv: 'Ett värde av fel typ läses fel: kommunkoden 0461 utan citattecken blir talet 461.',
        en: 'A value of the wrong type is read wrongly: the municipality code 0461 without quotes becomes the number 461.',
      },
      wrong: 'municipality_code: 0461',
      right: 'municipality_code: "0461"',
    },
  },
  {
    id: 'schema/format',
    severity: 'error',
    description: { sv: 'Datum finns i kalendern och skrivs ÅÅÅÅ-MM-DD.', en: 'Dates exist in the calendar and are written YYYY-MM-DD.' },
    docs: {
      why: {
        sv: 'Tidsfristerna räknas från datumen; ett datum som inte finns (30 februari) eller skrivs på annat sätt ger fel frister eller inga.',
        en: 'Deadlines are counted from the dates; a date that does not exist (30 February) or is written otherwise gives wrong deadlines or none.',
      },
      wrong: 'held_on: 2024-02-30',
      right: 'held_on: 2024-02-29',
    },
  },
  {
    id: 'schema/enum',
    severity: 'error',
    description: { sv: 'Värden och dokumenttyper är bland de tillåtna.', en: 'Values and kinds are among the allowed ones.' },
    docs: {
      why: {
        sv: 'Bara de fasta värdena kan räknas och visas med svenska ord i rapporten; ett annat ord är oftast ett stavfel.',
        en: 'Only the fixed values can be counted and shown in words in the report; another word is usually a typo.',
      },
      wrong: 'measures:\n  - measure: at-vandring\n    status: klar',
      right: 'measures:\n  - measure: at-vandring\n    status: done',
    },
  },
  {
    id: 'schema/pattern',
    severity: 'error',
    description: { sv: 'Id, kommunkoder och MM-DD har rätt form.', en: 'Ids, municipality codes and MM-DD have the right form.' },
    docs: {
      why: {
        sv: 'Id, kommunkoder och datum utan år har en fast form så att hänvisningar mellan dokument och årliga frister fungerar.',
        en: 'Ids, municipality codes and dates without a year have a fixed form so that references between documents and yearly deadlines work.',
      },
      wrong: 'id: Gnesta 2023',
      right: 'id: gnesta-2023',
    },
  },
  {
    id: 'schema/minItems',
    severity: 'error',
    description: { sv: 'Listor som måste ha poster har det.', en: 'Lists that need items have them.' },
    docs: {
      why: {
        sv: 'En tom lista där något krävs (parter, undertecknare, fokusområden) betyder att något väsentligt saknas i dokumentet.',
        en: 'An empty list where something is required (parties, signatories, focus areas) means something essential is missing.',
      },
      wrong: 'focus_areas: []',
      right: 'focus_areas:\n  - id: fa-trygghet\n    title: Trygghet i centrum',
    },
  },
  {
    id: 'schema/minLength',
    severity: 'error',
    description: { sv: 'Texter är inte tomma.', en: 'Texts are not empty.' },
    docs: {
      why: { sv: 'En tom text är ett fält som har glömts bort.', en: 'An empty text is a field that was forgotten.' },
      wrong: 'title: ""',
      right: 'title: Samverkansöverenskommelse Gnesta 2023–2027',
    },
  },
  {
    id: 'schema/minimum',
    severity: 'error',
    description: { sv: 'Tal är inte under sin gräns.', en: 'Numbers are not below their limit.' },
    docs: {
      why: {
        sv: 'Ett tal under sin gräns (ett år före 1990, ett negativt antal månader) är ett skrivfel.',
        en: 'A number below its limit (a year before 1990, a negative number of months) is a slip of the keyboard.',
      },
      wrong: 'year: 204',
      right: 'year: 2024',
    },
  },
  {
    id: 'schema/maximum',
    severity: 'error',
    description: { sv: 'Tal är inte över sin gräns.', en: 'Numbers are not above their limit.' },
    docs: {
      why: {
        sv: 'Ett tal över sin gräns (förnyelse mer än 24 månader före slutet, ett år efter 2100) är ett skrivfel.',
        en: 'A number above its limit (renewal more than 24 months before the end, a year after 2100) is a slip of the keyboard.',
      },
      wrong: 'renewal_notice_months: 60',
      right: 'renewal_notice_months: 6',
    },
  },
  {
    id: 'schema/uniqueItems',
    severity: 'error',
    description: { sv: 'Inga dubbletter i listor.', en: 'No duplicates in lists.' },
    docs: {
      why: {
        sv: 'Samma värde två gånger i en lista räknas dubbelt och är oftast ett kopieringsfel.',
        en: 'The same value twice in a list is counted twice and is usually a copying mistake.',
      },
      wrong: 'responsible: [gnesta-kommun, gnesta-kommun]',
      right: 'responsible: [gnesta-kommun, lpo-nykoping-gnesta]',
    },
  },
];

import type { Severity } from '../model/diagnostic.js';
import { localize, type Lang, type Localized } from '../model/lang.js';
import { RULES } from './rules/index.js';

/** What every output that describes rules (SARIF, `samverkan rules`, the README) says of one. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  /** Domain rules only: why, and a wrong and a right example. */
  why?: string;
  wrong?: string;
  right?: string;
}

/** Findings of the reader, the parser and the schemas: fixed ids, described here once. */
const BUILT_IN: readonly { id: string; severity: Severity; description: Localized }[] = [
  { id: 'file/unreadable', severity: 'error', description: { sv: 'Filen kan läsas.', en: 'The file can be read.' } },
  { id: 'file/not-regular', severity: 'error', description: { sv: 'En .yaml-fil är en vanlig fil.', en: 'A .yaml file is a regular file.' } },
  { id: 'file/symlink-outside-root', severity: 'error', description: { sv: 'Symboliska länkar stannar inom arkivet.', en: 'Symbolic links stay inside the repository.' } },
  { id: 'file/too-large', severity: 'error', description: { sv: 'Filen är högst 1 MiB.', en: 'The file is at most 1 MiB.' } },
  { id: 'file/binary', severity: 'error', description: { sv: 'Filen är text, inte binär.', en: 'The file is text, not binary.' } },
  { id: 'file/utf-16', severity: 'error', description: { sv: 'Filen är sparad som UTF-8, inte UTF-16.', en: 'The file is saved as UTF-8, not UTF-16.' } },
  { id: 'file/invalid-utf-8', severity: 'error', description: { sv: 'Filen är giltig UTF-8.', en: 'The file is valid UTF-8.' } },
  { id: 'file/cr-line-endings', severity: 'error', description: { sv: 'Radslut är LF eller CRLF.', en: 'Line endings are LF or CRLF.' } },
  { id: 'file/merge-conflict', severity: 'error', description: { sv: 'Inga olösta konflikter från git.', en: 'No unresolved git conflicts.' } },
  { id: 'yaml/syntax', severity: 'error', description: { sv: 'Giltig YAML-syntax.', en: 'Valid YAML syntax.' } },
  { id: 'yaml/duplicate-key', severity: 'error', description: { sv: 'Varje fält förekommer en gång per mappning.', en: 'Each field occurs once per mapping.' } },
  { id: 'yaml/too-deep', severity: 'error', description: { sv: 'Högst 64 nivåers nästling.', en: 'At most 64 levels of nesting.' } },
  { id: 'yaml/alias-limit', severity: 'error', description: { sv: 'Alias expanderar till högst 10 000 noder.', en: 'Aliases expand to at most 10,000 nodes.' } },
  { id: 'yaml/alias-cycle', severity: 'error', description: { sv: 'Inget alias pekar på sig självt.', en: 'No alias refers to itself.' } },
  { id: 'yaml/tag', severity: 'error', description: { sv: 'Inga YAML-taggar.', en: 'No YAML tags.' } },
  { id: 'yaml/merge-key', severity: 'error', description: { sv: 'Inga sammanslagningsnycklar (<<).', en: 'No merge keys (<<).' } },
  { id: 'yaml/forbidden-key', severity: 'error', description: { sv: 'Inga fält som heter __proto__, constructor eller prototype.', en: 'No fields named __proto__, constructor or prototype.' } },
  { id: 'yaml/complex-key', severity: 'error', description: { sv: 'Nycklar är enkel text.', en: 'Keys are plain text.' } },
  { id: 'yaml/no-document', severity: 'error', description: { sv: 'En fil med innehåll har minst ett dokument.', en: 'A file with content holds at least one document.' } },
  { id: 'yaml/warning', severity: 'warning', description: { sv: 'YAML-parserns varningar.', en: "The YAML parser's warnings." } },
  { id: 'schema/required', severity: 'error', description: { sv: 'Obligatoriska fält finns (även kind).', en: 'Required fields are present (kind too).' } },
  { id: 'schema/additionalProperties', severity: 'error', description: { sv: 'Inga okända fält.', en: 'No unknown fields.' } },
  { id: 'schema/type', severity: 'error', description: { sv: 'Värden har rätt typ (text, tal, lista, mappning).', en: 'Values have the right type (text, number, list, mapping).' } },
  { id: 'schema/format', severity: 'error', description: { sv: 'Datum finns i kalendern och skrivs ÅÅÅÅ-MM-DD.', en: 'Dates exist in the calendar and are written YYYY-MM-DD.' } },
  { id: 'schema/enum', severity: 'error', description: { sv: 'Värden och dokumenttyper är bland de tillåtna.', en: 'Values and kinds are among the allowed ones.' } },
  { id: 'schema/pattern', severity: 'error', description: { sv: 'Id, kommunkoder och MM-DD har rätt form.', en: 'Ids, municipality codes and MM-DD have the right form.' } },
  { id: 'schema/minItems', severity: 'error', description: { sv: 'Listor som måste ha poster har det.', en: 'Lists that need items have them.' } },
  { id: 'schema/minLength', severity: 'error', description: { sv: 'Texter är inte tomma.', en: 'Texts are not empty.' } },
  { id: 'schema/minimum', severity: 'error', description: { sv: 'Tal är inte under sin gräns.', en: 'Numbers are not below their limit.' } },
  { id: 'schema/maximum', severity: 'error', description: { sv: 'Tal är inte över sin gräns.', en: 'Numbers are not above their limit.' } },
  { id: 'schema/uniqueItems', severity: 'error', description: { sv: 'Inga dubbletter i listor.', en: 'No duplicates in lists.' } },
];

/** Every rule id samverkan can report, built-in ones first, then the domain rules in run order. */
export function ruleCatalog(lang: Lang): RuleInfo[] {
  return [
    ...BUILT_IN.map((r) => ({ id: r.id, severity: r.severity, description: localize(r.description, lang) })),
    ...RULES.map((r) => ({
      id: r.id,
      severity: r.severity,
      description: localize(r.description, lang),
      why: localize(r.docs.why, lang),
      wrong: r.docs.wrong,
      right: r.docs.right,
    })),
  ];
}

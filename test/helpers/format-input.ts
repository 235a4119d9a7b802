import type { RuleInfo } from '../../src/check/rule-catalog.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { FormatInput } from '../../src/present/formatters/formatter.js';

/*
 * Builders for the formatters' unit tests: findings and inputs made in memory, no repository.
 * (Kept among the fixtures because they are test data, not a test.)
 */

/** A finding with plausible defaults; tests override what they look at. */
export function diagnostic(extra: Partial<Diagnostic> = {}): Diagnostic {
  const line = extra.start?.line ?? 2;
  return {
    rule: 'schema/required',
    messageId: 'required',
    severity: 'error',
    message: 'Fältet "title" saknas i dokumentet',
    file: 'agreements/a.yaml',
    start: { line, column: 1 },
    end: { line, column: 5 },
    pointer: '',
    ...extra,
  };
}

/** A warning with a hint, a position and a pointer into a list: the finding the CI formats' tests share. */
export const ENUM_WARNING = diagnostic({
  rule: 'schema/enum',
  severity: 'warning',
  message: 'Okänt värde "klar"',
  hint: 'Välj ett tillåtet värde.',
  file: 'follow-ups/a.yaml',
  start: { line: 8, column: 13 },
  end: { line: 8, column: 17 },
  pointer: '/measures/0/status',
});

/** `count` errors, one per line of one file, for the 10-per-kind limits. */
export function manyFindings(count: number, severity: Diagnostic['severity'], file = 'agreements/a.yaml'): Diagnostic[] {
  return Array.from({ length: count }, (_, i) =>
    diagnostic({ severity, file, start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 3 }, pointer: `/f${i}` }),
  );
}

const URI = 'https://www.npmjs.com/package/samverkan#vad-kontrolleras';

export const RULES: readonly RuleInfo[] = [
  {
    id: 'schema/required',
    severity: 'error',
    description: 'Obligatoriska fält finns.',
    why: 'Utan dem går inget att räkna fram.',
    wrong: 'kind: annual_review',
    right: 'kind: annual_review\nheld_on: 2024-06-11',
    helpUri: URI,
  },
  { id: 'schema/enum', severity: 'error', description: 'Värden är bland de tillåtna.', why: 'Andra ord är stavfel.', wrong: 'status: klar', right: 'status: done', helpUri: URI },
  {
    id: 'period/order',
    severity: 'error',
    description: 'valid_from kommer före valid_to.',
    why: 'En period som slutar innan den börjar gäller aldrig.',
    wrong: 'valid_from: 2023-06-20\nvalid_to: 2019-05-31',
    right: 'valid_from: 2023-06-20\nvalid_to: 2027-05-31',
    helpUri: 'https://www.npmjs.com/package/samverkan#dom%C3%A4nregler',
  },
];

export function formatInput(
  diagnostics: readonly Diagnostic[],
  { files = ['agreements/a.yaml', 'agreements/b.yaml'], documents = 2, rules = RULES }: { files?: readonly string[]; documents?: number; rules?: readonly RuleInfo[] } = {},
): FormatInput {
  return { diagnostics, files, documents, source: () => undefined, rules };
}

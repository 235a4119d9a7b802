import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseJsonOutput, runCli, where } from '../helpers/run-cli.js';

/**
 * Six mistakes a coordinator makes writing a first agreement by hand, in four documents: a schema
 * error beside a broken reference in the same document, a Swedish status, a tab in one document of
 * a file whose other document has a wrong reference. One run shows all six, and nothing else.
 */
const SIX = [
  'agreements/uppsala-2024.yaml:17:12 reference/party',
  'agreements/uppsala-2024.yaml:24:11 schema/format',
  'citizen-promises/uppsala-2025-2026.yaml:8:1 yaml/syntax',
  'citizen-promises/uppsala-2025-2026.yaml:23:17 reference/focus-area',
  'follow-ups/uppsala-2024-2024.yaml:8:14 reference/measure',
  'follow-ups/uppsala-2024-2024.yaml:11:13 schema/enum',
];

describe('samverkan validate: every finding in one run', () => {
  it('gives all six mistakes of four documents, and nothing else', () => {
    const result = runCli(['validate', '--root', join(FIXTURES, 'six-mistakes'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics.map(where)).toEqual(SIX);
    expect(report.summary).toEqual({ files: 3, documents: 4, errors: 6, warnings: 0 });
  });

  it('says each in English too, with the did-you-mean', () => {
    const report = parseJsonOutput(runCli(['validate', '--root', join(FIXTURES, 'six-mistakes'), '--format', 'json', '--lang', 'en']).stdout);
    expect(report.diagnostics.map(where)).toEqual(SIX);
    const starts = [
      'The party "uppsala-komun" is not among the parties of the agreement – did you mean "uppsala-kommun"?',
      '"valid_to" is not a valid date: "2027-02-30"',
      'A tab is used for indentation',
      'The focus area "trygg-stadskarnan" is not in the agreement uppsala-2024 – did you mean "trygg-stadskarna"?',
      'The measure "trygghetsvandringar" is not in the agreement uppsala-2024 – did you mean "trygghetsvandring"?',
      '"status" has a value that is not allowed: "klar"',
    ];
    report.diagnostics.forEach((d, i) => expect(d.message.startsWith(starts[i]!), d.message).toBe(true));
  });
});

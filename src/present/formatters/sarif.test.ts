import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENUM_WARNING, RULES, diagnostic, formatInput } from '../../../test/helpers/format-input.js';
import { sarifValidator } from '../../../test/helpers/sarif-schema.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { NO_PAINT } from './formatter.js';
import { FINGERPRINT_KEY, fileUri, sarif } from './sarif.js';

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string }; help?: { markdown: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
    }[];
    columnKind: string;
  }[];
}

const validate = sarifValidator();

const format = (diagnostics: Diagnostic[], lang: Lang = 'sv'): Log =>
  JSON.parse(sarif.format(formatInput(diagnostics), { lang, paint: NO_PAINT, version: '1.2.3' })) as Log;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const ENUM = ENUM_WARNING;

describe('sarif: the log', () => {
  it('validates against the SARIF 2.1.0 JSON Schema, with and without results', () => {
    expect(validate(format([ENUM, diagnostic()]))).toEqual([]);
    expect(validate(format([]))).toEqual([]);
  });

  it('the validator does reject a broken log', () => {
    const log = format([ENUM]);
    (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validate(log).join('\n')).toContain('/runs/0/results/0/level');
  });

  it('names the tool and describes every rule of the catalogue', () => {
    const log = format([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({ name: 'samverkan', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver).toMatchObject({ informationUri: 'https://www.npmjs.com/package/samverkan' });
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'schema/required',
      shortDescription: { text: 'Obligatoriska fält finns.' },
      fullDescription: { text: 'Obligatoriska fält finns. Utan dem går inget att räkna fram.' },
      help: {
        text: 'Obligatoriska fält finns. Utan dem går inget att räkna fram.\n\nFel:\nkind: annual_review\n\nRätt:\nkind: annual_review\nheld_on: 2024-06-11',
        markdown:
          'Obligatoriska fält finns.\n\n**Varför:** Utan dem går inget att räkna fram.\n\nFel:\n\n```yaml\nkind: annual_review\n```\n\nRätt:\n\n```yaml\nkind: annual_review\nheld_on: 2024-06-11\n```',
      },
      helpUri: 'https://www.npmjs.com/package/samverkan#vad-kontrolleras',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[2]?.help?.markdown).toContain('Fel:\n\n```yaml\nvalid_from: 2023-06-20\nvalid_to: 2019-05-31\n```');
    expect(format([], 'en').runs[0]?.tool.driver.rules[2]?.help?.markdown).toContain('**Why:** ');
    expect(format([], 'en').runs[0]?.tool.driver.rules[2]?.help?.markdown).toContain('Wrong:');
  });
});

describe('sarif: results', () => {
  it('carries rule, level, message, full region and fingerprint', () => {
    const [result] = format([ENUM]).runs[0]!.results;
    expect(result).toEqual({
      ruleId: 'schema/enum',
      ruleIndex: 1,
      level: 'warning',
      message: { text: 'Okänt värde "klar". Välj ett tillåtet värde.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'follow-ups/a.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 8, startColumn: 13, endLine: 8, endColumn: 17 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: sha256('schema/enum\0follow-ups/a.yaml\0/measures/0/status') },
    });
  });

  it('keeps the fingerprint when the finding moves down a line, and changes it for another pointer', () => {
    const moved = { ...ENUM, start: { line: 9, column: 13 }, end: { line: 9, column: 17 } };
    const fingerprint = (d: Diagnostic) => format([d]).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
    expect(fingerprint(moved)).toBe(fingerprint(ENUM));
    expect(fingerprint({ ...ENUM, pointer: '/measures/1/status' })).not.toBe(fingerprint(ENUM));
    expect(fingerprint({ ...ENUM, file: 'follow-ups/b.yaml' })).not.toBe(fingerprint(ENUM));
  });

  it('tells apart two findings of one rule at one pointer', () => {
    const results = format([diagnostic({ message: 'title saknas' }), diagnostic({ message: 'year saknas' })]).runs[0]!.results;
    const hash = sha256('schema/required\0agreements/a.yaml\0');
    expect(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual([hash, `${hash}:2`]);
  });

  it('adds a rule the catalogue does not know, so its ruleIndex is valid', () => {
    const log = format([diagnostic({ rule: 'plugin/own', severity: 'warning' })]);
    const run = log.runs[0]!;
    expect(run.results[0]?.ruleIndex).toBe(RULES.length);
    expect(run.tool.driver.rules[RULES.length]).toMatchObject({ id: 'plugin/own', defaultConfiguration: { level: 'warning' }, fullDescription: {}, help: {} });
    expect(run.tool.driver.rules[RULES.length]?.help?.markdown).not.toContain('```');
    expect(validate(log)).toEqual([]);
  });

  it('keeps a degenerate position a valid region', () => {
    const log = format([diagnostic({ start: { line: 0, column: 0 }, end: { line: 0, column: 0 } })]);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    expect(validate(log)).toEqual([]);
  });

  it('keeps a region on the lines of the file: an error at the end of the text moves back onto the last line', () => {
    const text = 'kind: annual_review\nnotes: "open\n';
    const lines = text.split('\n');
    const input = { ...formatInput([diagnostic({ start: { line: 3, column: 1 }, end: { line: 3, column: 1 } })]), source: () => ({ lineCount: lines.length, lineText: (n: number) => lines[n - 1] ?? '' }) };
    const log = JSON.parse(sarif.format(input, { lang: 'sv', paint: NO_PAINT, version: '1' })) as Log;
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 2, startColumn: 12, endLine: 2, endColumn: 13 });
  });

  it('percent-encodes file names into URI references', () => {
    expect(fileUri('avtal/nyköping 2024#1.yaml')).toBe('avtal/nyk%C3%B6ping%202024%231.yaml');
    expect(validate(format([diagnostic({ file: 'avtal/nyköping 2024.yaml' })]))).toEqual([]);
  });
});

describe('sarif: accepted findings', () => {
  it('are results with suppressions: a comment in source with its reason, the baseline external', () => {
    const log = JSON.parse(
      sarif.format(
        {
          ...formatInput([ENUM]),
          suppressed: [
            diagnostic({ suppressed: { kind: 'comment', reason: 'KS beslut § 88' } }),
            diagnostic({ start: { line: 3, column: 1 }, suppressed: { kind: 'baseline', file: 'baslinje.json' } }),
          ],
        },
        { lang: 'sv', paint: NO_PAINT, version: '1.2.3' },
      ),
    ) as { runs: { results: { suppressions?: unknown }[] }[] };
    expect(validate(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: 'KS beslut § 88' }],
      [{ kind: 'external', justification: 'I baslinjen baslinje.json' }],
      undefined,
    ]);
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { diagnostic, formatInput } from '../../../test/helpers/format-input.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { NO_PAINT } from './formatter.js';
import { attr, junit, text } from './junit.js';

const format = (diagnostics: Diagnostic[], files?: string[], lang: Lang = 'sv') =>
  junit.format(formatInput(diagnostics, files ? { files } : {}), { lang, paint: NO_PAINT, version: 'test' });

interface Case {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: Case[];
}
interface Report {
  testsuites: { '@_name': string; '@_tests': string; '@_failures': string; testsuite: Suite[] };
}

/** Parses as a CI server would; the test fails with the text when it is not well-formed XML. */
function parse(xml: string): Report {
  expect(XMLValidator.validate(xml), xml).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    // Numeric references (&#10;) are decoded only with this on.
    htmlEntities: true,
    alwaysCreateTextNode: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml) as Report;
}

describe('junit: structure', () => {
  it('has one testsuite per file in path order, a passing testcase for a clean file, a failure per finding', () => {
    const xml = format(
      [
        diagnostic({ file: 'b.yaml', start: { line: 4, column: 3 } }),
        diagnostic({ file: 'b.yaml', severity: 'warning', rule: 'schema/enum', message: 'Okänt värde', start: { line: 2, column: 9 } }),
      ],
      ['c.yaml', 'b.yaml', 'a.yaml'],
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="samverkan" tests="4" failures="2" errors="0" time="0">')).toBe(true);
    const report = parse(xml).testsuites;
    expect(report.testsuite.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      ['a.yaml', '1', '0'],
      ['b.yaml', '2', '2'],
      ['c.yaml', '1', '0'],
    ]);
    const clean = report.testsuite[0]?.testcase ?? [];
    expect(clean).toHaveLength(1);
    expect(clean[0]).toMatchObject({ '@_name': 'a.yaml', '@_classname': 'samverkan', '@_file': 'a.yaml', '@_time': '0' });
    expect(clean[0]?.failure).toBeUndefined();
    const [warning, error] = report.testsuite[1]?.testcase ?? [];
    expect(warning).toMatchObject({
      '@_name': 'schema/enum 2:9',
      '@_classname': 'b.yaml',
      '@_file': 'b.yaml',
      '@_time': '0',
      failure: { '@_type': 'schema/enum', '@_message': 'Okänt värde', '#text': 'b.yaml:2:9 varning Okänt värde (schema/enum)' },
    });
    expect(error?.failure?.['#text']).toBe('b.yaml:4:3 fel Fältet "title" saknas i dokumentet (schema/required)');
  });

  it('gives a suite to a file a finding names that was not among the checked files', () => {
    const report = parse(format([diagnostic({ file: 'samverkan.yaml' })], ['a.yaml'])).testsuites;
    expect(report.testsuite.map((s) => s['@_name'])).toEqual(['a.yaml', 'samverkan.yaml']);
  });

  it('numbers a second finding of one rule at one place, so CI servers keep both', () => {
    const report = parse(format([diagnostic({ message: 'title saknas' }), diagnostic({ message: 'year saknas' })], ['agreements/a.yaml'])).testsuites;
    expect(report.testsuite[0]?.testcase.map((c) => c['@_name'])).toEqual(['schema/required 2:1', 'schema/required 2:1 (2)']);
  });

  it('writes the full message with its hint, in English with lang en', () => {
    const xml = format([diagnostic({ message: 'Field "title" is missing', hint: 'Add title:.' })], ['agreements/a.yaml'], 'en');
    expect(parse(xml).testsuites.testsuite[0]?.testcase[0]?.failure?.['#text']).toBe(
      'agreements/a.yaml:2:1 error Field "title" is missing. Add title:. (schema/required)',
    );
  });

  it('is an empty but valid report when nothing was checked', () => {
    expect(format([], [])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="samverkan" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
  });
});

describe('junit: escaping', () => {
  it('escapes the five XML specials in text and attributes', () => {
    expect(text(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(attr('rad 1\nrad 2\ttab')).toBe('rad 1&#10;rad 2&#9;tab');
  });

  it('removes characters XML 1.0 cannot hold and keeps the rest', () => {
    expect(text('a\u0000b\u0008c\u001bd\uFFFEe\uFFFFf\uD800g')).toBe('abcdefg');
    expect(text('tab\there\nå ä ö 😀 \uE000')).toBe('tab\there\nå ä ö 😀 \uE000');
  });

  it('round-trips a hostile message through a parser', () => {
    const message = `<script>&"'\u0007 ]]> \r\nrad två`;
    const xml = format([diagnostic({ file: 'a&b<c>.yaml', message })], ['a&b<c>.yaml']);
    const suite = parse(xml).testsuites.testsuite[0];
    expect(suite?.['@_name']).toBe('a&b<c>.yaml');
    expect(suite?.testcase[0]?.failure?.['@_message']).toBe(`<script>&"' ]]> \r\nrad två`);
    expect(suite?.testcase[0]?.failure?.['#text']).toBe(`a&b<c>.yaml:2:1 fel <script>&"' ]]> \r\nrad två (schema/required)`);
  });
});

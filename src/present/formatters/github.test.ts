import { describe, expect, it } from 'vitest';
import { diagnostic, formatInput, manyFindings } from '../../../test/helpers/format-input.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { NO_PAINT } from './formatter.js';
import { annotation, escapeData, escapeProperty, github } from './github.js';

const format = (diagnostics: Diagnostic[], lang: Lang = 'sv') =>
  github.format(formatInput(diagnostics), { lang, paint: NO_PAINT, version: 'test' });

const lines = (text: string) => text.trimEnd().split('\n');

describe('github: escaping, as @actions/core does it', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% klart: a,b\r\nc')).toBe('100%25 klart: a,b%0D%0Ac');
    expect(escapeProperty('100% klart: a,b\r\nc')).toBe('100%25 klart%3A a%2Cb%0D%0Ac');
    // % first, so an escape already in the text is not decoded by GitHub.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes a message with %, :, , and a newline, and a file name in the properties', () => {
    const d = diagnostic({
      file: 'agreements/a:b,c%d.yaml',
      rule: 'schema/additionalProperties',
      message: 'Okänt fält "a:b,c%d"\nandra raden',
      hint: 'Ta bort fältet.',
      start: { line: 4, column: 3 },
      end: { line: 4, column: 12 },
    });
    expect(annotation(d)).toBe(
      '::error file=agreements/a%3Ab%2Cc%25d.yaml,line=4,col=3,endLine=4,endColumn=12,title=schema/additionalProperties::Okänt fält "a:b,c%25d"%0Aandra raden. Ta bort fältet.',
    );
  });
});

describe('github: annotations', () => {
  it('prints ::warning for warnings and the message with its hint', () => {
    const d = diagnostic({ severity: 'warning', rule: 'schema/enum', message: 'Okänt värde "klar"', hint: 'Välj ett tillåtet värde.' });
    expect(annotation(d)).toBe('::warning file=agreements/a.yaml,line=2,col=1,endLine=2,endColumn=5,title=schema/enum::Okänt värde "klar". Välj ett tillåtet värde.');
  });

  it('puts errors first, then warnings, each in file and line order, then the summary line', () => {
    const out = format([
      diagnostic({ severity: 'warning', file: 'b.yaml', start: { line: 1, column: 1 } }),
      diagnostic({ severity: 'error', file: 'b.yaml', start: { line: 9, column: 1 } }),
      diagnostic({ severity: 'warning', file: 'a.yaml', start: { line: 5, column: 1 } }),
      diagnostic({ severity: 'error', file: 'a.yaml', start: { line: 7, column: 1 } }),
      diagnostic({ severity: 'error', file: 'a.yaml', start: { line: 3, column: 1 } }),
    ]);
    expect(lines(out).map((l) => l.replace(/,col=.*$/, ''))).toEqual([
      '::error file=a.yaml,line=3',
      '::error file=a.yaml,line=7',
      '::error file=b.yaml,line=9',
      '::warning file=a.yaml,line=5',
      '::warning file=b.yaml,line=1',
      '✖ 3 fel och 2 varningar i 2 av 2 filer (2 dokument kontrollerade).',
    ]);
  });

  it('prints only the summary line for a clean run, in either language', () => {
    expect(format([])).toBe('✔ Inga problem: 2 filer och 2 dokument kontrollerade.\n');
    expect(format([], 'en')).toBe('✔ No problems: 2 files and 2 documents checked.\n');
  });
});

describe('github: GitHub shows 10 annotations per kind', () => {
  it('adds no notice at exactly 10 of each', () => {
    const out = format([...manyFindings(10, 'error'), ...manyFindings(10, 'warning')]);
    expect(out).not.toContain('::notice');
    expect(lines(out)).toHaveLength(21);
  });

  it('prints every annotation and one notice with how many errors exceed the 10', () => {
    const out = lines(format(manyFindings(12, 'error')));
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(12);
    expect(out.at(-2)).toBe(
      '::notice::GitHub visar bara 10 fel och 10 varningar per steg som anteckningar; 2 fel utöver dem visas inte där. Se sammanfattningen eller loggen.',
    );
    expect(out.at(-1)).toBe('✖ 12 fel i 1 av 2 filer (2 dokument kontrollerade).');
  });

  it('counts errors and warnings apart, in English too', () => {
    const out = lines(format([...manyFindings(11, 'error'), ...manyFindings(13, 'warning')], 'en'));
    expect(out.filter((l) => l.startsWith('::notice::'))).toEqual([
      '::notice::GitHub shows only 10 errors and 10 warnings per step as annotations; 1 error and 3 warnings beyond those are not shown there. See the summary or the log.',
    ]);
    const warningsOnly = lines(format(manyFindings(11, 'warning'), 'en'));
    expect(warningsOnly.at(-2)).toContain('; 1 warning beyond those');
  });
});

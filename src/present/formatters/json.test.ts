import { describe, expect, it } from 'vitest';
import { fullMessage, type Diagnostic } from '../../model/diagnostic.js';
import { NO_PAINT, type FormatInput } from './formatter.js';
import { json } from './json.js';

const WITH_HINT: Diagnostic = {
  rule: 'schema/additionalProperties',
  messageId: 'unknown-field',
  severity: 'error',
  message: 'Okänt fält "titel" – menade du "title"?',
  hint: 'Rätta namnet eller ta bort fältet.',
  file: 'agreements/gnesta-2023.yaml',
  start: { line: 15, column: 1 },
  end: { line: 15, column: 6 },
  pointer: '/titel',
};

const WITHOUT_HINT: Diagnostic = {
  rule: 'schema/enum',
  messageId: 'not-allowed',
  severity: 'warning',
  message: 'Värdet "klar" är inte tillåtet',
  file: 'follow-ups/a.yaml',
  start: { line: 7, column: 13 },
  end: { line: 8, column: 1 },
  pointer: '/measures/0/status',
};

const input = (diagnostics: Diagnostic[]): FormatInput => ({
  diagnostics,
  files: ['agreements/gnesta-2023.yaml', 'follow-ups/a.yaml', 'samverkan.yaml'],
  documents: 5,
  source: () => undefined,
  rules: [],
});

const format = (diagnostics: Diagnostic[]) => json.format(input(diagnostics), { lang: 'sv', paint: NO_PAINT, version: 'test' });

interface Output {
  version: number;
  diagnostics: Record<string, unknown>[];
  summary: Record<string, unknown>;
}
const parse = (text: string): Output => JSON.parse(text) as Output;

describe('json formatter', () => {
  it('is named json', () => {
    expect(json.name).toBe('json');
  });

  it('writes the contract envelope for a clean run', () => {
    expect(parse(format([]))).toEqual({ version: 1, diagnostics: [], summary: { files: 3, documents: 5, errors: 0, warnings: 0 } });
  });

  it('writes every finding with exactly the contract fields', () => {
    const output = parse(format([WITH_HINT, WITHOUT_HINT]));
    expect(Object.keys(output).sort()).toEqual(['diagnostics', 'summary', 'version']);
    expect(output.diagnostics).toEqual([
      {
        file: 'agreements/gnesta-2023.yaml',
        line: 15,
        column: 1,
        end_line: 15,
        end_column: 6,
        severity: 'error',
        rule: 'schema/additionalProperties',
        message: 'Okänt fält "titel" – menade du "title"? Rätta namnet eller ta bort fältet.',
        pointer: '/titel',
      },
      {
        file: 'follow-ups/a.yaml',
        line: 7,
        column: 13,
        end_line: 8,
        end_column: 1,
        severity: 'warning',
        rule: 'schema/enum',
        message: 'Värdet "klar" är inte tillåtet',
        pointer: '/measures/0/status',
      },
    ]);
    for (const d of output.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['column', 'end_column', 'end_line', 'file', 'line', 'message', 'pointer', 'rule', 'severity']);
    }
  });

  it('joins message and hint as fullMessage does', () => {
    const plain = { ...WITH_HINT, message: 'Okänt fält "titel"' };
    const [d] = parse(format([plain])).diagnostics;
    expect(d?.message).toBe(fullMessage(plain));
    expect(d?.message).toBe('Okänt fält "titel". Rätta namnet eller ta bort fältet.');
  });

  it('counts errors and warnings in the summary', () => {
    const output = parse(format([WITH_HINT, WITHOUT_HINT, WITHOUT_HINT]));
    expect(output.summary).toEqual({ files: 3, documents: 5, errors: 1, warnings: 2 });
    expect(Object.keys(output.summary).sort()).toEqual(['documents', 'errors', 'files', 'warnings']);
  });

  it('is one line ending with one line break, whatever the messages hold', () => {
    const awkward = { ...WITH_HINT, message: 'rad ett\nrad två', hint: 'tab\there' };
    const text = format([awkward, WITHOUT_HINT]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.slice(0, -1)).not.toMatch(/[\r\n]/);
    expect(parse(text).diagnostics[0]?.message).toBe('rad ett\nrad två. tab\there');
  });

  it('keeps the root pointer as an empty string', () => {
    const [d] = parse(format([{ ...WITHOUT_HINT, pointer: '' }])).diagnostics;
    expect(d).toHaveProperty('pointer', '');
  });
});

describe('json formatter: accepted findings', () => {
  it('lists them in place, marked with why, and counts them apart from errors and warnings', () => {
    const accepted: Diagnostic = { ...WITH_HINT, suppressed: { kind: 'comment', reason: 'KS beslut § 88' } };
    const baselined: Diagnostic = { ...WITHOUT_HINT, start: { line: 1, column: 1 }, suppressed: { kind: 'baseline', file: 'baslinje.json' } };
    const out = parse(json.format({ ...input([WITHOUT_HINT]), suppressed: [accepted, baselined] }, { lang: 'sv', paint: NO_PAINT, version: 'test' }));
    expect(out.diagnostics.map((d) => [d.file, d.line, d.suppressed])).toEqual([
      ['agreements/gnesta-2023.yaml', 15, { kind: 'comment', reason: 'KS beslut § 88' }],
      ['follow-ups/a.yaml', 1, { kind: 'baseline', reason: 'baslinje.json' }],
      ['follow-ups/a.yaml', 7, undefined],
    ]);
    expect(out.summary).toEqual({ files: 3, documents: 5, errors: 0, warnings: 1, suppressed: 2 });
  });

  it('keeps the contract keys alone when nothing is accepted', () => {
    expect(Object.keys(parse(format([WITH_HINT])).summary)).toEqual(['files', 'documents', 'errors', 'warnings']);
    expect(Object.keys(parse(format([WITH_HINT])).diagnostics[0]!)).not.toContain('suppressed');
  });
});

import { describe, expect, it } from 'vitest';
import { FILE_MESSAGES } from '../load/messages.js';
import { YAML_MESSAGES } from '../load/yaml/messages.js';
import { compareDiagnostics, compareStrings, fullMessage, type Diagnostic } from './diagnostic.js';
import { isLang, localize, render } from './lang.js';
import { createDiagnostic, type DiagnosticInit, type MessageSpec } from './messages.js';

const SPEC: MessageSpec = {
  message: { sv: 'Fältet {field} saknas i {file}', en: 'The field {field} is missing in {file}' },
  hint: { sv: 'Lägg till {field}.', en: 'Add {field}.' },
};

const init = (over: Partial<DiagnosticInit> = {}): DiagnosticInit => ({
  rule: 'schema/required',
  messageId: 'required',
  spec: SPEC,
  data: { field: 'id', file: 'a.yaml' },
  file: 'agreements/a.yaml',
  start: { line: 3, column: 5 },
  ...over,
});

describe('createDiagnostic', () => {
  it('renders the message and hint in Swedish', () => {
    const d = createDiagnostic(init(), 'sv');
    expect(d.message).toBe('Fältet id saknas i a.yaml');
    expect(d.hint).toBe('Lägg till id.');
  });

  it('renders the message and hint in English', () => {
    const d = createDiagnostic(init(), 'en');
    expect(d.message).toBe('The field id is missing in a.yaml');
    expect(d.hint).toBe('Add id.');
  });

  it('renders the real message tables in both languages', () => {
    const common = { rule: 'file/binary', messageId: 'binary', file: 'x.yaml', start: { line: 1, column: 1 } };
    const sv = createDiagnostic({ ...common, spec: FILE_MESSAGES.binary }, 'sv');
    const en = createDiagnostic({ ...common, spec: FILE_MESSAGES.binary }, 'en');
    expect(sv.message).toMatch(/[åäö]/);
    expect(en.message).not.toMatch(/[åäö]/);
    expect(en.message).not.toBe(sv.message);
    const dup = { ...common, rule: 'yaml/duplicate-key', messageId: 'duplicate-key', spec: YAML_MESSAGES['duplicate-key'], data: { key: 'title' } };
    expect(createDiagnostic(dup, 'sv').message).toContain('"title"');
    expect(createDiagnostic(dup, 'en').message).toContain('"title"');
  });

  it('copies rule, messageId, file, positions and pointer', () => {
    const d = createDiagnostic(init({ end: { line: 3, column: 9 }, pointer: '/parties/0', severity: 'warning' }), 'sv');
    expect(d).toMatchObject({
      rule: 'schema/required',
      messageId: 'required',
      severity: 'warning',
      file: 'agreements/a.yaml',
      start: { line: 3, column: 5 },
      end: { line: 3, column: 9 },
      pointer: '/parties/0',
    });
  });

  it("defaults to severity 'error', end at start and the root pointer", () => {
    const d = createDiagnostic(init(), 'en');
    expect(d.severity).toBe('error');
    expect(d.end).toEqual({ line: 3, column: 5 });
    expect(d.pointer).toBe('');
  });

  it('leaves out the hint when the message has none', () => {
    const d = createDiagnostic(init({ spec: { message: SPEC.message } }), 'sv');
    expect(d.hint).toBeUndefined();
    expect('hint' in d).toBe(false);
  });

  it('fills numbers and leaves unknown placeholders visible', () => {
    const spec: MessageSpec = { message: { sv: '{size} av {max} {unknown}', en: '{size} of {max} {unknown}' } };
    expect(createDiagnostic(init({ spec, data: { size: 12, max: 10 } }), 'en').message).toBe('12 of 10 {unknown}');
    expect(createDiagnostic(init({ spec, data: undefined }), 'en').message).toBe('{size} of {max} {unknown}');
  });

  it('keeps the message on one line when a value holds line breaks or control characters', () => {
    const d = createDiagnostic(init({ data: { field: 'a\nb\r\nc\td\u0000', file: 'x' } }), 'en');
    expect(d.message).not.toMatch(/[\n\r\t\u0000]/);
    expect(d.message).toContain('a\\nb\\r\\nc\\td\\u0000');
    expect(d.hint).not.toMatch(/[\n\r]/);
  });

  it('leaves å, ä, ö, quotes and emoji in values as they are', () => {
    const d = createDiagnostic(init({ data: { field: 'Töreboda "😀"', file: 'x' } }), 'en');
    expect(d.message).toBe('The field Töreboda "😀" is missing in x');
  });
});

describe('render, localize and isLang', () => {
  it('fills every occurrence of a placeholder and does not re-render filled text', () => {
    expect(render('{a}-{a}', { a: 'x' })).toBe('x-x');
    expect(render('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
    expect(render('{0}', { 0: 'zero' })).toBe('zero');
  });

  it('does not treat inherited properties as data', () => {
    expect(render('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('picks the language', () => {
    expect(localize({ sv: 'Hej {n}', en: 'Hello {n}' }, 'sv', { n: 1 })).toBe('Hej 1');
    expect(localize({ sv: 'Hej {n}', en: 'Hello {n}' }, 'en', { n: 1 })).toBe('Hello 1');
  });

  it('knows sv and en only', () => {
    expect(isLang('sv')).toBe(true);
    expect(isLang('en')).toBe(true);
    for (const value of ['SV', 'de', '', undefined, null, 1]) expect(isLang(value)).toBe(false);
  });
});

describe('fullMessage', () => {
  it('joins message and hint with ". "', () => {
    expect(fullMessage({ message: 'Fältet saknas', hint: 'Lägg till det.' })).toBe('Fältet saknas. Lägg till det.');
  });

  it('joins with a space after ?, ! or .', () => {
    expect(fullMessage({ message: 'Menade du "title"?', hint: 'Rätta namnet.' })).toBe('Menade du "title"? Rätta namnet.');
    expect(fullMessage({ message: 'Fel!', hint: 'Rätta.' })).toBe('Fel! Rätta.');
    expect(fullMessage({ message: 'Fel.', hint: 'Rätta.' })).toBe('Fel. Rätta.');
  });

  it('gives the message alone without a hint', () => {
    expect(fullMessage({ message: 'Fältet saknas' })).toBe('Fältet saknas');
    expect(fullMessage({ message: 'Fältet saknas', hint: '' })).toBe('Fältet saknas');
  });
});

describe('compareDiagnostics', () => {
  const d = (file: string, line: number, column: number, rule: string, message = 'm'): Diagnostic => ({
    rule,
    messageId: rule,
    severity: 'error',
    message,
    file,
    start: { line, column },
    end: { line, column },
    pointer: '',
  });

  it('sorts by file, then line, then column, then rule', () => {
    const sorted = [
      d('b.yaml', 1, 1, 'a'),
      d('a.yaml', 10, 1, 'a'),
      d('a.yaml', 2, 7, 'z'),
      d('a.yaml', 2, 7, 'b'),
      d('a.yaml', 2, 3, 'z'),
      d('B.yaml', 99, 9, 'a'),
    ].sort(compareDiagnostics);
    expect(sorted.map((x) => `${x.file}:${x.start.line}:${x.start.column}:${x.rule}`)).toEqual([
      'B.yaml:99:9:a',
      'a.yaml:2:3:z',
      'a.yaml:2:7:b',
      'a.yaml:2:7:z',
      'a.yaml:10:1:a',
      'b.yaml:1:1:a',
    ]);
  });

  it('orders equal positions and rules by message, and calls identical ones equal', () => {
    expect(compareDiagnostics(d('a', 1, 1, 'r', 'x'), d('a', 1, 1, 'r', 'y'))).toBeLessThan(0);
    expect(compareDiagnostics(d('a', 1, 1, 'r', 'y'), d('a', 1, 1, 'r', 'x'))).toBeGreaterThan(0);
    expect(compareDiagnostics(d('a', 1, 1, 'r'), d('a', 1, 1, 'r'))).toBe(0);
  });

  it('compares strings by code unit, not by locale', () => {
    expect(compareStrings('Z', 'a')).toBeLessThan(0);
    expect(compareStrings('ö', 'z')).toBeGreaterThan(0);
    expect(compareStrings('a', 'a')).toBe(0);
  });
});

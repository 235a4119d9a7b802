import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../test/helpers/load-text.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { checkSchema } from './check-schema.js';

const check = (lines: readonly string[], lang: Lang = 'sv'): Diagnostic[] =>
  checkSchema(loadDocument(lines.join('\n') + '\n'), lang).diagnostics;

/** Every diagnostic seen by a test, for the one-line check at the end. */
const seen: Diagnostic[] = [];

/** The one diagnostic a document gives; fails when it gives none or several. */
function only(lines: readonly string[], lang: Lang = 'sv'): Diagnostic {
  const diagnostics = check(lines, lang);
  seen.push(...diagnostics);
  expect(diagnostics.map((d) => `${d.rule} ${d.pointer}`)).toHaveLength(1);
  return diagnostics[0]!;
}

const where = (d: Diagnostic) => ({ rule: d.rule, messageId: d.messageId, pointer: d.pointer, start: d.start, end: d.end });
const pos = (line: number, column: number) => ({ line, column });

// Lines 1–14; each is valid as it stands.
const AGREEMENT = [
  'kind: agreement',
  'id: gnesta-2023',
  'title: Överenskommelse',
  'parties:',
  '  - id: gnesta-kommun',
  '    type: municipality',
  '    name: Gnesta kommun',
  '    municipality_code: "0461"',
  'signatories: []',
  'valid_from: 2023-07-01',
  'valid_to: 2026-12-31',
  'focus_areas:',
  '  - id: trygghet',
  '    title: Trygghet',
];
const REVIEW = ['kind: annual_review', 'id: review-1', 'agreement: gnesta-2023', 'held_on: 2024-06-11', 'outcome: unchanged'];
const REPORT = ['kind: situation_report', 'id: gnesta-lagesbild-2024', 'municipality_code: "0461"', 'year: 2024'];
const PROMISES = [
  'kind: citizen_promises',
  'id: gnesta-loften-2024',
  'agreement: gnesta-2023',
  'period:',
  '  from: 2024-01-01',
  '  to: 2024-12-31',
  'promises:',
  '  - id: trygg-centrum',
  '    text: Trygg centrum',
];

/** The lines with line `n` (1-based) replaced, or removed when `text` is undefined. */
const edit = (lines: readonly string[], n: number, text?: string): string[] =>
  text === undefined ? lines.filter((_, i) => i !== n - 1) : lines.map((l, i) => (i === n - 1 ? text : l));

describe('checkSchema: valid documents', () => {
  it('finds nothing in valid documents of several kinds', () => {
    for (const doc of [AGREEMENT, REVIEW, REPORT, PROMISES]) expect(check(doc)).toEqual([]);
    expect(checkSchema(loadDocument(REVIEW.join('\n')), 'sv').kind).toBe('annual_review');
  });
});

describe('checkSchema: unknown fields', () => {
  it('reports an unknown field at its key, with a did-you-mean', () => {
    const d = only([...AGREEMENT, 'titel: Extra']);
    expect(where(d)).toEqual({ rule: 'schema/additionalProperties', messageId: 'unknown-field', pointer: '/titel', start: pos(15, 1), end: pos(15, 6) });
    expect(d.message).toContain('"title"');
  });

  it('has no did-you-mean for a far-off name', () => {
    const d = only([...REVIEW, 'zzzzzz: 1']);
    expect(where(d)).toEqual({ rule: 'schema/additionalProperties', messageId: 'unknown-field', pointer: '/zzzzzz', start: pos(6, 1), end: pos(6, 7) });
    expect(d.message).toBe('Okänt fält "zzzzzz"');
  });
});

describe('checkSchema: missing fields', () => {
  it('points at the key of a nested mapping that lacks a field', () => {
    const d = only(edit(PROMISES, 6));
    expect(where(d)).toEqual({ rule: 'schema/required', messageId: 'missing-field', pointer: '/period', start: pos(4, 1), end: pos(4, 7) });
    expect(d.message).toContain('"to"');
  });

  it('points at the first line of a list item that lacks a field', () => {
    const d = only(edit(AGREEMENT, 7));
    expect(where(d)).toMatchObject({ rule: 'schema/required', messageId: 'missing-field', pointer: '/parties/0', start: pos(5, 5) });
    expect(d.end.line).toBe(5);
    expect(d.message).toContain('"name"');
  });

  it('points at the first key of a document that lacks a field', () => {
    const d = only(edit(REVIEW, 5));
    expect(where(d)).toEqual({ rule: 'schema/required', messageId: 'missing-field', pointer: '', start: pos(1, 1), end: pos(1, 5) });
    expect(d.message).toContain('"outcome"');
  });

  it('reports a municipality without municipality_code once, without the if/then echo', () => {
    const diagnostics = check(edit(AGREEMENT, 8));
    seen.push(...diagnostics);
    expect(diagnostics.map(where)).toEqual([
      { rule: 'schema/required', messageId: 'missing-field', pointer: '/parties/0', start: pos(5, 5), end: pos(5, 7) },
    ]);
    expect(diagnostics[0]!.message).toContain('"municipality_code"');
  });
});

describe('checkSchema: types', () => {
  it('reports a list where text belongs at the value', () => {
    expect(where(only([...REVIEW, 'notes: [a, b]']))).toEqual({
      rule: 'schema/type', messageId: 'wrong-type', pointer: '/notes', start: pos(6, 8), end: pos(6, 14),
    });
  });

  it('gives only the type error for a value of the wrong type', () => {
    const diagnostics = check(edit(REVIEW, 5, 'outcome: [unchanged]'));
    expect(diagnostics.map((d) => [d.rule, d.messageId, d.pointer])).toEqual([['schema/type', 'wrong-type', '/outcome']]);
  });

  it('asks to quote a number that should be text, quoting it as written', () => {
    const d = only(edit(REPORT, 3, 'municipality_code: 0461'));
    expect(where(d)).toEqual({ rule: 'schema/type', messageId: 'quote-scalar', pointer: '/municipality_code', start: pos(3, 20), end: pos(3, 24) });
    expect(d.hint).toContain('"0461"');
  });

  it('asks to unquote a number written as text', () => {
    expect(where(only(edit(REPORT, 4, 'year: "2024"')))).toEqual({
      rule: 'schema/type', messageId: 'unquote-number', pointer: '/year', start: pos(4, 7), end: pos(4, 13),
    });
  });
});

describe('checkSchema: formats, enums and patterns', () => {
  it('reports dates that are not in the calendar, and accepts a leap day', () => {
    for (const date of ['2023-02-29', '2024-13-01']) {
      expect(where(only(edit(REVIEW, 4, `held_on: ${date}`)))).toEqual({
        rule: 'schema/format', messageId: 'invalid-date', pointer: '/held_on', start: pos(4, 10), end: pos(4, 20),
      });
    }
    expect(check(edit(REVIEW, 4, 'held_on: 2024-02-29'))).toEqual([]);
  });

  it('reports a value outside the enum with the allowed values in the hint', () => {
    const doc = ['kind: follow_up', 'id: uppfoljning-2024', 'agreement: gnesta-2023', 'year: 2024', 'measures:', '  - measure: vandringar', '    status: klar'];
    const d = only(doc);
    expect(where(d)).toEqual({ rule: 'schema/enum', messageId: 'not-allowed', pointer: '/measures/0/status', start: pos(7, 13), end: pos(7, 17) });
    expect(d.message).toBe('"status" har ett värde som inte är tillåtet: "klar" – menade du "done" (klar)?');
    expect(d.hint).toBe('Tillåtna värden: done (genomförd), ongoing (pågående), not_started (ej påbörjad), postponed (uppskjuten), cancelled (avbruten).');
  });

  it('answers a Swedish word for a value, or one close to it, in both languages', () => {
    const status = (value: string, lang: 'sv' | 'en' = 'sv') => {
      const doc = ['kind: follow_up', 'id: uppfoljning-2024', 'agreement: gnesta-2023', 'year: 2024', 'measures:', '  - measure: vandringar', `    status: ${value}`];
      return checkSchema(loadDocument(`${doc.join('\n')}\n`, 'doc.yaml', lang), lang).diagnostics[0]?.message;
    };
    expect(status('Genomförd')).toBe('"status" har ett värde som inte är tillåtet: "Genomförd" – menade du "done" (genomförd)?');
    expect(status('pågånde')).toBe('"status" har ett värde som inte är tillåtet: "pågånde" – menade du "ongoing" (pågående)?');
    expect(status('ej_påbörjad')).toContain('– menade du "not_started" (ej påbörjad)?');
    expect(status('don')).toContain('– menade du "done" (genomförd)?');
    expect(status('klar', 'en')).toBe('"status" has a value that is not allowed: "klar" – did you mean "done" (klar)?');
    expect(status('don', 'en')).toBe('"status" has a value that is not allowed: "don" – did you mean "done"?');
    expect(status('xyz')).toBe('"status" har ett värde som inte är tillåtet: "xyz"');
  });

  it('answers a Swedish name of a kind', () => {
    const d = only(['kind: överenskommelse', 'id: gnesta-2023']);
    expect(d.message).toBe('Okänd dokumenttyp "överenskommelse" – menade du "agreement" (överenskommelse)?');
    expect(d.hint).toContain('Tillåtna typer: agreement (samverkansöverenskommelse), citizen_promises (medborgarlöften), situation_report (lägesbild)');
  });

  it('suggests the enum value that was meant', () => {
    const d = only(edit(REVIEW, 5, 'outcome: unchangd'));
    expect(where(d)).toEqual({ rule: 'schema/enum', messageId: 'not-allowed', pointer: '/outcome', start: pos(5, 10), end: pos(5, 18) });
    expect(d.message).toContain('"unchangd"');
    expect(d.message).toContain('"unchanged"');
  });

  it('reports a bad id with a usable example', () => {
    const d = only(edit(REVIEW, 2, 'id: Gnesta 2023'));
    expect(where(d)).toEqual({ rule: 'schema/pattern', messageId: 'bad-id', pointer: '/id', start: pos(2, 5), end: pos(2, 16) });
    expect(d.hint).toContain('"gnesta-2023"');
  });

  it('reports a municipality code that is not four digits', () => {
    expect(where(only(edit(REPORT, 3, 'municipality_code: "461"')))).toEqual({
      rule: 'schema/pattern', messageId: 'bad-municipality-code', pointer: '/municipality_code', start: pos(3, 20), end: pos(3, 25),
    });
  });

  it('reports a month and day that is not MM-DD', () => {
    expect(where(only([...AGREEMENT, 'review: {due: "3-31"}']))).toEqual({
      rule: 'schema/pattern', messageId: 'bad-month-day', pointer: '/review/due', start: pos(15, 15), end: pos(15, 21),
    });
  });

  it('reports a day that no year gives the month, and lets 29 February through', () => {
    for (const due of ['02-30', '02-31', '04-31', '11-31']) {
      expect(where(only([...AGREEMENT, `review: {due: "${due}"}`])).messageId, due).toBe('bad-month-day');
      expect(where(only([...AGREEMENT, `follow_up: {due: "${due}"}`])).pointer, due).toBe('/follow_up/due');
    }
    expect(check([...AGREEMENT, 'review: {due: "02-29"}', 'follow_up: {due: "12-31"}'])).toEqual([]);
  });

  it('reports a date outside 1900–2199 once, and a date that does not exist only as such', () => {
    expect(where(only(edit(REVIEW, 4, 'held_on: 9999-12-31')))).toMatchObject({ rule: 'schema/pattern', messageId: 'date-out-of-range', pointer: '/held_on' });
    expect(where(only(edit(REVIEW, 4, 'held_on: 1899-12-31')))).toMatchObject({ messageId: 'date-out-of-range' });
    expect(where(only(edit(REVIEW, 4, 'held_on: 2199-02-29')))).toMatchObject({ rule: 'schema/format', messageId: 'invalid-date' });
    expect(check(edit(REVIEW, 4, 'held_on: 2199-12-31'))).toEqual([]);
    expect(check(edit(REVIEW, 4, 'held_on: 1900-01-01'))).toEqual([]);
  });

  it('reports a rule id that is not area/name at its key', () => {
    const d = only(['kind: config', 'rules:', '  Bad Rule: off']);
    expect(where(d)).toEqual({ rule: 'schema/pattern', messageId: 'bad-rule-id', pointer: '/rules/Bad Rule', start: pos(3, 3), end: pos(3, 11) });
  });
});

describe('checkSchema: lists and text', () => {
  it('reports an empty list that needs items', () => {
    expect(where(only([...AGREEMENT.slice(0, 11), 'focus_areas: []']))).toEqual({
      rule: 'schema/minItems', messageId: 'too-few-items', pointer: '/focus_areas', start: pos(12, 14), end: pos(12, 16),
    });
  });

  it('reports empty text', () => {
    expect(where(only(edit(AGREEMENT, 3, 'title: ""')))).toEqual({
      rule: 'schema/minLength', messageId: 'empty-text', pointer: '/title', start: pos(3, 8), end: pos(3, 10),
    });
  });

  it('reports a duplicate at the second occurrence', () => {
    const doc = [...AGREEMENT, '    measures:', '      - id: vandringar', '        text: Trygghetsvandringar', '        responsible: [a, a]'];
    expect(where(only(doc))).toEqual({
      rule: 'schema/uniqueItems', messageId: 'duplicate-item', pointer: '/focus_areas/0/measures/0/responsible/1', start: pos(18, 26), end: pos(18, 27),
    });
  });
});

describe('checkSchema: kind and shape', () => {
  it('reports an unknown kind at its value with a did-you-mean', () => {
    const d = only(edit(AGREEMENT, 1, 'kind: agrement'));
    expect(where(d)).toEqual({ rule: 'schema/enum', messageId: 'unknown-kind', pointer: '/kind', start: pos(1, 7), end: pos(1, 15) });
    expect(d.message).toContain('"agreement"');
  });

  it('reports a missing kind at the first key', () => {
    expect(where(only(['id: x', 'title: y']))).toEqual({ rule: 'schema/required', messageId: 'missing-kind', pointer: '', start: pos(1, 1), end: pos(1, 3) });
  });

  it('reports a document that is a list or a scalar', () => {
    expect(where(only(['- a', '- b']))).toMatchObject({ rule: 'schema/type', messageId: 'not-a-mapping', pointer: '', start: pos(1, 1) });
    expect(where(only(['hello']))).toEqual({ rule: 'schema/type', messageId: 'not-a-mapping', pointer: '', start: pos(1, 1), end: pos(1, 6) });
  });
});

describe('checkSchema: language', () => {
  it('speaks Swedish by default and English when asked', () => {
    const doc = edit(REVIEW, 5);
    expect(only(doc).message).toBe('Fältet "outcome" (Resultat) saknas i dokumentet');
    expect(only(doc, 'en').message).toBe('The field "outcome" is missing in the document');
    expect(only(edit(REVIEW, 5, 'outcome: unchangd'), 'en').message).toContain('did you mean "unchanged"');
  });

  it('keeps every message and hint on one line', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const d of seen) {
      expect(d.message).not.toMatch(/[\r\n]/);
      expect(d.hint ?? '').not.toMatch(/[\r\n]/);
    }
  });
});

describe('type problems a coordinator meets', () => {
  const review = (extra: string) =>
    ['kind: annual_review', 'id: r', 'agreement: a', 'held_on: 2024-01-01', 'outcome: unchanged', extra, ''].join('\n');

  it('true where text belongs is read as true/false, not as a number', () => {
    const [d] = checkSchema(loadDocument(review('notes: true')), 'sv').diagnostics;
    expect(d).toMatchObject({ rule: 'schema/type', messageId: 'quote-scalar', pointer: '/notes' });
    expect(d?.message).toContain('som true eller false');
  });

  it('an empty value is said to have no value', () => {
    const [d] = checkSchema(loadDocument(review('notes:')), 'sv').diagnostics;
    expect(d).toMatchObject({ rule: 'schema/type', messageId: 'empty-value', pointer: '/notes' });
  });

  it('a quoted decimal where a whole number belongs is not told to drop the quotes', () => {
    const doc = ['kind: situation_report', 'id: s', 'municipality_code: "0461"', 'year: "2024.5"', ''].join('\n');
    const [d] = checkSchema(loadDocument(doc), 'sv').diagnostics;
    expect(d).toMatchObject({ rule: 'schema/type', messageId: 'wrong-type', pointer: '/year' });
  });
});

import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../model/lang.js';
import { fieldLabel, problemsFromAjv, showValue, valueAt, type ProblemContext } from './from-ajv.js';

const error = (keyword: string, instancePath: string, params: Record<string, unknown>, extra: Partial<ErrorObject> = {}): ErrorObject => ({
  keyword,
  instancePath,
  schemaPath: `#/${keyword}`,
  params,
  ...extra,
});

const context = (data: unknown, lang: Lang = 'sv', texts: Record<string, string> = {}): ProblemContext => ({
  lang,
  data,
  sourceText: (pointer) => texts[pointer],
});

const summary = (problems: ReturnType<typeof problemsFromAjv>) => problems.map((p) => ({ rule: p.rule, messageId: p.messageId, pointer: p.pointer, on: p.on }));

describe('fieldLabel', () => {
  it('names the document itself', () => {
    expect(fieldLabel('', 'sv')).toBe('dokumentet');
    expect(fieldLabel('', 'en')).toBe('the document');
  });

  it('quotes a field name, decoded', () => {
    expect(fieldLabel('/title', 'sv')).toBe('"title"');
    expect(fieldLabel('/parties/0/name', 'en')).toBe('"name"');
    expect(fieldLabel('/rules/schema~1type', 'sv')).toBe('"schema/type"');
  });

  it('counts list items from 1 and names the list', () => {
    expect(fieldLabel('/parties/1', 'sv')).toBe('post 2 i "parties"');
    expect(fieldLabel('/parties/1', 'en')).toBe('item 2 of "parties"');
    expect(fieldLabel('/focus_areas/0/measures/9', 'sv')).toBe('post 10 i "measures"');
  });
});

describe('showValue', () => {
  it('quotes short strings as they are', () => {
    expect(showValue('klar', 'sv')).toBe('"klar"');
    expect(showValue('', 'sv')).toBe('""');
  });

  it('quotes a string whole: the diagnostic shortens what it quotes (model/visible-text.ts)', () => {
    expect(showValue('x'.repeat(70), 'sv')).toBe(`"${'x'.repeat(70)}"`);
  });

  it('shows numbers and booleans as written', () => {
    expect(showValue(461, 'sv')).toBe('461');
    expect(showValue(2.5, 'en')).toBe('2.5');
    expect(showValue(false, 'sv')).toBe('false');
  });

  it('names empty values, lists and mappings', () => {
    expect(showValue(null, 'sv')).toBe('tomt');
    expect(showValue(null, 'en')).toBe('empty');
    expect(showValue(undefined, 'sv')).toBe('tomt');
    expect(showValue([1], 'sv')).toBe('en lista');
    expect(showValue({ a: 1 }, 'en')).toBe('a mapping (field: value)');
  });
});

describe('valueAt', () => {
  const data = { a: { 'b/c': [10, 20] }, n: null };

  it('follows a pointer through mappings and lists', () => {
    expect(valueAt(data, '')).toBe(data);
    expect(valueAt(data, '/a/b~1c/1')).toBe(20);
    expect(valueAt(data, '/n')).toBeNull();
  });

  it('gives undefined past what exists', () => {
    expect(valueAt(data, '/missing')).toBeUndefined();
    expect(valueAt(data, '/a/b~1c/5')).toBeUndefined();
    expect(valueAt(data, '/n/x')).toBeUndefined();
    expect(valueAt('text', '/0')).toBeUndefined();
  });

  it('reads own properties only', () => {
    expect(valueAt({}, '/constructor')).toBeUndefined();
    expect(valueAt({}, '/toString')).toBeUndefined();
    expect(valueAt({}, '/__proto__')).toBeUndefined();
  });
});

describe('problemsFromAjv', () => {
  it('collapses identical errors into one problem', () => {
    const e = error('enum', '/outcome', { allowedValues: ['unchanged', 'revised'] });
    const problems = problemsFromAjv([e, { ...e }], context({ outcome: 'x' }));
    expect(summary(problems)).toEqual([{ rule: 'schema/enum', messageId: 'not-allowed', pointer: '/outcome', on: 'value' }]);
  });

  it('keeps the same keyword at different places apart', () => {
    const data = { a: 'x', b: 'y' };
    const problems = problemsFromAjv(
      [error('enum', '/a', { allowedValues: ['z'] }), error('enum', '/b', { allowedValues: ['z'] })],
      context(data),
    );
    expect(problems.map((p) => p.pointer)).toEqual(['/a', '/b']);
  });

  it('drops the if echo of a failed then', () => {
    const parentSchema = { properties: { municipality_code: { title: 'Kommunkod' } } };
    const problems = problemsFromAjv(
      [error('required', '/parties/0', { missingProperty: 'municipality_code' }, { parentSchema }), error('if', '/parties/0', { failingKeyword: 'then' })],
      context({ parties: [{ type: 'municipality' }] }),
    );
    expect(summary(problems)).toEqual([{ rule: 'schema/required', messageId: 'missing-field', pointer: '/parties/0', on: 'key' }]);
    expect(problems[0]!.data).toMatchObject({ key: 'municipality_code', title: ' (Kommunkod)', parent: 'post 1 i "parties"' });
  });

  it('drops the propertyNames echo and reports the bad name at its key', () => {
    const problems = problemsFromAjv(
      [
        error('pattern', '/rules', { pattern: '^[a-z0-9-]+/[a-zA-Z0-9-]+$' }, { propertyName: 'Bad Rule' }),
        error('propertyNames', '/rules', { propertyName: 'Bad Rule' }),
      ],
      context({ rules: { 'Bad Rule': 'off' } }),
    );
    expect(summary(problems)).toEqual([{ rule: 'schema/pattern', messageId: 'bad-rule-id', pointer: '/rules/Bad Rule', on: 'key' }]);
    expect(problems[0]!.data.value).toBe('"Bad Rule"');
  });

  it('lets a wrong type hide the other errors at the same value only', () => {
    const problems = problemsFromAjv(
      [
        error('type', '/outcome', { type: 'string' }),
        error('enum', '/outcome', { allowedValues: ['unchanged'] }),
        error('enum', '/other', { allowedValues: ['x'] }),
      ],
      context({ outcome: ['unchanged'], other: 'y' }),
    );
    expect(summary(problems)).toEqual([
      { rule: 'schema/type', messageId: 'wrong-type', pointer: '/outcome', on: 'value' },
      { rule: 'schema/enum', messageId: 'not-allowed', pointer: '/other', on: 'value' },
    ]);
  });

  it('quotes a number as the source wrote it', () => {
    const [problem] = problemsFromAjv([error('type', '/code', { type: 'string' })], context({ code: 461 }, 'sv', { '/code': '0461' }));
    expect(problem).toMatchObject({ messageId: 'quote-scalar', data: { raw: '0461' } });
  });

  it('suggests a known field for an unknown one from the parent schema', () => {
    const parentSchema = { properties: { title: {}, id: {} } };
    const [problem] = problemsFromAjv(
      [error('additionalProperties', '', { additionalProperty: 'titel' }, { parentSchema })],
      context({ titel: 'x' }, 'en'),
    );
    expect(problem).toMatchObject({ messageId: 'unknown-field', pointer: '/titel', on: 'key' });
    expect(problem!.data).toMatchObject({ allowed: ['title', 'id'], suggestion: ' – did you mean "title"?' });
  });

  it('reports a misspelt required field once, at the misspelling, and a missing field that nothing resembles as missing', () => {
    const parentSchema = { properties: { valid_from: { title: 'Giltig från' }, valid_to: { title: 'Giltig till' }, title: {} } };
    const problems = problemsFromAjv(
      [
        error('required', '', { missingProperty: 'valid_to' }, { parentSchema }),
        error('required', '', { missingProperty: 'title' }, { parentSchema }),
        error('additionalProperties', '', { additionalProperty: 'vaild_to' }, { parentSchema }),
        error('additionalProperties', '', { additionalProperty: 'zzzz' }, { parentSchema }),
      ],
      context({ vaild_to: '2027-05-31', zzzz: 1 }),
    );
    expect(summary(problems)).toEqual([
      { rule: 'schema/required', messageId: 'missing-field', pointer: '', on: 'key' },
      { rule: 'schema/additionalProperties', messageId: 'misspelt-required-field', pointer: '/vaild_to', on: 'key' },
      { rule: 'schema/additionalProperties', messageId: 'unknown-field', pointer: '/zzzz', on: 'key' },
    ]);
    expect(problems[0]!.data).toMatchObject({ key: 'title' });
    expect(problems[1]!.data).toMatchObject({ meant: 'valid_to', title: ' (Giltig till)', suggestion: ' – menade du "valid_to"?' });
  });

  it('places a duplicate at the later of the two items', () => {
    const [problem] = problemsFromAjv([error('uniqueItems', '/list', { i: 1, j: 3 })], context({ list: ['a', 'b', 'c', 'b'] }));
    expect(problem).toMatchObject({ rule: 'schema/uniqueItems', messageId: 'duplicate-item', pointer: '/list/3' });
    expect(problem!.data.value).toBe('"b"');
  });

  it('leaves out Swedish titles from English messages', () => {
    const parentSchema = { properties: { outcome: { title: 'Resultat' } } };
    const [problem] = problemsFromAjv([error('required', '', { missingProperty: 'outcome' }, { parentSchema })], context({}, 'en'));
    expect(problem!.data).toMatchObject({ key: 'outcome', title: '', parent: 'the document' });
  });
});

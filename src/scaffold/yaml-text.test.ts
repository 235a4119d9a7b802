import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { comment, field, items, scalar, text, type Plain } from './yaml-text.js';

/** Text in the shapes documents hold: Swedish words, digits, punctuation, YAML's own indicators. */
const words = fc.constantFrom('Trygghet', 'åtgärd', 'Ö', '0380', '2027-01-01', 'true', 'null', '~', '- a', ': b', '#c', ' x', 'y ', "'", '"', '\\', '\t', '|', '>', '&a', '*b', '!t', '%', '@', '`', '{', '[', ',', '?', '1e3', '.5', '0x1f', '0o7', '.inf', '-.NaN', 'a: b', 'a #b', '\n', '\r\n', '\u0007', '😀', '\u2028');
const texts = fc.oneof(fc.string(), fc.array(words, { maxLength: 6 }).map((parts) => parts.join('')), fc.array(words, { maxLength: 4 }).map((parts) => parts.join(' ')));
const numbers = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)));
const plain: fc.Arbitrary<Plain> = fc.letrec<{ value: Plain }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    texts,
    numbers,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('id', 'text', 'municipality_code', 'a b'), texts), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('yaml-text', () => {
  it('what it writes, the yaml library reads back as the same data', () => {
    fc.assert(
      fc.property(plain, (value) => {
        expect(parse(text(field('root', value)), { schema: 'core' })).toEqual({ root: value });
        if (Array.isArray(value) && value.length > 0) expect(parse(text(items(value, 0)), { schema: 'core' })).toEqual(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes plain scalars where they read the same, and quotes the rest', () => {
    expect(scalar('Uppsala kommun')).toBe('Uppsala kommun');
    expect(scalar('Polisen, lokalpolisområde Uppsala')).toBe('Polisen, lokalpolisområde Uppsala');
    expect(scalar('2027-01-01')).toBe('2027-01-01');
    expect(scalar('0380')).toBe('"0380"');
    expect(scalar('true')).toBe('"true"');
    expect(scalar('a: b')).toBe('"a: b"');
    expect(scalar('[namn]')).toBe('"[namn]"');
    expect(scalar('municipality_code')).toBe('municipality_code');
  });

  it('writes multi-line text as a literal block', () => {
    expect(field('notes', 'Rad ett.\nRad två.', 2)).toEqual(['  notes: |-', '    Rad ett.', '    Rad två.']);
  });

  it('wraps comments at words', () => {
    expect(comment('en två tre fyra', 2, 13)).toEqual(['  # en två', '  # tre fyra']);
  });
});

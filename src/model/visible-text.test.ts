import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from './messages.js';
import { QUOTE_MAX, quote, shorten, visible } from './visible-text.js';

describe('visible', () => {
  it('writes C0, DEL and C1 controls as escapes, JSON-style', () => {
    expect(visible('a\u001b[31mb\u0007c\u007fd\u009be\tf\ng\r')).toBe('a\\u001b[31mb\\u0007c\\u007fd\\u009be\\tf\\ng\\r');
  });

  it('keeps tabs and line breaks of a whole document when asked', () => {
    expect(visible('rad\tett\r\n\u001b', true)).toBe('rad\tett\r\n\\u001b');
  });

  it('leaves every other character alone, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = visible(text);
        expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(visible(once)).toBe(once);
        if (!/[\u0000-\u001f\u007f-\u009f]/.test(text)) expect(once).toBe(text);
      }),
    );
  });
});

describe('shorten', () => {
  it('keeps a short text, and cuts a long one around an ellipsis, start and end kept', () => {
    expect(shorten('gnesta-2023')).toBe('gnesta-2023');
    const long = `gnesta-${'x'.repeat(1_000_000)}-slut`;
    const short = shorten(long);
    expect(short).toHaveLength(QUOTE_MAX);
    expect(short).toMatch(/^gnesta-x+…x+-slut$/);
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 50, maxLength: 200 }), fc.integer({ min: 5, max: 60 }), (text, max) => {
        const short = shorten(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
    );
  });
});

describe('quote', () => {
  it('quotes a value shortened, with control characters escaped', () => {
    expect(quote(`a\u001b${'b'.repeat(200)}`)).toMatch(/^"a\\u001bb+…b+"$/);
  });
});

describe('createDiagnostic', () => {
  it('shortens every string it quotes and shows lists of our own names whole', () => {
    const spec = { message: { sv: '{id} {allowed}', en: '{id} {allowed}' } };
    const allowed = Array.from({ length: 30 }, (_, i) => `field_${i}`);
    const d = createDiagnostic({ rule: 'x/y', messageId: 'm', spec, data: { id: 'i'.repeat(500_000), allowed }, file: 'a.yaml', start: { line: 1, column: 1 } }, 'sv');
    expect(d.message).toBe(`${shorten('i'.repeat(500_000))} ${allowed.join(', ')}`);
  });
});

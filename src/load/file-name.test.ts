import { describe, expect, it } from 'vitest';
import { displayName } from './file-name.js';

describe('displayName', () => {
  it('shows a UTF-8 name as it is', () => {
    expect(displayName(Buffer.from('åtgärdsplan-2024 🙂.yaml'))).toBe('åtgärdsplan-2024 🙂.yaml');
  });

  it('escapes each byte that is not part of valid UTF-8, and keeps what is around it', () => {
    expect(displayName(Buffer.from([0x6c, 0x61, 0x74, 0xe5, 0x2e, 0x79]))).toBe('lat\\xe5.y');
    // A Latin-1 å before a UTF-8 ö; a lead byte cut off at the end; an overlong slash; a surrogate.
    expect(displayName(Buffer.concat([Buffer.from([0xe5]), Buffer.from('ö'), Buffer.from([0xc3])]))).toBe('\\xe5ö\\xc3');
    expect(displayName(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toBe('\\xc0\\xaf\\xed\\xa0\\x80');
  });

  it('gives back what the bytes say wherever they are UTF-8, as Node would decode them', () => {
    for (let i = 0; i < 2000; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + (i % 9) }, (_, k) => (i * 31 + k * 97) % 256));
      const shown = displayName(bytes);
      if (!bytes.toString().includes('\uFFFD')) expect(shown).toBe(bytes.toString());
      else expect(shown).toMatch(/\\x[0-9a-f]{2}/);
    }
  });
});

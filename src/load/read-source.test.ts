import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { LIMITS } from './limits.js';
import { firstInvalidUtf8, readSource, type ReadResult } from './read-source.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-read-source-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
async function read(content: string | Buffer | Uint8Array): Promise<ReadResult> {
  const name = `f${counter++}.yaml`;
  writeFileSync(join(dir, name), content);
  return readSource(join(dir, name), `docs/${name}`, 'sv');
}

function failure(result: ReadResult): Diagnostic {
  if (result.ok) throw new Error(`expected a diagnostic, got text ${JSON.stringify(result.source.text.slice(0, 40))}`);
  return result.diagnostic;
}

function text(result: ReadResult): string {
  if (!result.ok) throw new Error(`expected text, got ${result.diagnostic.rule}`);
  return result.source.text;
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('readSource: good files', () => {
  it('reads UTF-8 text with å, ä, ö and an emoji unchanged', async () => {
    const content = 'kind: agreement\ntitle: Trygghet i Töreboda 😀\n';
    const result = await read(content);
    expect(text(result)).toBe(content);
    if (result.ok) expect(result.source.path).toMatch(/^docs\/f\d+\.yaml$/);
  });

  it('reads an empty file as empty text', async () => {
    expect(text(await read(''))).toBe('');
  });

  it('strips a leading UTF-8 byte order mark', async () => {
    const result = await read(bytes([0xef, 0xbb, 0xbf], 'kind: agreement\n'));
    expect(text(result)).toBe('kind: agreement\n');
    expect(text(result).startsWith('kind')).toBe(true);
  });

  it('accepts CRLF line endings', async () => {
    expect(text(await read('a: 1\r\nb: 2\r\n'))).toBe('a: 1\r\nb: 2\r\n');
  });

  it('accepts a file of exactly the size limit', async () => {
    const content = `a: "${'x'.repeat(LIMITS.maxFileBytes - 6)}"\n`;
    expect(Buffer.byteLength(content)).toBe(LIMITS.maxFileBytes);
    expect((await read(content)).ok).toBe(true);
  });

  it('does not take ======= alone, or markers inside a line, for a conflict', async () => {
    expect((await read('a: 1\n=======\nb: 2\n')).ok).toBe(true);
    expect((await read('a: "<<<<<<< HEAD"\nb: x >>>>>>> y\n')).ok).toBe(true);
    expect((await read('a: |\n  <<<<<<<<< eight\n')).ok).toBe(true);
  });
});

describe('readSource: files that are not usable text', () => {
  it('refuses UTF-16 LE and BE by their byte order mark', async () => {
    const le = Buffer.from('\ufeffkind: agreement\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(be[0]).toBe(0xfe);
    for (const content of [le, be]) {
      const d = failure(await read(content));
      expect(d.rule).toBe('file/utf-16');
      expect(d.messageId).toBe('utf-16');
      expect(d.start).toEqual({ line: 1, column: 1 });
    }
  });

  it('refuses a file with a NUL byte as binary', async () => {
    const d = failure(await read(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])));
    expect(d.rule).toBe('file/binary');
    expect(failure(await read(bytes('a: 1\n', [0]))).rule).toBe('file/binary');
  });

  it('reports invalid UTF-8 at the line and column of the bad byte', async () => {
    const d = failure(await read(bytes('kind: annual_review\nnotes: Tr', [0xe4], 'ff\n')));
    expect(d.rule).toBe('file/invalid-utf-8');
    expect(d.messageId).toBe('invalid-utf-8');
    expect(d.file).toMatch(/^docs\/f\d+\.yaml$/);
    expect(d.start).toEqual({ line: 2, column: 10 });
    expect(d.message).toContain('0xE4');
    expect(d.severity).toBe('error');
  });

  it('counts columns after a BOM and after multi-byte characters in UTF-16 units', async () => {
    // BOM stripped; "ö" is 2 bytes but 1 column, "😀" 4 bytes but 2 columns.
    const d = failure(await read(bytes([0xef, 0xbb, 0xbf], 'a: ö😀', [0xff], '\n')));
    expect(d.rule).toBe('file/invalid-utf-8');
    expect(d.start).toEqual({ line: 1, column: 7 });
  });

  it.each([
    ['an overlong encoding of /', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence truncated at the end of the file', [0xe2, 0x82]],
  ])('refuses %s', async (_name, bad) => {
    const d = failure(await read(bytes('a: b\nc: ', bad)));
    expect(d.rule).toBe('file/invalid-utf-8');
    expect(d.start).toEqual({ line: 2, column: 4 });
  });

  it('refuses lone CR line endings, at the first CR', async () => {
    const d = failure(await read('a: 1\rb: 2\r'));
    expect(d.rule).toBe('file/cr-line-endings');
    expect(d.start).toEqual({ line: 1, column: 5 });
  });

  it('finds a lone CR among CRLF line endings', async () => {
    const d = failure(await read('a: 1\r\nb: 2\rc: 3\r\n'));
    expect(d.rule).toBe('file/cr-line-endings');
    expect(d.start).toEqual({ line: 2, column: 5 });
  });

  it('reports a git merge conflict at its first marker', async () => {
    const content = ['kind: agreement', 'id: a', '<<<<<<< HEAD', 'title: A', '=======', 'title: B', '>>>>>>> other', ''];
    const d = failure(await read(content.join('\n')));
    expect(d.rule).toBe('file/merge-conflict');
    expect(d.start).toEqual({ line: 3, column: 1 });
    const crlf = failure(await read(content.join('\r\n')));
    expect(crlf.rule).toBe('file/merge-conflict');
    expect(crlf.start).toEqual({ line: 3, column: 1 });
  });

  it('reports a bare conflict marker at the end of a line too', async () => {
    const d = failure(await read('a: 1\nb: 2\n>>>>>>>\n'));
    expect(d.rule).toBe('file/merge-conflict');
    expect(d.start).toEqual({ line: 3, column: 1 });
  });

  it('refuses a file over the size limit', async () => {
    const d = failure(await read(Buffer.alloc(LIMITS.maxFileBytes + 1, 0x61)));
    expect(d.rule).toBe('file/too-large');
    expect(d.message).toContain(String(LIMITS.maxFileBytes + 1));
  });

  it('reports a missing file as unreadable', () => {
    const result = readSource(join(dir, 'missing.yaml'), 'missing.yaml', 'sv');
    const d = failure(result);
    expect(d.rule).toBe('file/unreadable');
    expect(d.file).toBe('missing.yaml');
    expect(d.message).toContain('ENOENT');
  });

  it('refuses a folder', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    const d = failure(readSource(join(dir, 'folder.yaml'), 'folder.yaml', 'sv'));
    expect(d.rule).toBe('file/not-regular');
    expect(d.start).toEqual({ line: 1, column: 1 });
  });

  it('speaks English with lang "en"', () => {
    writeFileSync(join(dir, 'en.yaml'), bytes([0]));
    const sv = failure(readSource(join(dir, 'en.yaml'), 'en.yaml', 'sv'));
    const en = failure(readSource(join(dir, 'en.yaml'), 'en.yaml', 'en'));
    expect(en.rule).toBe(sv.rule);
    expect(en.message).not.toBe(sv.message);
    expect(sv.message).toMatch(/[åäö]/);
    expect(en.message).toMatch(/binary/i);
  });
});

describe('firstInvalidUtf8', () => {
  const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));

  it('returns the length for valid input', () => {
    expect(at()).toBe(0);
    expect(at(0x61, 0x62)).toBe(2);
    expect(at(0xc3, 0xa4)).toBe(2); // ä
    expect(at(0xe2, 0x82, 0xac)).toBe(3); // €
    expect(at(0xf0, 0x9f, 0x98, 0x80)).toBe(4); // 😀
    expect(at(0xf4, 0x8f, 0xbf, 0xbf)).toBe(4); // U+10FFFF
    expect(at(0xef, 0xbb, 0xbf)).toBe(3); // BOM
    expect(at(0xed, 0x9f, 0xbf)).toBe(3); // U+D7FF, just below the surrogates
  });

  it('finds overlong encodings', () => {
    expect(at(0xc0, 0xaf)).toBe(0);
    expect(at(0xc1, 0xbf)).toBe(0);
    expect(at(0x61, 0xe0, 0x80, 0xaf)).toBe(1);
    expect(at(0xf0, 0x82, 0x82, 0xac)).toBe(0);
  });

  it('finds encoded surrogates and code points above U+10FFFF', () => {
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0x61, 0xed, 0xbf, 0xbf)).toBe(1);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(0);
  });

  it('finds stray continuation bytes and invalid lead bytes', () => {
    expect(at(0x80)).toBe(0);
    expect(at(0x61, 0x62, 0xbf)).toBe(2);
    expect(at(0xff)).toBe(0);
    expect(at(0x61, 0xe4, 0x66, 0x66)).toBe(1); // Latin-1 ä followed by ASCII
  });

  it('finds sequences truncated at the end', () => {
    expect(at(0x61, 0xc3)).toBe(1);
    expect(at(0xe2, 0x82)).toBe(0);
    expect(at(0x61, 0xf0, 0x9f, 0x98)).toBe(1);
  });

  it('agrees with a fatal TextDecoder on where the valid prefix ends', () => {
    const samples = [[0x61, 0xc3, 0xa4, 0xc0, 0xaf], [0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80, 0x80]];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const sample of samples) {
      const bad = firstInvalidUtf8(Uint8Array.from(sample));
      expect(bad).toBeLessThan(sample.length);
      expect(() => decoder.decode(Uint8Array.from(sample.slice(0, bad)))).not.toThrow();
      expect(() => decoder.decode(Uint8Array.from(sample.slice(0, bad + 1)))).toThrow();
    }
  });
});

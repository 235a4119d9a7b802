import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPng, crc32 } from './png.js';

/** A real PNG of one colour, made the way the format says, so the test owns no binary file. */
export function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)])));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
  );
}

describe('checkPng', () => {
  it('accepts a real PNG and reads its size', () => {
    expect(checkPng(makePng(40, 16))).toEqual({ ok: true, width: 40, height: 16 });
  });

  it('computes CRC-32 as zlib does', () => {
    // The check value of CRC-32/ISO-HDLC.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('refuses what only looks like a PNG', () => {
    const png = makePng(4, 4);
    const flipped = png.slice();
    flipped[png.length - 20] = (flipped[png.length - 20] as number) ^ 0xff;
    expect(checkPng(new TextEncoder().encode('<svg/>'))).toEqual({ ok: false, reason: 'signature' });
    expect(checkPng(png.subarray(0, 30))).toEqual({ ok: false, reason: 'chunks' });
    expect(checkPng(flipped)).toMatchObject({ ok: false });
    // Something appended after IEND, as polyglot files do.
    expect(checkPng(new Uint8Array([...png, 0x3c, 0x73]))).toMatchObject({ ok: false });
    expect(checkPng(makePng(9000, 1))).toEqual({ ok: false, reason: 'size' });
  });
});

/**
 * Whether bytes are a real PNG (ISO/IEC 15948): the signature, then chunks each with its length,
 * type and a CRC-32 that matches, IHDR first with a sane size, IDAT data, and IEND last with nothing
 * after it. A file that merely starts like a PNG, or a PNG with something appended, is refused.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A logo needs no more; larger is a photograph or a mistake. */
const MAX_SIDE = 8192;

export type PngCheck = { ok: true; width: number; height: number } | { ok: false; reason: 'signature' | 'chunks' | 'crc' | 'header' | 'size' };

export function checkPng(bytes: Uint8Array): PngCheck {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((b, i) => bytes[i] !== b)) return { ok: false, reason: 'signature' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SIGNATURE.length;
  let first = true;
  let size: { width: number; height: number } | undefined;
  let data = false;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return { ok: false, reason: 'chunks' };
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, reason: 'chunks' };
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return { ok: false, reason: 'crc' };
    if (first) {
      if (type !== 'IHDR' || length !== 13) return { ok: false, reason: 'header' };
      size = { width: view.getUint32(at + 8), height: view.getUint32(at + 12) };
      if (size.width === 0 || size.height === 0) return { ok: false, reason: 'header' };
      if (size.width > MAX_SIDE || size.height > MAX_SIDE) return { ok: false, reason: 'size' };
      first = false;
    }
    if (type === 'IDAT') data = true;
    if (type === 'IEND') return end === bytes.length && data && size !== undefined ? { ok: true, ...size } : { ok: false, reason: 'chunks' };
    at = end;
  }
  return { ok: false, reason: 'chunks' };
}

let table: Uint32Array | undefined;

/** CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320); zlib.crc32 needs Node 20.15. */
export function crc32(bytes: Uint8Array): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

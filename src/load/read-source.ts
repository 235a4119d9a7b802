import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic } from '../model/messages.js';
import { LIMITS } from './limits.js';
import { FILE_MESSAGES, type FileMessageId } from './messages.js';
import { SourceFile } from './source.js';

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads one file, once, and turns everything that makes it unusable as YAML text (not a regular
 * file, too large, binary, not UTF-8, a git conflict) into a diagnostic on that file.
 */
export function readSource(absolute: string | Buffer, path: string, lang: Lang): ReadResult {
  const fail = (id: FileMessageId, data: Record<string, string | number> = {}, at?: { line: number; column: number }) =>
    ({
      ok: false,
      diagnostic: createDiagnostic(
        { rule: `file/${id}`, messageId: id, spec: FILE_MESSAGES[id], data, file: path, start: at ?? { line: 1, column: 1 } },
        lang,
      ),
    }) as const;

  let bytes: Buffer;
  try {
    // Non-blocking, so that a FIFO named *.yaml is refused instead of waiting for a writer forever.
    // Synchronous: for thousands of small cached files, promises cost more than the reads.
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return fail('not-regular');
      if (stat.size > LIMITS.maxFileBytes) return fail('too-large', { size: stat.size, max: LIMITS.maxFileBytes });
      bytes = readAll(fd, stat.size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return fail('unreadable', { reason: errorCode(error) });
  }
  // A file can grow between stat and read.
  if (bytes.length > LIMITS.maxFileBytes) return fail('too-large', { size: bytes.length, max: LIMITS.maxFileBytes });
  return decode(bytes, path, fail);
}

/**
 * One buffer for every read, one byte over the limit so that a file larger than it is noticed:
 * the bytes only live until they are decoded, and a buffer per file made megabytes of garbage
 * over a national repository.
 */
let scratch: Buffer | undefined;

/**
 * The whole file (reading past the size stat gave, since a file can grow) into the shared buffer.
 * Once it has the bytes stat promised, a read that gives less than was asked has met the end: no
 * second read to be told so (one system call per file fewer over thousands of files). Before that,
 * a short read is only a part (a network share may give a file in pieces), and reading goes on.
 */
function readAll(fd: number, size: number): Buffer {
  const buffer = (scratch ??= Buffer.allocUnsafe(LIMITS.maxFileBytes + 1));
  let length = 0;
  while (length < buffer.length) {
    const wanted = buffer.length - length;
    const read = readSync(fd, buffer, length, wanted, null);
    length += read;
    if (read === 0 || (read < wanted && length >= size)) break;
  }
  return buffer.subarray(0, length);
}

type Fail = (id: FileMessageId, data?: Record<string, string | number>, at?: { line: number; column: number }) => ReadResult;

function decode(bytes: Buffer, path: string, fail: Fail): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail('utf-16');
  // One search of the whole file (memchr speed) instead of a view of its start.
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < LIMITS.binarySniffBytes) return fail('binary');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // isUtf8 (simdutf) and a plain decode are faster than a fatal TextDecoder, and refuse the same bytes.
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    const before = new SourceFile(path, new TextDecoder('utf-8').decode(body.subarray(0, bad)));
    return fail('invalid-utf-8', { byte: `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}` }, before.positionAt(before.text.length));
  }
  const text = body.toString();
  const source = new SourceFile(path, text);
  // The cheap test first: most files have no CR and no run of seven < or >.
  const loneCr = text.includes('\r') ? /\r(?!\n)/.exec(text) : null;
  if (loneCr) return fail('cr-line-endings', {}, source.positionAt(loneCr.index));
  const conflict = text.includes('<<<<<<<') || text.includes('>>>>>>>') ? /^(?:<{7}|>{7})(?: |\r?$)/m.exec(text) : null;
  if (conflict) return fail('merge-conflict', {}, source.positionAt(conflict.index));
  return { ok: true, source };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

import { gzipSync } from 'node:zlib';

/** One regular file of an archive: its path inside it (with `/`), bytes and whether it runs. */
export interface TarEntry {
  path: string;
  content: Uint8Array;
  executable?: boolean;
}

const BLOCK = 512;
/** npm's own fixed time for every entry, so that the same files always give the same bytes. */
const MTIME = Date.UTC(1985, 9, 26, 8, 15) / 1000;
const encoder = new TextEncoder();

/**
 * A gzipped POSIX ustar archive of regular files, as `npm pack` makes one: what `npm install`
 * unpacks. Only what a package holds is supported: regular files whose path fits ustar's 100 +
 * 155 bytes. The entries are written in the order given.
 */
export function gzippedTar(entries: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    parts.push(header(entry));
    parts.push(entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(new Uint8Array(padding));
  }
  // The end of the archive: two blocks of zeros.
  parts.push(new Uint8Array(2 * BLOCK));
  return new Uint8Array(gzipSync(Buffer.concat(parts), { level: 9 }));
}

function header(entry: TarEntry): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const { name, prefix } = splitPath(entry.path);
  put(block, 0, 100, name);
  putOctal(block, 100, 8, entry.executable ? 0o755 : 0o644);
  putOctal(block, 108, 8, 0);
  putOctal(block, 116, 8, 0);
  putOctal(block, 124, 12, entry.content.length);
  putOctal(block, 136, 12, MTIME);
  // The checksum is summed with its own field as spaces.
  block.fill(0x20, 148, 156);
  block[156] = 0x30; // '0': a regular file
  put(block, 257, 6, 'ustar\0');
  put(block, 263, 2, '00');
  put(block, 345, 155, prefix);
  const sum = block.reduce((total, byte) => total + byte, 0);
  putOctal(block, 148, 7, sum);
  block[155] = 0x20;
  return block;
}

/** ustar keeps up to 100 bytes of a path in `name` and the folders before it in `prefix`. */
export function splitPath(path: string): { name: string; prefix: string } {
  const bytes = encoder.encode(path).length;
  if (bytes <= 100) return { name: path, prefix: '' };
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { name, prefix };
  }
  throw new Error(`tar: the path ${path} is too long for a ustar archive`);
}

function put(block: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  if (bytes.length > length) throw new Error(`tar: ${text} does not fit ${length} bytes`);
  block.set(bytes, offset);
}

/** A number as zero-padded octal digits and a NUL, as ustar's numeric fields are written. */
function putOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  put(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

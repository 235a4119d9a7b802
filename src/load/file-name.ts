const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file or folder name as messages show it: the name itself where it is UTF-8, each byte that is
 * not shown as `\xe5`. A name made on a Latin-1 system (`lat\xe5.yaml`) is thus recognisable and
 * never mangled into U+FFFD, which names no file.
 */
export function displayName(raw: Uint8Array): string {
  let shown = '';
  for (let at = 0; at < raw.length; ) {
    const length = sequenceLength(raw, at);
    if (length > 0) {
      shown += utf8.decode(raw.subarray(at, at + length));
      at += length;
    } else {
      shown += `\\x${raw[at]!.toString(16).padStart(2, '0')}`;
      at += 1;
    }
  }
  return shown;
}

/** The length of the valid UTF-8 sequence starting at `at`, or 0 when there is none. */
function sequenceLength(raw: Uint8Array, at: number): number {
  const lead = raw[at]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1 || at + length > raw.length) return length === 1 ? 1 : 0;
  try {
    utf8.decode(raw.subarray(at, at + length));
    return length;
  } catch {
    return 0;
  }
}

/** RFC 6901 JSON Pointers: the only place where they are encoded or decoded. */

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends segments to a pointer: `child('/parties', 0, 'name')` is `/parties/0/name`. */
export function child(pointer: string, ...segments: (string | number)[]): string {
  return pointer + segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** Splits a pointer into its segments. `''` is the whole document; empty segments are kept. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** The pointer of the value that holds this one; the root's parent is the root. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** The last segment, decoded, or undefined for the root. */
export function lastSegment(pointer: string): string | undefined {
  const segments = parsePointer(pointer);
  return segments[segments.length - 1];
}

/**
 * Writes YAML text the way a person does: block style, plain scalars where they read the same,
 * comments where the templates put them. The scaffolding writes its documents as text so that
 * the Swedish comments sit where a coordinator needs them; a property test holds this writer to
 * the yaml library (what it writes, yaml reads back as the same data).
 */

export type Plain = string | number | boolean | null | readonly Plain[] | { readonly [key: string]: Plain | undefined };

/** Words and numbers YAML's core schema would read as something other than the text. */
const NOT_TEXT = /^(?:~|null|true|false|[-+]?(?:\.inf|\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?)|\.nan|0x[\da-f]+|0o[0-7]+)$/i;
/** Text that is plain YAML as it stands: no indicator first, no `: ` or ` #`, no edge spaces. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}_ ,.()/'’–—&%+?!§-]*(?<! )$/u;
const PRINTABLE = /^[^\p{Cc}\p{Cs}\uFEFF\u2028\u2029]*$/u;

/** A scalar on one line: plain when that reads back the same, else double-quoted as JSON. */
export function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (PLAIN.test(value) && !NOT_TEXT.test(value) && !/^\d{4}-\d\d-\d\d./.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * `key: value` at an indent, with maps and lists as blocks below it. Multi-line text becomes a
 * literal block (`|-`), empty maps and lists `{}` and `[]`; undefined fields are left out.
 */
export function field(key: string, value: Plain | undefined, indent = 0): string[] {
  if (value === undefined) return [];
  const pad = ' '.repeat(indent);
  const k = scalar(key);
  if (typeof value === 'string' && literalFits(value)) return [`${pad}${k}: |-`, ...value.split('\n').map((line) => (line === '' ? '' : `${pad}  ${line}`))];
  if (Array.isArray(value)) return value.length === 0 ? [`${pad}${k}: []`] : [`${pad}${k}:`, ...items(value, indent + 2)];
  if (isMap(value)) {
    const fields = Object.entries(value).flatMap(([name, v]) => field(name, v, indent + 2));
    return fields.length === 0 ? [`${pad}${k}: {}`] : [`${pad}${k}:`, ...fields];
  }
  return [`${pad}${k}: ${scalar(value as string | number | boolean | null)}`];
}

/** A block list's items at an indent; a map item starts on the dash's line. */
export function items(list: readonly Plain[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return list.flatMap((item) => {
    if (isMap(item)) {
      const fields = Object.entries(item).flatMap(([name, v]) => field(name, v, indent + 2));
      if (fields.length === 0) return [`${pad}- {}`];
      return [`${pad}- ${fields[0]!.slice(indent + 2)}`, ...fields.slice(1)];
    }
    if (Array.isArray(item)) return item.length === 0 ? [`${pad}- []`] : [`${pad}-`, ...items(item, indent + 2)];
    if (typeof item === 'string' && literalFits(item)) {
      return [`${pad}- |-`, ...item.split('\n').map((line) => (line === '' ? '' : `${pad}  ${line}`))];
    }
    return [`${pad}- ${scalar(item as string | number | boolean | null)}`];
  });
}

/** Comment lines at an indent, the text wrapped at words to stay within `width` columns. */
export function comment(text: string, indent = 0, width = 100): string[] {
  const pad = `${' '.repeat(indent)}# `;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && pad.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l) => `${pad}${l}`.trimEnd());
}

/** YAML lines turned into comments that an editor's "toggle comment" turns back. */
export function commentedOut(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '#' : `# ${line}`));
}

/** Several lines of text, one for each line, ending in a line break. */
export function text(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

function isMap(value: unknown): value is { readonly [key: string]: Plain | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A literal block keeps multi-line text as written, when its lines allow one. */
function literalFits(value: string): boolean {
  return (
    value.includes('\n') &&
    PRINTABLE.test(value.replaceAll('\n', '')) &&
    !value.endsWith('\n') &&
    !/^[ \n]/.test(value) &&
    // A line of spaces only, or a line that starts with a space after an empty one, would read back differently.
    !value.split('\n').some((line) => /^\s+$/.test(line)) &&
    !/(^|\n)\t/.test(value)
  );
}

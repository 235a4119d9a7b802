import fc from 'fast-check';

/**
 * YAML texts from a grammar of the block YAML that repositories are written in, bent at every
 * edge of the fast path's subset: odd keys, scalars the core schema reads in a surprising way,
 * continuation lines indented too little, exactly enough or too much, blank lines with and without
 * spaces, comments anywhere, markers, line endings and stray indentation.
 */

/** Plain scalars that the core schema reads in a surprising way, or that look like something else. */
export const EDGE_SCALARS = [
  '0461', '+12', '-0', '0o17', '0o8', '0x1F', '1e3', '1.', '.5', '.inf', '-.Inf', '.NaN', '~', 'null', 'NULL', 'yes', 'True',
  'false', '2024-02-30', '12:30', 'a#b', 'a #b', '-x', '---', '...', 'a\\b', 'Öst å ä ö', 'x\u00a0', '\u00a0x', '😀',
  'trailing  ', 'x:y', '<<', '1_000', 'x,y', 'x]', "it's", 'say "hi"', '',
];
/** Tokens that cannot be a plain scalar, or only where the fast path leaves them to the exact one. */
export const STRUCTURAL_TOKENS = [
  'a: b', 'a:', '- x', '-', '%x', '@x', '`x', '!x', '&a', '*a', '[1]', '{a: 1}', "'it''s'", '"say \\"hi\\""', '"a\\\\nb"',
  'a\u2028b', ':x', '?x', '? x', '|', '>', '#', '"', "'",
];
/** Escapes as people write them in double quotes, valid and not (yaml reports `\\q`, a short `\\x`, past Unicode). */
export const ESCAPE_TOKENS = ['\\"', '\\\\', '\\n', '\\t', '\\u00e5', '\\x41', '\\U0001F600', '\\/', '\\_', '\\ ', '\\q', '\\x4', '\\U00110000', 'x\\'];
const WORDS = ['text', 'Gnesta kommun', 'KS 2023/118', 'Färre unga i kriminalitet', 'agreement', 'gnesta-2023', '2023-06-20', '12', 'x'];
const PLAIN_KEYS = ['kind', 'id', 'title', 'snake_case', 'a-b', 'x', '_k', 'due', 'inf', 'yes', 'e1'];
const ODD_KEYS = ['true', 'null', 'True', '123', 'constructor', '__proto__', '"quoted"', "'quoted'", 'a b', 'år', 'a:b', '<<', '-k', '~'];

interface Continuation {
  text: string;
  blanks: number;
  spaced: boolean;
  /** Column relative to the key or dash the scalar belongs to. */
  shift: number;
}
type Scalar =
  | {
      style: 'plain' | "'" | '"';
      first: string;
      /** Where the first line goes: after the key or dash, or on a line of its own at this column. */
      own: number | undefined;
      more: readonly Continuation[];
      comment: string;
      escaped: boolean;
    }
  | { style: 'block'; header: string; body: { text: string; extra: number }[]; shift: number }
  | { style: 'flow'; mapping: boolean; items: { key: string; text: string; quote: '' | "'" | '"' }[]; spaced: boolean; comment: string; own: number | undefined };
type MapNode = { t: 'map'; entries: { key: string; value: Node; jitter: number }[]; shift: number };
type ListNode = { t: 'list'; items: { value: Node; compact: boolean }[]; shift: number; atKeyColumn: boolean; dashSpaces: number };
type Node = { t: 'scalar'; s: Scalar } | MapNode | ListNode;

/** A whole file: one to three documents, markers, line endings and the end of the file. */
export const yamlText: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: texts(false) }, texts(true));

/**
 * Texts of one grammar. A tame one makes each rare choice (an odd key, a misplaced line, structure
 * inside a scalar) seldom enough that most of its texts stay in the fast path's subset and their
 * data and positions get compared; a wild one makes them often, for the refusals and diagnostics.
 */
function texts(wild: boolean): fc.Arbitrary<string> {
  const rarely = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>, weight: number) =>
    fc.oneof({ weight: wild ? weight : weight * 20, arbitrary: usual }, { weight: 1, arbitrary: rare });
  const token = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 20, arbitrary: fc.constantFrom(...EDGE_SCALARS) },
    { weight: wild ? 20 : 1, arbitrary: fc.constantFrom(...STRUCTURAL_TOKENS) },
  );
  const key = rarely(fc.constantFrom(...PLAIN_KEYS), fc.constantFrom(...ODD_KEYS), 8);
  // Columns relative to a parent: mostly two deeper, sometimes its own, one, three or four.
  const shift = rarely(fc.constant(2), fc.constantFrom(0, 1, 3, 4), 4);
  const jitter = rarely(fc.constant(0), fc.constantFrom(-1, 1), 20);
  const comment = rarely(fc.constantFrom('', '', '', ' # note', '   # å ä', ' #'), fc.constant('#glued'), 4);
  const continuation: fc.Arbitrary<Continuation> = fc.record({
    text: token,
    blanks: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.nat({ max: 2 })),
    spaced: fc.boolean(),
    shift: rarely(fc.constant(2), fc.constantFrom(-1, 0, 1, 3, 5), 3),
  });
  const scalar: fc.Arbitrary<Scalar> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        style: fc.constantFrom('plain' as const, 'plain' as const, "'" as const, '"' as const),
        first: fc.oneof({ weight: 6, arbitrary: token }, fc.constantFrom(...ESCAPE_TOKENS)),
        own: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, shift),
        more: fc.oneof({ weight: 3, arbitrary: fc.constant<Continuation[]>([]) }, fc.array(continuation, { minLength: 1, maxLength: 3 })),
        comment,
        escaped: rarely(fc.constant(true), fc.constant(false), 3),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        style: fc.constant('flow' as const),
        mapping: fc.boolean(),
        items: fc.array(
          fc.record({
            key,
            text: fc.oneof({ weight: 4, arbitrary: token }, fc.constantFrom(...ESCAPE_TOKENS)),
            quote: fc.constantFrom('' as const, '' as const, "'" as const, '"' as const),
          }),
          { maxLength: 3 },
        ),
        spaced: fc.boolean(),
        comment,
        own: rarely(fc.constant(undefined), shift, 6),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        style: fc.constant('block' as const),
        header: rarely(fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '| # c', '>  '), fc.constantFrom('|2', '>-1', '| x', '|#c'), 3),
        body: fc.array(
          fc.record({
            text: fc.oneof({ weight: 4, arbitrary: token }, fc.constant('')),
            extra: rarely(fc.constant(0), fc.constantFrom(-1, 1, 2), 4),
          }),
          { minLength: 1, maxLength: 4 },
        ).filter((body) => wild || body.some((line) => line.text !== '')),
        shift,
      }),
    },
  );
  const { node } = fc.letrec<{ node: Node; map: MapNode; list: ListNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'xsmall', withCrossShrink: true },
      fc.record({ t: fc.constant('scalar' as const), s: scalar }),
      tie('map'),
      tie('list'),
    ),
    map: fc.record({
      t: fc.constant('map' as const),
      entries: fc.uniqueArray(fc.record({ key, value: tie('node'), jitter }), { minLength: 1, maxLength: 3, selector: (e) => e.key }),
      shift,
    }),
    list: fc.record({
      t: fc.constant('list' as const),
      items: fc.array(
        // `- - x` is always the exact path's, so only wild texts write lists of lists compactly.
        fc.record({ value: tie('node'), compact: fc.boolean() }).map((i) => (wild || i.value.t !== 'list' ? i : { ...i, compact: false })),
        { minLength: 1, maxLength: 3 },
      ),
      shift,
      atKeyColumn: fc.boolean(),
      dashSpaces: rarely(fc.constant(1), fc.constantFrom(2, 3), 3),
    }),
  }));

  const documentLines = fc
    .record({
      top: fc.oneof(
        { weight: 4, arbitrary: node.filter((n) => n.t === 'map') },
        { weight: 1, arbitrary: node.filter((n) => n.t === 'list') },
        { weight: wild ? 1 : 0, arbitrary: node },
      ),
      // Comment lines and blank lines (of spaces up to the column), anywhere.
      extra: fc.array(fc.record({ at: fc.nat(), column: fc.nat({ max: 6 }), text: fc.constantFrom('#', '# kommentar', '#x', '#: x', '') }), {
        maxLength: wild ? 3 : 2,
      }),
      jitter: rarely(fc.constant(undefined), fc.record({ at: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2) }), 3),
    })
    .map(({ top, extra, jitter }) => {
      const lines = top.t === 'map' ? mapLines(top, 0) : top.t === 'list' ? listLines(top, 0) : joined(valueLines(top, 0, false));
      if (jitter) {
        const i = jitter.at % lines.length;
        const line = lines[i] as string;
        lines[i] = jitter.by > 0 ? pad(jitter.by) + line : line.slice(Math.min(-jitter.by, line.length - line.trimStart().length));
      }
      for (const e of extra) lines.splice(e.at % (lines.length + 1), 0, pad(e.column) + e.text);
      return lines;
    });
  return fc
    .record({
      start: rarely(
        fc.constantFrom('', '', '---', '# rubrik', '# rubrik\n---', '--- # c'),
        fc.constantFrom('%YAML 1.2\n---', '--- x', '...'),
        3,
      ),
      documents: fc.array(documentLines, { minLength: 1, maxLength: 3 }),
      separator: rarely(fc.constantFrom('---', '--- # nästa', '---  '), fc.constantFrom('...\n---', '---\n---', '--- x', '----'), 3),
      end: rarely(fc.constant(''), fc.constantFrom('...', '---', '# slut', '  '), 3),
      eol: fc.oneof({ weight: 4, arbitrary: fc.constant('\n') }, fc.constantFrom('\r\n', 'mixed')),
      finalBreak: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
    })
    .map(({ start, documents, separator, end, eol, finalBreak }) => {
      const lines = [...(start ? [start] : []), ...documents.flatMap((d, i) => (i === 0 ? d : [separator, ...d])), ...(end ? [end] : [])];
      const text = lines.map((l, i) => l + (eol === 'mixed' ? (i % 3 === 1 ? '\r\n' : '\n') : eol)).join('');
      return finalBreak ? text : text.replace(/\r?\n$/, '');
    });
}

/** A token inside quotes as a careful writer escapes it: `''` in single quotes, `\\"` and `\\\\` in double ones. */
function escape(text: string, quote: string): string {
  if (quote === "'") return text.replaceAll("'", "''");
  return quote === '"' && !ESCAPE_TOKENS.includes(text) ? text.replaceAll('\\', '\\\\').replaceAll('"', '\\"') : text;
}

const pad = (column: number) => ' '.repeat(Math.max(0, column));
const joined = ({ inline, below }: { inline: string; below: string[] }) => [inline, ...below];

function scalarLines(s: Scalar, parent: number): { inline: string; below: string[] } {
  if (s.style === 'block') {
    return { inline: s.header, below: s.body.map((l) => (l.text === '' ? pad(l.extra) : pad(parent + s.shift + l.extra) + l.text)) };
  }
  if (s.style === 'flow') {
    const items = s.items
      .map(({ key, text, quote }) => (s.mapping ? `${key}: ` : '') + quote + (quote === "'" ? text.replaceAll("'", "''") : text) + quote)
      .join(', ');
    const [open, close] = s.mapping ? ['{', '}'] : ['[', ']'];
    const flow = (s.spaced && items !== '' ? `${open} ${items} ${close}` : `${open}${items}${close}`) + s.comment;
    return s.own === undefined ? { inline: flow, below: [] } : { inline: '', below: [pad(parent + s.own) + flow] };
  }
  const quote = s.style === 'plain' ? '' : s.style;
  const texts = [s.first, ...s.more.map((c) => c.text)].map((t) => (s.escaped ? escape(t, quote) : t));
  const lines = texts.map((t, i) => (i === 0 ? quote : '') + t + (i === texts.length - 1 ? quote + s.comment : ''));
  const below = s.more.flatMap((c, i) => [
    ...Array.from({ length: c.blanks }, () => (c.spaced ? '   ' : '')),
    pad(parent + c.shift) + lines[i + 1],
  ]);
  const first = lines[0] as string;
  return s.own === undefined ? { inline: first, below } : { inline: '', below: [pad(parent + s.own) + first, ...below] };
}

/** What follows `key:` or `-` at column `parent`: text on that line, then the lines below. */
function valueLines(value: Node, parent: number, ofKey: boolean): { inline: string; below: string[] } {
  switch (value.t) {
    case 'scalar':
      return scalarLines(value.s, parent);
    case 'map':
      return { inline: '', below: mapLines(value, parent + value.shift) };
    case 'list':
      return { inline: '', below: listLines(value, ofKey && value.atKeyColumn ? parent : parent + value.shift) };
  }
}

function mapLines(map: MapNode, column: number): string[] {
  return map.entries.flatMap((e) => {
    const { inline, below } = valueLines(e.value, column + e.jitter, true);
    return [`${pad(column + e.jitter)}${e.key}:${inline === '' ? '' : ` ${inline}`}`, ...below];
  });
}

function listLines(list: ListNode, column: number): string[] {
  const spaces = ' '.repeat(list.dashSpaces);
  return list.items.flatMap(({ value, compact }) => {
    const dash = `${pad(column)}-`;
    if (compact && value.t !== 'scalar') {
      const inner = column + 1 + list.dashSpaces;
      const [first = '', ...rest] = value.t === 'map' ? mapLines(value, inner) : listLines(value, inner);
      return [dash + spaces + first.trimStart(), ...rest];
    }
    const { inline, below } = valueLines(value, column, false);
    return [inline === '' ? dash : dash + spaces + inline, ...below];
  });
}

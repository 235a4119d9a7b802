/**
 * Big hostile inputs, built at test time (megabytes do not belong in git) and once per process:
 * a case that needs fourteen copies writes the same text fourteen times.
 */
const made = new Map<string, string>();

function once(name: string, make: () => string): string {
  let text = made.get(name);
  if (text === undefined) made.set(name, (text = make()));
  return text;
}

/** Review fields that pass the schema, so that what a case adds is the only thing wrong. */
const REVIEW = ['kind: annual_review', 'agreement: gnesta-2023', 'held_on: 2024-06-11', 'outcome: unchanged'];

/**
 * Just under `bytes` of small documents (about 2 300 in 1 MiB), each within every limit the loader
 * had (9 786 nodes through aliases where a document was allowed 10 000), together far beyond them.
 */
export function aliasBombDocuments(bytes: number): string {
  return once(`alias-bombs-${bytes}`, () => {
    const doc = (i: number) =>
      [
        ...REVIEW,
        `id: bomb-${i}`,
        'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'notes: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *b, *b, *b, *b, *b, *b]',
        `# ${'x'.repeat(150)}`,
        '---',
        '',
      ].join('\n');
    const parts: string[] = [];
    for (let i = 0, size = 0; size + doc(i).length <= bytes; i++) {
      parts.push(doc(i));
      size += doc(i).length;
    }
    return parts.join('');
  });
}

/** One review whose mapping repeats the key `a` 150 000 times: more than a call takes arguments. */
export function duplicateKeys(): string {
  return once('duplicate-keys', () => `${REVIEW.join('\n')}\nid: duplicates\n${'a:\n'.repeat(150_000)}`);
}

/** `count` distinct unknown fields of three characters, after a valid review or in a configuration (5 bytes each). */
export function unknownFields(count: number, kind = 'review'): string {
  return once(`unknown-${count}-${kind}`, () => {
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789';
    const keys: string[] = [];
    for (let i = 0; i < count; i++) keys.push(`${chars[i % 53]}${chars[Math.floor(i / 53) % 63]}${chars[Math.floor(i / 3339) % 63]}:\n`);
    const head = kind === 'config' ? 'kind: config\n' : `${REVIEW.join('\n')}\nid: unknown-fields\n`;
    return head + keys.join('');
  });
}

/** An agreement whose `parties` is a flow list of `count` ones. */
export function longPartyList(count: number): string {
  return once(`parties-${count}`, () => `kind: agreement\nid: many-parties\ntitle: t\nparties: [${Array(count).fill('1').join(', ')}]\n`);
}

/**
 * A review whose `notes` is an alias to a chain of `levels` anchors, each a list holding the one
 * before: the text nests two levels, the data `levels`. The anchors are defined inside complex
 * keys, which are refused and never expanded themselves, so only the last is.
 */
export function aliasChain(levels: number): string {
  return once(`chain-${levels}`, () => {
    const lines = [...REVIEW, 'id: chain', '? &a0 x', ': 1'];
    for (let i = 1; i < levels; i++) lines.push(`? &a${i} [*a${i - 1}]`, ': 1');
    return `${[...lines, `notes: *a${levels - 1}`].join('\n')}\n`;
  });
}

/**
 * `count` copies of one signed agreement of Gnesta, as one file of documents (about 450 bytes each,
 * so 2 300 stay under 1 MiB): every pair of them overlaps.
 */
export function signedAgreementCopies(count: number): string {
  return once(`agreements-${count}`, () => {
    const agreement = [
      'kind: agreement',
      'id: gnesta-2023',
      'title: G',
      'purpose: T.',
      'parties: [{id: k, type: municipality, name: Gnesta kommun, municipality_code: "0461"}, {id: p, type: police, name: LPO, police_region: Öst}]',
      'signatories: [{name: L, role: KSO, party: k, signed_on: 2023-06-20}, {name: J, role: LPO, party: p, signed_on: 2023-06-20}]',
      'valid_from: 2023-06-20',
      'valid_to: 2027-05-31',
      'focus_areas: [{id: f, title: T, measures: [{id: m, text: V, responsible: [k, p]}]}]',
      '',
    ].join('\n');
    return Array<string>(count).fill(agreement).join('---\n');
  });
}

/**
 * The fast path's promise (src/load/yaml/README.md): for every text, loading gives what yaml's
 * exact parser gives, the same diagnostics, data (key order, `-0`, `NaN`) and positions, and the
 * fast path takes a text only when the exact path finds nothing wrong in it. Texts come from a grammar
 * that stresses the subset's edges and from edits of the real examples; the seed is fixed, so a
 * failure replays exactly (and fast-check shrinks it to a small text first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadedDocument, LoadedFile } from '../../src/load/loaded-document.js';
import { SourceFile } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml/index.js';
import { dataDifference, pointersOf } from '../helpers/same-data.js';
import { applyEdits, textEdit } from './text-edits.js';
import { yamlText } from './yaml-texts.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const SEED = 20260517;
const GENERATED_RUNS = 18_500;
const EDITED_RUNS = 1_500;

/** Every `*.yaml` of the examples outside `.github/`, which samverkan does not read. */
function exampleFiles(dir = EXAMPLES): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '.github' ? [] : exampleFiles(path);
      const name = relative(EXAMPLES, path).split(sep).join('/');
      return entry.name.endsWith('.yaml') ? [{ name, text: readFileSync(path, 'utf8') }] : [];
    });
}

const load = (text: string, exact: boolean): LoadedFile => parseYaml(new SourceFile('x.yaml', text), 'sv', { exact });

/** How the fast and the exact path differ on a text, or undefined; counts what the fast path took. */
function difference(text: string, tally: { taken: number; seen: number }): string | undefined {
  tally.seen++;
  const fast = load(text, false);
  const exact = load(text, true);
  if (!isDeepStrictEqual(fast.diagnostics, exact.diagnostics)) {
    return `diagnostics ${JSON.stringify(fast.diagnostics)} ≠ ${JSON.stringify(exact.diagnostics)}`;
  }
  if (fast.documents.length !== exact.documents.length) return `${fast.documents.length} documents ≠ ${exact.documents.length}`;
  for (const [i, doc] of fast.documents.entries()) {
    const other = exact.documents[i];
    if (!other) return `document ${i} missing`;
    const data = dataDifference(doc.data, other.data);
    if (data) return `document ${i}: ${data}`;
    if (doc.wellFormed !== other.wellFormed || doc.index !== other.index) return `document ${i}: wellFormed or index differ`;
  }
  if (fast.parsedBy?.path !== 'fast') return undefined;
  tally.taken++;
  // The fast path may tell the check that no line is an exception comment only when none is.
  const source = fast.documents[0]?.source;
  if (source?.exceptionLines === false && /^\s*#\s*samverkan-disable/m.test(text)) return 'an exception comment the fast path did not note';
  // Its one kind of finding, a warning both paths give alike (compared above), is no mistake in the YAML.
  const mistakes = exact.diagnostics.filter((d) => d.rule !== 'yaml/comment-in-value');
  if (mistakes.length > 0) {
    return `taken by the fast path, but the exact path reports ${mistakes.map((d) => d.messageId).join(', ')}`;
  }
  for (const [i, fastDoc] of fast.documents.entries()) {
    const exactDoc = exact.documents[i] as LoadedDocument;
    // Every node both ways, pointers past the data (a missing field, an index written `01`), and
    // keys found elsewhere in the document: a key of a sibling's mapping is not this one's.
    for (const pointer of pointersOf(fastDoc.data)) {
      const elsewhere = keysOf(fastDoc.data).map((key) => `${pointer}/${key}`);
      for (const asked of [pointer, `${pointer}/missing`, `${pointer}/0`, `${pointer}/01`, ...elsewhere]) {
        for (const on of ['key', 'value'] as const) {
          const a = fastDoc.locate(asked, on);
          const b = exactDoc.locate(asked, on);
          if (a[0] !== b[0] || a[1] !== b[1]) return `document ${i} ${asked} (${on}): at ${a.join('–')} ≠ ${b.join('–')}`;
        }
      }
    }
  }
  return undefined;
}

/** Up to eight distinct mapping keys of a document, for pointers that may or may not exist. */
function keysOf(data: unknown, found = new Set<string>()): string[] {
  if (found.size >= 8 || data === null || typeof data !== 'object') return [...found];
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(data)) found.add(key);
    keysOf(value, found);
  }
  return [...found].slice(0, 8);
}

function holds(text: string, tally: { taken: number; seen: number }): void {
  const found = difference(text, tally);
  if (found) throw new Error(`${found}\nin ${JSON.stringify(text)}`);
}

describe('the fast path against the exact path', () => {
  const examples = exampleFiles();

  it('takes every healthy example', () => {
    const healthy = examples.filter((e) => load(e.text, true).diagnostics.length === 0);
    expect(healthy.length).toBeGreaterThan(40);
    expect(healthy.filter((e) => load(e.text, false).parsedBy?.path !== 'fast').map((e) => e.name)).toEqual([]);
    for (const e of healthy) expect(difference(e.text, { taken: 0, seen: 0 }), e.name).toBeUndefined();
  });

  it(`agrees on ${GENERATED_RUNS} texts from the grammar`, () => {
    const tally = { taken: 0, seen: 0 };
    fc.assert(
      fc.property(yamlText, (text) => holds(text, tally)),
      { seed: SEED, numRuns: GENERATED_RUNS },
    );
    // Not vacuous: most texts are compared through the fast path, and its refusals are exercised.
    expect(tally.taken / tally.seen).toBeGreaterThanOrEqual(0.3);
    expect(tally.taken / tally.seen).toBeLessThanOrEqual(0.9);
  }, 180_000);

  it(`agrees on ${EDITED_RUNS} edited examples`, () => {
    const tally = { taken: 0, seen: 0 };
    const edited = fc
      .record({ example: fc.nat({ max: examples.length - 1 }), edits: fc.array(textEdit, { minLength: 1, maxLength: 3 }) })
      .map(({ example, edits }) => applyEdits((examples[example] as { text: string }).text, edits));
    fc.assert(
      fc.property(edited, (text) => holds(text, tally)),
      { seed: SEED, numRuns: EDITED_RUNS },
    );
    expect(tally.taken / tally.seen).toBeGreaterThanOrEqual(0.3);
    expect(tally.taken).toBeLessThan(tally.seen);
  }, 180_000);
});

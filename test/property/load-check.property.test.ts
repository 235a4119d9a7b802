/**
 * The loader's promise about hostile input: whatever bytes sit in a repository's YAML files, load
 * and check never throw, never print behind the formatter's back, never drop a broken file without
 * a diagnostic, always point at a real place in the file, and never change a file they read. The
 * example-based tests pin the cases someone thought of; this test holds the promise against ten
 * thousand mutants of the real example documents that nobody thought of. The seed is fixed, so a
 * failure replays exactly and CI checks the same documents every time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateRepository, type ValidationResult } from '../../src/check/validate-repository.js';
import type { Diagnostic, Position } from '../../src/model/diagnostic.js';
import type { Lang } from '../../src/model/lang.js';
import { applyMutations, generatedArbitrary, mutationArbitrary, type Mutation } from './mutations.js';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = join(PROJECT, 'examples');

const SEED = 20261124;
const BATCHES = 50;
const BATCH_SIZE = 200;
const FOLDERS = ['agreements', 'follow-ups', 'reviews', 'misc'];
/** Rule ids of the loader and the schema check (`file/utf-16` and `file/invalid-utf-8` have digits). */
const RULE = /^[a-z0-9-]+\/[A-Za-z0-9-]+$/;

interface Seed {
  name: string;
  bytes: Buffer;
}

function walk(dir: string): string[] {
  // Only what samverkan reads as documents: the CI recipes in dot folders and dot files are not.
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
    });
}

function loadSeeds(): Seed[] {
  const examples = walk(EXAMPLES)
    .filter((path) => /\.ya?ml$/i.test(path))
    .map((path) => ({ name: relative(EXAMPLES, path).split(sep).join('/'), bytes: readFileSync(path) }));
  const text = (name: string) => {
    const seed = examples.find((s) => s.name === name);
    if (!seed) throw new Error(`examples/${name} is gone: pick another example for the hand-written seeds`);
    return seed.bytes.toString('utf8');
  };
  const agreement = text('agreements/gnesta-2023.yaml');
  const followUp = text('follow-ups/gnesta-2023-uppfoljning-2024.yaml');
  const review = text('reviews/gnesta-2023-aktualitetsprovning-2024.yaml');
  const handWritten: Seed[] = [
    { name: '(multi-document)', bytes: Buffer.from(`%YAML 1.2\n---\n${followUp}---\n${review}...\n`, 'utf8') },
    { name: '(crlf)', bytes: Buffer.from(agreement.replace(/\n/g, '\r\n'), 'utf8') },
    { name: '(bom)', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(review, 'utf8')]) },
  ];
  return [...examples, ...handWritten];
}

const seeds = loadSeeds();
const keys = [
  ...new Set(
    seeds.flatMap((s) => [...s.bytes.toString('utf8').matchAll(/^[ \t]*(?:- +)*([A-Za-z_][\w-]*):/gm)].map((m) => m[1] ?? '')),
  ),
].sort();

interface Recipe {
  seed: number | 'generated';
  mutations: Mutation[];
  bytes: Buffer;
}

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  {
    weight: 19,
    arbitrary: fc
      .record({
        seed: fc.nat({ max: seeds.length - 1 }),
        mutations: fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 }),
      })
      .map(({ seed, mutations }) => ({ seed, mutations, bytes: applyMutations((seeds[seed] as Seed).bytes, mutations, { keys }) })),
  },
  { weight: 1, arbitrary: generatedArbitrary().map((bytes) => ({ seed: 'generated' as const, mutations: [], bytes })) },
);

const batchArbitrary = fc.array(recipe, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE });

const workspace = mkdtempSync(join(tmpdir(), 'samverkan-property-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Every call that could print, recorded and silenced while the library runs. */
async function silently<T>(run: () => Promise<T>): Promise<{ value: T; printed: string[] }> {
  const printed: string[] = [];
  const record =
    (where: string) =>
    (...args: unknown[]) => {
      printed.push(`${where}: ${args.map(String).join(' ')}`);
      return true;
    };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(record('stdout')),
    vi.spyOn(process.stderr, 'write').mockImplementation(record('stderr')),
    vi.spyOn(process, 'emitWarning').mockImplementation(record('emitWarning')),
    ...(['log', 'warn', 'error', 'info', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(record(`console.${m}`)),
    ),
  ];
  try {
    return { value: await run(), printed };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The text as the loader sees it: without a BOM, and lossily decoded when it is not UTF-8. */
function textOf(bytes: Buffer): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
}

/** Lines as positions count them: split at `\n` only, like SourceFile. */
function linesOf(bytes: Buffer): string[] {
  return textOf(bytes).split('\n');
}

/**
 * Nothing to report in an empty or comment-only file. Lines are YAML 1.2 lines (a lone `\r` breaks
 * a line too), so a comment cannot hide content after an old Mac line ending.
 */
function isBlank(bytes: Buffer): boolean {
  return textOf(bytes)
    .split(/\r\n|\r|\n/)
    .every((line) => /^[ \t]*(#.*)?$/su.test(line) || /^(---|\.\.\.)([ \t]+#.*)?[ \t]*$/su.test(line));
}

interface Failure {
  /** What went wrong, without the details: failures are grouped by it. */
  kind: string;
  detail: string;
}

function positionProblem(at: Position, lines: readonly string[]): string | undefined {
  if (!Number.isInteger(at.line) || !Number.isInteger(at.column)) return 'not an integer';
  if (at.line < 1 || at.line > lines.length) return `line outside 1..${lines.length}`;
  const width = (lines[at.line - 1] as string).length;
  if (at.column < 1 || at.column > width + 1) return `column outside 1..${width + 1}`;
  return undefined;
}

/** What is wrong with a diagnostic's shape and position, as failure kinds. */
function diagnosticProblems(d: Diagnostic, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const start = positionProblem(d.start, lines);
  const end = positionProblem(d.end, lines);
  if (start) problems.push(`start is not in the file (${start})`);
  if (end) problems.push(`end is not in the file (${end})`);
  if (d.end.line < d.start.line || (d.end.line === d.start.line && d.end.column < d.start.column)) problems.push('end before start');
  if (d.severity !== 'error' && d.severity !== 'warning') problems.push('unknown severity');
  if (!RULE.test(d.rule)) problems.push('unexpected rule id');
  if (d.message.trim() === '' || /[\r\n]/.test(d.message)) problems.push('message is not one non-empty line');
  if (d.hint !== undefined && /[\r\n]/.test(d.hint)) problems.push('hint is not one line');
  if (d.pointer !== '' && !d.pointer.startsWith('/')) problems.push('pointer is not a JSON pointer');
  return problems;
}

/** Enough to replay a document (seed and mutations) and to see it (the lines around `line`). */
function describeFile(path: string, r: Recipe, line?: number): string {
  const seed = r.seed === 'generated' ? 'generated from scratch' : `seed ${(seeds[r.seed] as Seed).name}`;
  const text = textOf(r.bytes);
  let shown: string;
  if (text.length <= 600) shown = `content: ${JSON.stringify(text)}`;
  else {
    const lines = text.split('\n');
    const from = Math.max(1, (line ?? 1) - 3);
    shown = lines
      .slice(from - 1, from + 5)
      .map((l, i) => `  ${from + i}: ${JSON.stringify(l)}`)
      .join('\n');
  }
  return `${path}, ${seed}, mutations ${JSON.stringify(r.mutations)}\n${shown}`;
}

function filesUnder(root: string): string[] {
  return walk(root)
    .map((path) => relative(root, path).split(sep).join('/'))
    .sort();
}

interface Tally {
  documents: number;
  clean: number;
  rules: Map<string, number>;
}

async function checkBatch(recipes: readonly Recipe[], lang: Lang, index: number, tally: Tally): Promise<Failure[]> {
  const root = join(workspace, `batch-${index}`);
  const written = new Map<string, Recipe>();
  recipes.forEach((r, i) => {
    const path = `${FOLDERS[i % FOLDERS.length]}/doc-${i}.${i % 5 === 0 ? 'yml' : 'yaml'}`;
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), r.bytes);
    written.set(path, r);
  });
  tally.documents += written.size;
  const paths = [...written.keys()].sort();
  const failures: Failure[] = [];
  const where = `batch ${index} (${lang})`;

  // It resolves, and prints nothing.
  let outcome: { value: ValidationResult; printed: string[] };
  try {
    outcome = await silently(() => validateRepository({ root, lang }));
  } catch (error) {
    return [{ kind: 'validateRepository rejected', detail: `${where}: ${error instanceof Error ? error.stack : String(error)}` }];
  }
  const { value: result, printed } = outcome;
  if (printed.length > 0) failures.push({ kind: 'printed', detail: `${where}:\n${printed.slice(0, 5).join('\n')}` });
  if (JSON.stringify([...result.files].sort()) !== JSON.stringify(paths)) {
    failures.push({ kind: 'files checked are not the files written', detail: `${where}: ${JSON.stringify(result.files)}` });
  }

  // Every diagnostic names a file of the batch, at a real position, in a well-formed shape.
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const r = written.get(d.file);
    if (!r) {
      failures.push({ kind: 'diagnostic on a file that was not written', detail: `${where}: ${JSON.stringify(d)}` });
      continue;
    }
    byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    tally.rules.set(d.rule, (tally.rules.get(d.rule) ?? 0) + 1);
    for (const problem of diagnosticProblems(d, linesOf(r.bytes))) {
      failures.push({ kind: `${problem}: ${d.rule}`, detail: `${JSON.stringify(d)}\n${describeFile(d.file, r, d.start.line)}` });
    }
  }

  // Nothing is dropped silently: a file without documents has a diagnostic, unless it is blank.
  const withDocuments = new Set(result.documents.map((c) => c.document.file));
  for (const [path, r] of written) {
    const diagnostics = byFile.get(path) ?? [];
    if (diagnostics.length === 0) tally.clean += 1;
    if (!withDocuments.has(path) && diagnostics.length === 0 && !isBlank(r.bytes)) {
      failures.push({ kind: 'no document and no diagnostic', detail: describeFile(path, r) });
    }
  }

  // The files are as written, and none appeared or disappeared.
  for (const [path, r] of written) {
    let now: Buffer | undefined;
    try {
      now = readFileSync(join(root, path));
    } catch {
      now = undefined;
    }
    if (!now?.equals(r.bytes)) failures.push({ kind: 'file changed', detail: `${where}: ${path}` });
  }
  const present = filesUnder(root);
  if (JSON.stringify(present) !== JSON.stringify(paths)) {
    const extra = present.filter((p) => !written.has(p));
    failures.push({ kind: 'files appeared or disappeared', detail: `${where}: extra ${JSON.stringify(extra)}` });
  }

  rmSync(root, { recursive: true, force: true });
  return failures;
}

/** One line per kind of failure with its count and first example, so one run shows every bug. */
function summarize(failures: readonly Failure[]): string {
  const kinds = new Map<string, Failure[]>();
  for (const f of failures) kinds.set(f.kind, [...(kinds.get(f.kind) ?? []), f]);
  return [...kinds]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([kind, list]) => `■ ${kind} (${list.length}×), first:\n${(list[0] as Failure).detail}`)
    .join('\n\n');
}

describe('load and check of mutated documents', () => {
  it('starts from valid documents', async () => {
    const root = join(workspace, 'seeds');
    mkdirSync(join(root, 'seeds'), { recursive: true });
    seeds.forEach((s, i) => writeFileSync(join(root, 'seeds', `seed-${i}.yaml`), s.bytes));
    const { value: result, printed } = await silently(() => validateRepository({ root, lang: 'sv' }));
    expect(printed).toEqual([]);
    // The hand-written seeds are copies of examples, so only their domain rules (duplicate ids) may object.
    expect(result.diagnostics.filter((d) => /^(file|yaml|schema)\//.test(d.rule) && d.severity === 'error')).toEqual([]);
    expect(result.files).toHaveLength(seeds.length);
    expect(seeds.length).toBeGreaterThan(10);
  });

  it(`survives ${BATCHES * BATCH_SIZE} mutants without a throw, a print, a lost problem or a changed file`, async () => {
    const tally: Tally = { documents: 0, clean: 0, rules: new Map() };
    const failures: Failure[] = [];
    const batches = fc.sample(batchArbitrary, { seed: SEED, numRuns: BATCHES });
    for (const [index, recipes] of batches.entries()) {
      failures.push(...(await checkBatch(recipes, index % 2 === 0 ? 'sv' : 'en', index, tally)));
    }

    expect(summarize(failures), `${failures.length} failure(s) in ${tally.documents} documents`).toBe('');
    expect(tally.documents).toBeGreaterThanOrEqual(10_000);
    // The mutants reach every layer (the file reader, the YAML parser, the schema) and some stay
    // valid: without this, a broken mutator that made every file binary would pass.
    const family = (prefix: string) =>
      [...tally.rules].filter(([rule]) => rule.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
    for (const prefix of ['file/', 'yaml/', 'schema/']) expect(family(prefix), prefix).toBeGreaterThan(100);
    expect(tally.clean).toBeGreaterThan(100);
  }, 180_000);
});

/**
 * Whole repositories give the same result whichever way their files are parsed: the fast path
 * with the positions it records (`parser: 'fast'`, the default) or yaml's exact parser for every
 * file. The fixtures are full of deliberate mistakes, so the domain rules and the schema ask
 * fast-parsed documents for positions, as they do on real repositories.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository, loadKommuner } from '../../scripts/bench/generate.mjs';
import { CONFIG_FILE } from '../../src/check/config.js';
import { checkSchema } from '../../src/check/schema/check-schema.js';
import { validateRepository, type ValidationResult } from '../../src/check/validate-repository.js';
import { loadFile } from '../../src/load/load-repository.js';
import { SourceFile } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml/index.js';
import { makeHostileRepo } from '../helpers/hostile-repo.js';
import { FIXTURES, PROJECT, tempRepo } from '../helpers/run-cli.js';
import { dataDifference } from '../helpers/same-data.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

let generatedRoot: string | undefined;
function generated(): string {
  if (generatedRoot) return generatedRoot;
  const root = tempRepo('parser-equivalence');
  temps.push(root);
  generateRepository(root, { kommuner: loadKommuner().slice(0, 5) });
  return (generatedRoot = root);
}

function hostile(): string {
  const { root, outside } = makeHostileRepo();
  temps.push(root, outside);
  return root;
}

/** What validation gives, or the error it throws: either must be the same both ways. */
async function outcome(root: string, parser: 'fast' | 'exact'): Promise<{ result?: ValidationResult; error?: string }> {
  try {
    return { result: await validateRepository({ root, parser }) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Every difference between the two results, one line each. */
function differences(fast: ValidationResult, exact: ValidationResult): string[] {
  const found: string[] = [];
  if (fast.documents.length !== exact.documents.length) found.push(`${fast.documents.length} documents ≠ ${exact.documents.length}`);
  fast.documents.forEach((a, i) => {
    const b = exact.documents[i];
    const where = `${a.document.file}#${a.document.index}`;
    if (!b) return;
    if (a.document.file !== b.document.file || a.document.index !== b.document.index) {
      found.push(`${where} ≠ ${b.document.file}#${b.document.index}`);
    }
    const data = dataDifference(a.document.data, b.document.data);
    if (data) found.push(`${where}: ${data}`);
    for (const field of ['kind', 'valid', 'derivable'] as const) {
      if (a[field] !== b[field]) found.push(`${where}: ${field} ${String(a[field])} ≠ ${String(b[field])}`);
    }
    if (a.document.wellFormed !== b.document.wellFormed) found.push(`${where}: wellFormed differs`);
  });
  return found;
}

/** What the generator writes and the fast path leaves to yaml: nothing. */
const LEFT_TO_YAML = new Set<string>();

/** How the fast path reads a file: 'fast' or the reason it left the file to yaml. */
function fastPath(file: string): string {
  const parsed = parseYaml(new SourceFile(file, readFileSync(file, 'utf8')), 'sv').parsedBy;
  return parsed?.path === 'exact' ? parsed.reason : 'fast';
}

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('validateRepository: the fast and the exact parser agree', () => {
  it.each<[string, () => string]>([
    ['examples', () => join(PROJECT, 'examples')],
    ...fixtures.map((name): [string, () => string] => [`fixture ${name}`, () => join(FIXTURES, name)]),
    ['a generated repository of five kommuner', generated],
    ['the hostile repository', hostile],
  ])('%s', async (_name, root) => {
    const dir = root();
    const fast = await outcome(dir, 'fast');
    const exact = await outcome(dir, 'exact');
    expect(fast.error).toEqual(exact.error);
    if (!fast.result || !exact.result) return;
    expect(fast.result.files).toEqual(exact.result.files);
    expect(fast.result.config).toStrictEqual(exact.result.config);
    expect(fast.result.diagnostics).toStrictEqual(exact.result.diagnostics);
    expect(differences(fast.result, exact.result)).toEqual([]);
    // samverkan.yaml on its own too: its load and schema findings, both ways.
    if (existsSync(join(dir, CONFIG_FILE))) {
      const [a, b] = (['fast', 'exact'] as const).map((parser) => loadFile(join(dir, CONFIG_FILE), CONFIG_FILE, 'sv', parser));
      expect(a?.diagnostics).toStrictEqual(b?.diagnostics);
      expect(dataDifference(a?.documents.map((d) => d.data), b?.documents.map((d) => d.data))).toBeUndefined();
      const schema = (file: typeof a) => file?.documents.map((d) => checkSchema(d, 'sv').diagnostics);
      expect(schema(a)).toStrictEqual(schema(b));
    }
  });

  it('compares positions the fast path recorded: fixture files the fast path takes have findings', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    const located: string[] = [];
    for (const name of fixtures) {
      const { result } = await outcome(join(FIXTURES, name), 'fast');
      for (const file of new Set(result?.diagnostics.map((d) => join(FIXTURES, name, d.file)))) {
        if (existsSync(file) && fastPath(file) === 'fast') located.push(file);
      }
    }
    expect(located.length).toBeGreaterThanOrEqual(5);
  });

  it('takes the files of the generated repository the fast way, but for the styles it leaves to yaml', () => {
    // The benchmark measures the fast path only if it takes what the generator writes.
    const root = generated();
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(80);
    const reasons = new Set(files.map((e) => fastPath(join(e.parentPath, e.name))));
    expect([...reasons].filter((reason) => reason !== 'fast' && !LEFT_TO_YAML.has(reason))).toEqual([]);
  });
});

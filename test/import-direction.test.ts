import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/run-cli.js';

const SRC = join(PROJECT, 'src');

/** Every relative import of the TypeScript files below a folder (tests included), as src-relative paths. */
function importsBelow(folder: string): { file: string; target: string }[] {
  const found: { file: string; target: string }[] = [];
  for (const entry of readdirSync(join(SRC, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      found.push({ file: relative(SRC, path), target: relative(SRC, resolve(dirname(path), match[1]!)) });
    }
  }
  return found;
}

/**
 * The domain layer sits below check, derive and present (the guide's "one direction of flow"): it
 * may use the shared types and the loaded documents, never a stage above it or the CLI.
 */
describe('the direction of imports', () => {
  const ABOVE_DOMAIN = ['check/', 'derive/', 'present/', 'cli/'];

  it('domain/ imports nothing from check/, derive/, present/ or cli/', () => {
    const imports = importsBelow('domain');
    // The scan must see the domain's own imports, or it proves nothing.
    expect(imports.some((i) => i.target.startsWith('domain/calendar/'))).toBe(true);
    const upward = imports.filter((i) => ABOVE_DOMAIN.some((stage) => i.target.startsWith(stage)));
    expect(upward.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });

  it('the scan would catch one', () => {
    const line = "import { x } from '../check/check.js';";
    const match = /(?:from|import)\s*\(?\s*'(\.[^']+)'/.exec(line);
    expect(relative(SRC, resolve(join(SRC, 'domain'), match![1]!))).toBe('check/check.js');
  });

  it('no stage reads a document through a double cast', () => {
    const offenders: string[] = [];
    const stages = ['domain', 'check', 'derive', 'present'].map((stage) => join(SRC, stage));
    for (const entry of stages.flatMap((stage) => readdirSync(stage, { recursive: true, withFileTypes: true }))) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      if (text.includes('as unknown as')) offenders.push(relative(SRC, join(entry.parentPath, entry.name)));
    }
    expect(offenders).toEqual([]);
  });
});

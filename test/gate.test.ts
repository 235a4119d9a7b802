import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/run-cli.js';

/** What `npm test` (and so CI) runs before the tests: a type error in a test or a lint finding stops it. */
describe('the gate of npm test', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('builds, type-checks sources and tests, and lints before vitest runs', () => {
    expect(pkg.scripts.pretest).toBe('npm run build && npm run typecheck && npm run lint');
    expect(pkg.scripts.lint).toBe('eslint .');
    expect(pkg.scripts.typecheck).toBe('tsc -p tsconfig.json --noEmit');
    const tsconfig = JSON.parse(readFileSync(join(PROJECT, 'tsconfig.json'), 'utf8')) as { include: string[] };
    expect(tsconfig.include).toEqual(expect.arrayContaining(['src', 'test']));
  });
});

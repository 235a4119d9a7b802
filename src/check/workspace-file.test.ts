import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../errors.js';
import { WORKSPACE_FILE } from '../model/file-names.js';
import { readWorkspaceFile, workspaceOfRoots } from './workspace-file.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A region's folder with these kommun folders and a workspace file of these lines. */
function region(kommuner: readonly string[], ...lines: string[]): string {
  const base = mkdtempSync(join(tmpdir(), 'samverkan-workspace-'));
  folders.push(base);
  for (const kommun of kommuner) mkdirSync(join(base, kommun), { recursive: true });
  writeFileSync(join(base, WORKSPACE_FILE), `${lines.join('\n')}\n`);
  return base;
}

async function failure(path: string, lang?: 'sv' | 'en'): Promise<Error> {
  const error: unknown = await readWorkspaceFile(path, lang).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('readWorkspaceFile', () => {
  it('gives the roots relative to the file, in order, and its language', async () => {
    const base = region(['gnesta', 'kommuner/trosa'], 'kind: workspace', 'language: en', 'roots:', '  - kommuner/trosa', '  - gnesta/');
    expect(await readWorkspaceFile(join(base, WORKSPACE_FILE), undefined)).toEqual({
      base,
      roots: [join(base, 'kommuner', 'trosa'), join(base, 'gnesta')],
      file: join(base, WORKSPACE_FILE),
      language: 'en',
    });
  });

  it('takes the folder that holds the file', async () => {
    const base = region(['gnesta'], 'kind: workspace', 'roots: [gnesta]');
    expect((await readWorkspaceFile(base, undefined)).roots).toEqual([join(base, 'gnesta')]);
  });

  it('refuses a file that does not exist as an input error', async () => {
    const error = await failure(join(tmpdir(), 'samverkan-no-such-folder', WORKSPACE_FILE));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Arbetsytans fil finns inte: /);
  });

  it('refuses schema mistakes with their line, column and a did-you-mean', async () => {
    const base = region(['gnesta'], 'kind: workspace', 'roots: [gnesta]', 'langauge: en');
    const error = await failure(base);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^samverkan-workspace\.yaml:3:1: .*"langauge".*"language"/);
    expect((await failure(region([], 'kind: workspace', 'roots: []'))).message).toMatch(/^samverkan-workspace\.yaml:2:8: /);
  });

  it('refuses another kind, and two documents', async () => {
    expect((await failure(region([], 'kind: config'))).message).toBe('samverkan-workspace.yaml: ska innehålla ett enda dokument med kind: workspace.');
    expect((await failure(region(['a'], 'kind: workspace', 'roots: [a]', '---', 'kind: workspace', 'roots: [a]'))).message).toMatch(/ett enda dokument/);
  });

  it('refuses a missing folder at its line, suggesting the folder meant', async () => {
    const base = region(['kommuner/gnesta', 'kommuner/trosa'], 'kind: workspace', 'roots:', '  - kommuner/trosa', '  - kommuner/gnestaa');
    const error = await failure(base);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('samverkan-workspace.yaml:4:5: Mappen "kommuner/gnestaa" finns inte – menade du "kommuner/gnesta"?');
  });

  it('refuses an absolute path, a file and a folder listed twice, in English when asked', async () => {
    const base = region(['gnesta'], 'kind: workspace', 'roots:', `  - ${join(tmpdir())}`);
    expect((await failure(base, 'en')).message).toMatch(/^samverkan-workspace\.yaml:3:5: roots: ".*" is an absolute path/);
    const withFile = region(['gnesta'], 'kind: workspace', 'roots: [gnesta, samverkan-workspace.yaml]');
    expect((await failure(withFile)).message).toBe('samverkan-workspace.yaml:2:17: "samverkan-workspace.yaml" under roots: är ingen mapp');
    const twice = region(['gnesta'], 'kind: workspace', 'roots:', '  - gnesta', '  - ./gnesta');
    expect((await failure(twice)).message).toBe('samverkan-workspace.yaml:4:5: Mappen "./gnesta" står redan under roots: på rad 3');
  });

  it('speaks the language the file asks for', async () => {
    const base = region([], 'kind: workspace', 'language: en', 'roots: [gone]');
    expect((await failure(base)).message).toBe('samverkan-workspace.yaml:3:9: The folder "gone" does not exist');
  });
});

describe('workspaceOfRoots', () => {
  it('makes a single root its own base, so paths stay as they were', () => {
    expect(workspaceOfRoots('/work', ['examples'])).toEqual({ base: '/work/examples', roots: ['/work/examples'] });
  });

  it('gives several roots the current folder as base, each once', () => {
    expect(workspaceOfRoots('/work', ['a', 'b/', './a'])).toEqual({ base: '/work', roots: ['/work/a', '/work/b'] });
  });
});

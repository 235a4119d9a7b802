import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findFiles } from './find-files.js';

/*
 * A folder deleted while the repository is walked: between the listing that names it and the
 * listing of the folder itself. The walk takes microseconds, so the deletion is staged here, in
 * the listing (node:fs mocked for this file only), where no test could time it from outside.
 */
const vanishing = new Set<string>();
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdirSync = (...args: unknown[]): unknown => {
    const [path] = args;
    if (typeof path === 'string' && vanishing.has(path)) {
      fs.rmSync(path, { recursive: true });
      vanishing.delete(path);
    }
    return Reflect.apply(fs.readdirSync, fs, args) as unknown;
  };
  return { ...fs, readdirSync };
});

const root = realpathSync(mkdtempSync(join(tmpdir(), 'samverkan-vanishing-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findFiles: a folder deleted during the walk', () => {
  it('is a finding for that folder, and the rest is found', async () => {
    for (const path of ['a.yaml', 'gone/b.yaml', 'z/c.yaml']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'kind: agreement\n');
    }
    vanishing.add(join(root, 'gone'));
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['a.yaml', 'z/c.yaml']);
    expect(found.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.rule} ${d.message}`)).toEqual([
      'gone:1:1 file/unreadable-folder Mappen försvann medan arkivet lästes (ENOENT); filerna i den har inte kontrollerats',
    ]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A file system that gives a regular file in pieces, as a network share may: at most 7 bytes a read.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readSync: (fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number | null) =>
      fs.readSync(fd, buffer, offset, Math.min(length, 7), position),
  };
});

const { readSource } = await import('./read-source.js');
const dir = mkdtempSync(join(tmpdir(), 'samverkan-read-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSource on a file system that reads in pieces', () => {
  it('reads the whole file, not the first piece', () => {
    const content = 'kind: agreement\nid: gnesta-2023\ntitle: Överenskommelse för Gnesta\n';
    writeFileSync(join(dir, 'a.yaml'), content);
    const result = readSource(join(dir, 'a.yaml'), 'a.yaml', 'sv');
    expect(result.ok && result.source.text).toBe(content);
  });
});

import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statIfAny } from './stat-if-any.js';

describe('statIfAny', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-stat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tells a folder from a file, and gives nothing for what is not there or leads nowhere', () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    symlinkSync(join(dir, 'gone'), join(dir, 'broken'));
    expect(statIfAny(dir)?.isDirectory()).toBe(true);
    expect(statIfAny(join(dir, 'a.yaml'))?.isFile()).toBe(true);
    expect(statIfAny(join(dir, 'missing'))).toBeUndefined();
    expect(statIfAny(join(dir, 'broken'))).toBeUndefined();
    expect(statIfAny(join(dir, 'a.yaml', 'below'))).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { loadFile } from './load-repository.js';
import { RunBudget } from './run-budget.js';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('the run budget', () => {
  it('reads documents up to the run limit, then none: the rest are findings, never silently missing', () => {
    root = mkdtempSync(join(tmpdir(), 'run-budget-'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a.yaml'), 'kind: annual_review\n---\n'.repeat(3));
    writeFileSync(join(root, 'b', 'c.yaml'), 'kind: annual_review\n---\nkind: annual_review\n---\nkind: annual_review\n');
    writeFileSync(join(root, 'd.yaml'), 'kind: annual_review\n');
    const budget = new RunBudget({ ...LIMITS, maxDocumentsPerRun: 5 });
    // The finding is at the first document left out, at its ---.
    const files = ['a.yaml', 'b/c.yaml', 'd.yaml'].map((path) => loadFile(join(root!, path), path, 'en', 'fast', budget));
    expect(files.map((f) => f.documents.length)).toEqual([3, 2, 0]);
    const where = files.flatMap((f) => f.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.rule} ${d.message}`));
    expect(where).toEqual([
      'b/c.yaml:4:1 file/document-limit The run has already read 5 documents, the most it reads; this and the rest of the repository were not read',
      'd.yaml:1:1 file/document-limit The run has already read 5 documents, the most it reads; this and the rest of the repository were not read',
    ]);
  });
});

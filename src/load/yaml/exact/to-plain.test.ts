import { describe, expect, it } from 'vitest';
import { RunBudget } from '../../run-budget.js';
import type { LoadedFile } from '../../loaded-document.js';
import { SourceFile } from '../../source.js';
import { parseYaml } from '../index.js';

const parse = (text: string, budget = new RunBudget()): LoadedFile =>
  parseYaml(new SourceFile('a.yaml', text), 'en', { exact: true, budget: budget.forFile() });
const found = (file: LoadedFile) => file.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.rule} ${d.messageId}`);

/** A document whose aliases expand to 90 + `n` × 100 nodes (an alias met inside another's expansion counts too). */
function expanding(n: number): string {
  return [
    'kind: annual_review',
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    `e: [${Array.from({ length: n }, () => '*b').join(', ')}]`,
    '',
  ].join('\n');
}

/** Anchors defined inside complex keys (which are refused, so cost nothing) chained `n` deep, then used once. */
function chain(n: number): string {
  const lines = ['kind: annual_review', '? &a0 x', ': 1'];
  for (let i = 1; i < n; i++) lines.push(`? &a${i} [*a${i - 1}]`, ': 1');
  return [...lines, `deep: *a${n - 1}`, ''].join('\n');
}

describe('toPlain: what aliases may expand to', () => {
  it('gives the documents of one file one budget, so a bomb spread over many small documents is stopped', () => {
    const one = expanding(60);
    expect(parse(one).diagnostics).toEqual([]);
    const file = parse(`${one}---\n${one}---\n${one}`);
    // 6 090 nodes, then 3 910 left: the second document stops at its 39th *b, the third at once.
    expect(found(file)).toEqual(['9:157 yaml/alias-limit alias-limit', '13:8 yaml/alias-limit alias-limit']);
    expect(file.documents.map((d) => d.wellFormed)).toEqual([true, false, false]);
  });

  it('gives the files of a run one budget, and says so in the finding of the file that meets it', () => {
    const run = new RunBudget();
    // 9 680 nodes a file, under the file's limit: ten files take 96 800 of the run's 100 000.
    const files = Array.from({ length: 11 }, () => parse(`${expanding(90)}---\n${expanding(5)}`, run));
    expect(files.slice(0, 10).every((f) => f.diagnostics.length === 0)).toBe(true);
    expect(found(files[10]!)).toEqual(['4:129 yaml/alias-limit alias-run-limit', '8:8 yaml/alias-limit alias-run-limit']);
    expect(files[10]!.diagnostics[0]!.message).toContain('100000');
  });

  it('holds data that aliases nest to the depth limit, at the alias, without exhausting the stack', () => {
    for (const n of [70, 2_500]) {
      const file = parse(chain(n));
      expect(found(file).filter((f) => !f.includes('complex-key'))).toEqual([`${2 * n + 2}:7 yaml/too-deep alias-too-deep`]);
      expect(file.documents[0]!.wellFormed).toBe(false);
    }
    // 64 levels are allowed, through aliases too.
    const file = parse(chain(63));
    expect(found(file).filter((f) => !f.includes('complex-key'))).toEqual([]);
    let depth = 0;
    for (let data = (file.documents[0]!.data as { deep: unknown }).deep; Array.isArray(data); data = data[0]) depth += 1;
    expect(depth).toBe(62);
  });

  it('resolves an alias to the latest anchor of its name before it, as yaml does', () => {
    const file = parse('a: &x 1\nb: *x\nc: &x [2, 3]\nd: *x\n');
    expect(file.documents[0]!.data).toEqual({ a: 1, b: 1, c: [2, 3], d: [2, 3] });
    expect(file.diagnostics).toEqual([]);
  });

  it('finds duplicate keys itself, also among many keys, and places each through the key index', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}: ${i}`);
    const file = parse(['kind: annual_review', ...keys, 'k7: again', 'k2999: again', ''].join('\n'));
    expect(found(file)).toEqual(['3002:1 yaml/duplicate-key duplicate-key', '3003:1 yaml/duplicate-key duplicate-key']);
    const [start] = file.documents[0]!.locate('/k2999', 'key');
    expect(file.documents[0]!.source.positionAt(start)).toEqual({ line: 3001, column: 1 });
  });
});

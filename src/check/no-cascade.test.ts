/**
 * The engine's promise, tried against every rule: a rule never sees a value that failed its
 * schema, and a value that fails its schema costs only the findings that needed it. The domain-rules
 * fixture breaks every rule once; here each value of each of its documents is broken in turn (made
 * a mapping, which no scalar field accepts; a document's id is written in capitals, the way ids
 * go wrong) and the whole repository checked again.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/run-cli.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { child, parsePointer } from '../model/pointer.js';
import type { LoadedDocument } from '../load/loaded-document.js';
import { loadRepository, type LoadedRepository } from '../load/load-repository.js';
import { checkRepository } from './check.js';
import { RULES } from './rules/index.js';

const DOMAIN = new Set(RULES.map((r) => r.id));
// Without the message: a did-you-mean may name another candidate once one has become invalid.
const key = (d: Diagnostic) => `${d.file}:${d.start.line} ${d.rule} ${d.pointer}`;
const domainFindings = (repository: LoadedRepository) => checkRepository(repository, { lang: 'sv' }).diagnostics.filter((d) => DOMAIN.has(d.rule));

/** Every scalar's pointer in a document's data. */
function leaves(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, child(pointer, i)));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, child(pointer, k)));
  return [pointer];
}

/** The repository with the value at `pointer` of one document replaced by a mapping. */
function broken(repository: LoadedRepository, target: LoadedDocument, pointer: string): LoadedRepository {
  const data = structuredClone(target.data) as Record<string, unknown>;
  const segments = parsePointer(pointer);
  let parent: Record<string, unknown> = data;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  const last = segments[segments.length - 1]!;
  parent[last] = pointer === '/id' ? String(parent[last]).toUpperCase() : { broken: true };
  // The rest of the document (its source, its tree for positions) stays the original's.
  const document = Object.create(target, { data: { value: data } }) as LoadedDocument;
  return {
    ...repository,
    files: repository.files.map((f) => (f.documents.includes(target) ? { ...f, documents: f.documents.map((d) => (d === target ? document : d)) } : f)),
  };
}

/** The first and last line of a document in its file. */
function linesOf(document: LoadedDocument): [number, number] {
  const [start, end] = document.span;
  return [document.source.positionAt(start).line, document.source.positionAt(end).line];
}

describe('no cascade: every rule, every value broken in turn', async () => {
  const repository = await loadRepository(join(FIXTURES, 'domain-rules'), { lang: 'sv' });
  const baseline = domainFindings(repository);
  const before = new Set(baseline.map(key));
  const documents = repository.files.flatMap((f) => f.documents);
  const cases = documents.flatMap((document) => leaves(document.data).filter((p) => p !== '/kind').map((pointer) => ({ document, pointer })));
  // Each rule whose finding a broken value took away: proof that the sweep reached its inputs.
  const skipped = new Set<string>();

  it('has a finding of every rule to lose, and many values to break', () => {
    expect(new Set(baseline.map((d) => d.rule))).toEqual(DOMAIN);
    expect(cases.length).toBeGreaterThan(100);
  });

  it('never lets a rule see a broken value, nor find anything new because of it', () => {
    const problems: string[] = [];
    for (const { document, pointer } of cases) {
      const after = domainFindings(broken(repository, document, pointer));
      const name = `${document.file}#${pointer}`;
      const [first, last] = linesOf(document);
      for (const d of after) {
        if (!before.has(key(d))) problems.push(`${name}: new finding ${key(d)}`);
        const inDocument = d.file === document.file && d.start.line >= first && d.start.line <= last;
        if (inDocument && (d.pointer === pointer || d.pointer.startsWith(`${pointer}/`))) problems.push(`${name}: ${d.rule} saw it`);
      }
      const kept = new Set(after.map(key));
      for (const d of baseline) if (!kept.has(key(d))) skipped.add(d.rule);
    }
    expect(problems).toEqual([]);
    expect([...DOMAIN].filter((rule) => !skipped.has(rule))).toEqual([]);
  });

  it('keeps every finding when what breaks is read by no rule', () => {
    const unread = cases.filter(({ pointer }) => /^\/(title|case_number|decided_by)$|\/(status|assessment|text|comment|role)$/.test(pointer));
    expect(unread.length).toBeGreaterThan(10);
    for (const { document, pointer } of unread) {
      expect(domainFindings(broken(repository, document, pointer)).map(key), `${document.file}#${pointer}`).toEqual(baseline.map(key));
    }
  });
});

import { eitherSupersedes, isSigned, municipalityCodes } from '../../../domain/agreement-facts.js';
import type { RepositoryIndex } from '../../../domain/repository-index.js';
import type { TypedDocument } from '../../../domain/typed-document.js';
import type { LoadedDocument } from '../../../load/loaded-document.js';
import { readIfValid } from '../../../model/guarded-data.js';

type AgreementDocument = TypedDocument<'agreement'>;

/**
 * Most overlapping agreements an agreement's finding counts one by one; beyond that it says
 * "more than". A repository with thousands of copies of one signed agreement has millions of
 * overlapping pairs, and a finding per pair (or a list of them all) ran out of memory.
 */
export const MAX_COUNTED_OVERLAPS = 100;

/** The signed agreements of a kommun that an agreement overlaps and that come before it in {@link compare}'s order. */
export interface Overlaps {
  /** In that order, at most {@link MAX_COUNTED_OVERLAPS}. */
  earlier: readonly AgreementDocument[];
  /** Whether there are more than {@link MAX_COUNTED_OVERLAPS}. */
  more: boolean;
}

interface InForce {
  document: AgreementDocument;
  id: string;
  supersedes: string | undefined;
  from: string;
  to: string;
}

const NONE: Overlaps = { earlier: [], more: false };
const swept = new WeakMap<RepositoryIndex, Map<LoadedDocument, Overlaps>>();

/**
 * The earlier signed agreements that share a kommun and a day in force with this one, neither
 * superseding the other. Found for the whole repository at the first question (the rule asks for
 * every agreement), in O(n log n): per kommun, a sweep by valid_from keeps the agreements still in
 * force, so no pair is ever looked at that cannot overlap, and at most a bounded number of those
 * that do are collected per agreement.
 */
export function overlapsOf(repository: RepositoryIndex, document: AgreementDocument): Overlaps {
  let found = swept.get(repository);
  if (!found) swept.set(repository, (found = sweep(repository.ofKind('agreement'))));
  return found.get(document.loaded) ?? NONE;
}

/** Earlier by valid_from, then id, then place in the repository, so exactly one of two is earlier. */
function compare(a: InForce, b: InForce): number {
  const key = (d: InForce) => [d.from, d.id, d.document.loaded.file, String(d.document.loaded.index).padStart(9, '0')];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

function sweep(agreements: readonly AgreementDocument[]): Map<LoadedDocument, Overlaps> {
  const byKommun = new Map<string, InForce[]>();
  for (const document of agreements) {
    // An agreement whose needed values failed their schema, that is unsigned, or whose period
    // ends before it starts (period/order's finding) is in force on no day and overlaps nothing.
    const entry = readIfValid((): [InForce, string[]] | undefined => {
      const { data } = document;
      if (!isSigned(data) || data.valid_to < data.valid_from) return undefined;
      return [{ document, id: data.id, supersedes: data.supersedes, from: data.valid_from, to: data.valid_to }, municipalityCodes(data)];
    });
    if (!entry) continue;
    for (const code of entry[1]) {
      const group = byKommun.get(code);
      if (group) group.push(entry[0]);
      else byKommun.set(code, [entry[0]]);
    }
  }
  // What each kommun's sweep found, per agreement: a joint agreement gets one list per kommun.
  const partial = new Map<InForce, InForce[]>();
  for (const group of byKommun.values()) {
    group.sort(compare);
    const byEnd = [...group].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
    // In the order they started: an agreement that has ended before the current one starts is
    // left, and never comes back, since the sweep's starts only grow.
    const inForce = new Set<InForce>();
    let ended = 0;
    for (const current of group) {
      while (ended < byEnd.length && byEnd[ended]!.to < current.from) inForce.delete(byEnd[ended++]!);
      const list = partial.get(current) ?? [];
      let added = 0;
      for (const other of inForce) {
        if (eitherSupersedes(current, other)) continue;
        list.push(other);
        if (++added > MAX_COUNTED_OVERLAPS) break;
      }
      partial.set(current, list);
      inForce.add(current);
    }
  }
  const result = new Map<LoadedDocument, Overlaps>();
  for (const [current, list] of partial) {
    if (list.length === 0) continue;
    const earlier = [...new Set(list)].sort(compare);
    result.set(current.document.loaded, {
      earlier: earlier.slice(0, MAX_COUNTED_OVERLAPS).map((e) => e.document),
      more: earlier.length > MAX_COUNTED_OVERLAPS,
    });
  }
  return result;
}

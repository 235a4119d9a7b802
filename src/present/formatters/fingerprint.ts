import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../model/diagnostic.js';

/**
 * Fingerprints from rule, file and JSON pointer: no line or column, so a finding keeps its
 * fingerprint when lines are added above it, and code scanning keeps its alert (and its
 * dismissal), GitLab its Code Quality entry. One rule can find several things at one pointer (two
 * missing fields at ''); like GitHub's own `primaryLocationLineHash`, the second and later get
 * `:2`, `:3` in the order given, so that GitLab, which keeps one finding per fingerprint, keeps
 * them all. Callers pass the findings sorted, so the numbering is stable.
 */
export function fingerprintsOf(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const hash = createHash('sha256').update(`${d.rule}\0${d.file}\0${d.pointer}`, 'utf8').digest('hex');
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}:${count}`;
  });
}

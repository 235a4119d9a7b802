import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic, type MessageSpec } from '../model/messages.js';

/**
 * Most findings shown for one file (README, "Gränser"). A file with more has one cause behind
 * most of them (300 000 copies of a key, a generated file); the first ones show it, and a list of
 * hundreds of thousands helps nobody and made every output megabytes long.
 */
export const MAX_FINDINGS_PER_FILE = 100;

const MORE: MessageSpec = {
  message: {
    sv: '{count} fynd till i filen visas inte ({errors} fel, {warnings} varningar); bara de första {max} visas',
    en: '{count} more findings in the file are not shown ({errors} errors, {warnings} warnings); only the first {max} are',
  },
  hint: {
    sv: 'Rätta de första felen och kör igen; många fynd har oftast en gemensam orsak.',
    en: 'Fix the first ones and run again; many findings usually have one cause.',
  },
};

/**
 * Findings sorted by file, with each file's beyond the first {@link MAX_FINDINGS_PER_FILE} given
 * as one finding where the first of them was: `file/too-many-findings`, an error when any of them
 * is. The first finding of each rule is always shown, so every kind of mistake in the file is seen
 * once (and a finding that part of the file was not read is never hidden). Also returns how many
 * errors and warnings there were in all, hidden ones included.
 */
export function capPerFile(sorted: readonly Diagnostic[], lang: Lang): { diagnostics: Diagnostic[]; errors: number; warnings: number } {
  const diagnostics: Diagnostic[] = [];
  let errors = 0;
  for (let start = 0; start < sorted.length; ) {
    const file = sorted[start]!.file;
    let end = start;
    let fileErrors = 0;
    for (; end < sorted.length && sorted[end]!.file === file; end++) if (sorted[end]!.severity === 'error') fileErrors += 1;
    errors += fileErrors;
    if (end - start <= MAX_FINDINGS_PER_FILE + 1) {
      for (let i = start; i < end; i++) diagnostics.push(sorted[i]!);
    } else {
      const hidden: Diagnostic[] = [];
      const rules = new Set<string>();
      let at = -1;
      for (let i = start; i < end; i++) {
        const diagnostic = sorted[i]!;
        if (i === start + MAX_FINDINGS_PER_FILE) at = diagnostics.push(diagnostic) - 1;
        if (i < start + MAX_FINDINGS_PER_FILE || !rules.has(diagnostic.rule)) diagnostics.push(diagnostic);
        else hidden.push(diagnostic);
        rules.add(diagnostic.rule);
      }
      // In its place in the order, where the first finding it stands for was.
      diagnostics[at] = more(hidden, lang);
    }
    start = end;
  }
  return { diagnostics, errors, warnings: sorted.length - errors };
}

/** How many of the findings are errors and how many warnings. */
export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.reduce((sum, d) => sum + (d.severity === 'error' ? 1 : 0), 0);
  return { errors, warnings: diagnostics.length - errors };
}

function more(hidden: readonly Diagnostic[], lang: Lang): Diagnostic {
  const { errors } = countSeverities(hidden);
  const first = hidden[0]!;
  return createDiagnostic(
    {
      rule: 'file/too-many-findings',
      messageId: 'too-many-findings',
      spec: MORE,
      data: { count: hidden.length, errors, warnings: hidden.length - errors, max: MAX_FINDINGS_PER_FILE },
      severity: errors > 0 ? 'error' : 'warning',
      file: first.file,
      start: first.start,
    },
    lang,
  );
}

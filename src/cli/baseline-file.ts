import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { applyBaseline, baselineText, parseBaseline } from '../check/baseline.js';
import { capPerFile } from '../check/finding-cap.js';
import type { ValidationResult } from '../check/validate-repository.js';
import { InputError, UsageError } from '../errors.js';
import { compareDiagnostics } from '../model/diagnostic.js';
import { localize, type Lang } from '../model/lang.js';
import type { Io } from './io.js';
import { writeOutput } from './write-atomic.js';

/** `--baseline FILE` as the check needs it: its path as findings name it, and its text unless it is to be written. */
export interface BaselineFile {
  /** As given, relative to the current folder. */
  path: string;
  /** Relative to the workspace (the root, for one), with `/`: the name findings give it. */
  shown: string;
  /** Undefined when the file does not exist yet (and --update-baseline will write it). */
  text: string | undefined;
}

export async function readBaselineFile(io: Pick<Io, 'cwd'>, root: string, path: string | undefined, update: boolean, lang: Lang): Promise<BaselineFile | undefined> {
  if (path === undefined) {
    if (update) throw new UsageError(localize({ sv: '--update-baseline kräver --baseline FIL.', en: '--update-baseline needs --baseline FILE.' }, lang));
    return undefined;
  }
  const absolute = resolve(io.cwd, path);
  const shown = relative(root, absolute).split(sep).join('/');
  const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (update && error.code === 'ENOENT') return undefined;
    throw new InputError(
      localize({ sv: 'Kan inte läsa baslinjen {path} ({reason})', en: 'Cannot read the baseline {path} ({reason})' }, lang, { path, reason: error.code ?? String(error) }),
      {
        hint: localize(
          { sv: 'Skapa den med samverkan validate --baseline {path} --update-baseline.', en: 'Create it with samverkan validate --baseline {path} --update-baseline.' },
          lang,
          { path },
        ),
        cause: error,
      },
    );
  });
  return { path, shown, text };
}

/**
 * `--update-baseline`: writes the findings that count today (all of them: the check ran without
 * the per-file cap) to the baseline file (atomically, never over a file the run read), and gives
 * back the result as the new baseline sees it, capped like every other.
 */
export async function updateBaseline<R extends Pick<ValidationResult, 'lang' | 'diagnostics' | 'suppressed'>>(
  io: Io,
  result: R,
  file: BaselineFile,
  inputs: readonly string[],
): Promise<R> {
  const { lang } = result;
  const text = baselineText(result.diagnostics);
  await writeOutput(io, file.path, text, { lang, inputs });
  const baseline = parseBaseline(text, file.shown, lang);
  const applied = applyBaseline(result.diagnostics, baseline, lang);
  const count = baseline.entries.reduce((sum, e) => sum + e.count, 0);
  io.stderr(`samverkan: ${localize({ sv: 'Baslinjen {path} har {count} fynd.', en: 'The baseline {path} holds {count} finding(s).' }, lang, { path: file.path, count })}\n`);
  const capped = capPerFile(applied.active.sort(compareDiagnostics), lang);
  return {
    ...result,
    diagnostics: capped.diagnostics,
    totals: { errors: capped.errors, warnings: capped.warnings },
    suppressed: [...result.suppressed, ...applied.suppressed].sort(compareDiagnostics),
  };
}

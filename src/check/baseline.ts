import { InputError } from '../errors.js';
import { compareStrings, type Diagnostic } from '../model/diagnostic.js';
import { localize, type Lang } from '../model/lang.js';
import { createDiagnostic } from '../model/messages.js';
import { suppressible } from './suppressions.js';

/*
 * A baseline: the findings a repository had when it started using samverkan (or a new rule), to
 * be fixed over time without blocking every pull request meanwhile. A finding is keyed by file,
 * rule and pointer, never by line, so editing around it does not wake it; the same key may stand
 * for several findings (two missing fields of one mapping), so entries count. The file is small
 * versioned JSON, one entry per line in a stable order, so that its diffs review well.
 */

export interface BaselineEntry {
  file: string;
  rule: string;
  pointer: string;
  count: number;
  /** Where the entry stands in the baseline file, to point at one that matches nothing. */
  line: number;
}

export interface Baseline {
  /** The baseline file as findings name it: relative to the root, with `/`. */
  file: string;
  entries: BaselineEntry[];
}

export interface BaselineResult {
  /** The findings the baseline does not hold, then one warning per entry that matched nothing. */
  active: Diagnostic[];
  /** The findings it holds, each marked with the baseline. */
  suppressed: Diagnostic[];
}

const VERSION = 1;

const key = (d: { file: string; rule: string; pointer: string }) => `${d.file}\u0000${d.rule}\u0000${d.pointer}`;

/** Whether a finding may go in a baseline: not one of a rule that guards reading or of an exception. */
export function baselineable(diagnostic: Diagnostic): boolean {
  return suppressible(diagnostic.rule);
}

/** The baseline file's text for these findings. */
export function baselineText(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, { file: string; rule: string; pointer: string; count: number }>();
  for (const d of diagnostics) {
    if (!baselineable(d)) continue;
    const entry = counts.get(key(d));
    if (entry) entry.count += 1;
    else counts.set(key(d), { file: d.file, rule: d.rule, pointer: d.pointer, count: 1 });
  }
  const entries = [...counts.values()].sort((a, b) => compareStrings(key(a), key(b)));
  const q = JSON.stringify;
  const lines = entries.map((e) => `    {"file": ${q(e.file)}, "rule": ${q(e.rule)}, "pointer": ${q(e.pointer)}, "count": ${e.count}}`);
  return `{\n  "version": ${VERSION},\n  "findings": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/**
 * Reads a baseline file's text.
 * @throws InputError when it is not a baseline of this version.
 */
export function parseBaseline(text: string, file: string, lang: Lang): Baseline {
  const fail = (detail: string): never => {
    throw new InputError(localize({ sv: '{file} är ingen baslinje för samverkan: {detail}', en: '{file} is not a samverkan baseline: {detail}' }, lang, { file, detail }), {
      hint: localize(
        { sv: 'Skriv om den med samverkan validate --baseline {file} --update-baseline.', en: 'Rewrite it with samverkan validate --baseline {file} --update-baseline.' },
        lang,
        { file },
      ),
    });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { version, findings } = (data ?? {}) as { version?: unknown; findings?: unknown };
  if (version !== VERSION) fail(localize({ sv: 'version ska vara {v}', en: 'version must be {v}' }, lang, { v: VERSION }));
  if (!Array.isArray(findings)) fail(localize({ sv: 'findings ska vara en lista', en: 'findings must be a list' }, lang));
  const lines = lineOfEntries(text);
  const entries = (findings as unknown[]).map((raw, i) => {
    const e = raw as Partial<BaselineEntry> | null;
    const count = e?.count ?? 1;
    if (typeof e?.file !== 'string' || typeof e.rule !== 'string' || typeof e.pointer !== 'string' || !Number.isSafeInteger(count) || count < 1) {
      return fail(localize({ sv: 'post {n} saknar file, rule eller pointer', en: 'entry {n} lacks file, rule or pointer' }, lang, { n: i + 1 }));
    }
    return { file: e.file, rule: e.rule, pointer: e.pointer, count, line: lines.get(key(e as BaselineEntry)) ?? 1 };
  });
  return { file, entries };
}

/** The line each entry is written on, as baselineText writes them (hand-edited files may differ). */
function lineOfEntries(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    try {
      const e = JSON.parse(line.trim().replace(/,$/, '')) as Partial<BaselineEntry>;
      if (typeof e.file === 'string' && typeof e.rule === 'string' && typeof e.pointer === 'string') lines.set(key(e as BaselineEntry), i + 1);
    } catch {
      // Not an entry of its own line: the brackets and the version.
    }
  });
  return lines;
}

/** Sets aside the findings the baseline holds, as many of each key as it counts. */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, lang: Lang): BaselineResult {
  const left = new Map(baseline.entries.map((e) => [key(e), e.count]));
  const active: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const count = baselineable(d) ? (left.get(key(d)) ?? 0) : 0;
    if (count === 0) {
      active.push(d);
      continue;
    }
    left.set(key(d), count - 1);
    suppressed.push({ ...d, suppressed: { kind: 'baseline', file: baseline.file } });
  }
  for (const entry of baseline.entries) {
    const unused = left.get(key(entry)) ?? 0;
    if (unused === 0) continue;
    left.set(key(entry), 0);
    active.push(staleEntry(baseline.file, entry, unused, lang));
  }
  return { active, suppressed };
}

const STALE = {
  message: {
    sv: 'Baslinjen väntar {unused} fynd av {rule} vid "{pointer}" i {target} som inte längre finns',
    en: 'The baseline expects {unused} finding(s) of {rule} at "{pointer}" in {target} that are no longer there',
  },
  hint: {
    sv: 'Bra, det har rättats: skriv om baslinjen med samverkan validate --baseline {file} --update-baseline, så att den krymper.',
    en: 'Good, it has been fixed: rewrite the baseline with samverkan validate --baseline {file} --update-baseline, so that it shrinks.',
  },
};

function staleEntry(file: string, entry: BaselineEntry, unused: number, lang: Lang): Diagnostic {
  return createDiagnostic(
    {
      rule: 'baseline/unused',
      messageId: 'unused',
      spec: STALE,
      data: { unused, rule: entry.rule, pointer: entry.pointer, target: entry.file, file },
      severity: 'warning',
      file,
      start: { line: entry.line, column: 1 },
    },
    lang,
  );
}

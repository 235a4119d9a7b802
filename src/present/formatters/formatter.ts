import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import type { RuleInfo } from '../../check/rule-catalog.js';

/** Lines of a checked file, for code frames. */
export interface SourceLines {
  lineText(line: number): string;
  readonly lineCount: number;
}

/** Colours a formatter may use; the CLI decides whether they do anything. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export const NO_PAINT: Paint = {
  red: (t) => t,
  yellow: (t) => t,
  green: (t) => t,
  cyan: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t,
};

/** What every formatter of `validate` receives. */
export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  /** Every file checked, relative to the root. */
  files: readonly string[];
  /** How many documents were checked. */
  documents: number;
  /** The text of a file, where it could be read. */
  source(file: string): SourceLines | undefined;
  /** Every rule samverkan knows, described in the output language (SARIF's rule metadata). */
  rules: readonly RuleInfo[];
  /**
   * Findings accepted by an exception or the baseline. Only json and sarif list them (marked as
   * such); the formats people read count them in the summary line. Default: none.
   */
  suppressed?: readonly Diagnostic[];
  /**
   * With `validate --changed`: the git base the files changed since (`main`, `HEAD`, the --base
   * given). The formats people read name it, so "0 files checked" says why. Default: all files.
   */
  changedSince?: string;
  /**
   * The roots of a workspace, when the run checked more than one: their labels (relative to the
   * workspace, `''` for its own folder), files and languages, in the order the findings come in.
   * Formats for people group the findings by root, each in its root's language.
   */
  roots?: readonly WorkspaceRoot[];
  /**
   * How many errors and warnings count, with those a file had beyond the findings shown
   * (file/too-many-findings): what the exit code counts, so a summary never says fewer. Default:
   * counted from `diagnostics`.
   */
  totals?: { errors: number; warnings: number };
}

export interface WorkspaceRoot {
  label: string;
  files: readonly string[];
  /** The language of the root's findings (its samverkan.yaml's, unless --lang chose one for all). */
  lang: Lang;
}

export interface FormatOptions {
  lang: Lang;
  paint: Paint;
  version: string;
}

/** One output format: a pure function from findings to text. No I/O, no clock, no TTY sniffing. */
export interface Formatter {
  readonly name: string;
  format(input: FormatInput, options: FormatOptions): string;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/** The errors and warnings a summary states: the input's totals, else those listed. */
export function countedIn(input: Pick<FormatInput, 'diagnostics' | 'totals'>): { errors: number; warnings: number } {
  return input.totals ?? countBySeverity(input.diagnostics);
}

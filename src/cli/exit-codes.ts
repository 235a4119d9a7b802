/** The contract's exit codes (format.md, "Command contract"). */
export const EXIT = {
  /** No errors; warnings allowed unless --max-warnings is exceeded. */
  ok: 0,
  /** Problems found in the repository. */
  problems: 1,
  /** Usage, configuration or I/O error, and internal errors. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

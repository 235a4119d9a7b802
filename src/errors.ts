/**
 * Errors a user can fix (bad flags, a missing folder, an unwritable output file). They are shown
 * as one line without a stack and exit with 2. Anything else that is thrown is a bug.
 */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly file: string | undefined;

  constructor(message: string, options: { hint?: string; file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.file = options.file;
  }
}

/** Bad command-line use: unknown option, bad value. The CLI adds "se --help". */
export class UsageError extends UserError {}

/** Cannot read or write what was named: a missing root, an unwritable output file. */
export class InputError extends UserError {}

/** `samverkan.yaml` cannot be used as it stands. */
export class ConfigError extends UserError {}

/** Everything the CLI needs from its process, passed in so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
}

/** Whether to colour output: never with NO_COLOR or --no-color, always with FORCE_COLOR, else on a terminal. */
export function wantsColor(io: Io, flag: boolean): boolean {
  if (!flag || (io.env.NO_COLOR ?? '') !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

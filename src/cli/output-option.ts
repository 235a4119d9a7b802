import { UsageError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';

/**
 * Where a command writes: `--output`/`-o`, as every command that writes names it, or `--out`,
 * the older name report and schema keep so existing scripts work. Both at once is a usage error,
 * as one of them would be ignored.
 */
export function outputOf(options: { output?: string; out?: string }, lang: Lang): string | undefined {
  if (options.output !== undefined && options.out !== undefined) {
    throw new UsageError(
      localize({ sv: '--out och --output betyder samma sak; ange bara --output.', en: '--out and --output mean the same; give only --output.' }, lang),
    );
  }
  return options.output ?? options.out;
}

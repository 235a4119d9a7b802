import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ruleCatalog } from '../../check/rule-catalog.js';
import { validateRepository } from '../../check/validate-repository.js';
import type { SourceLines } from '../../present/formatters/formatter.js';
import { loadFormatter, type FormatName } from '../../present/formatters/index.js';
import { EXIT } from '../exit-codes.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { ValidateOptions } from '../program.js';
import { writeAtomic } from '../write-atomic.js';

/** `samverkan validate`: check the repository, print the findings, exit 1 on errors. */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  const result = await validateRepository({ root: resolve(io.cwd, options.root), lang: options.lang });
  const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const sources = new Map<string, SourceLines>();
  for (const { document } of result.documents) sources.set(document.file, document.source);

  const formatter = await loadFormatter((options.format ?? 'pretty') as FormatName);
  const text = formatter.format(
    {
      diagnostics,
      files: result.files,
      documents: result.documents.length,
      source: (file) => sources.get(file),
      rules: ruleCatalog(result.lang),
    },
    {
      lang: result.lang,
      paint: createPaint(options.output === undefined && wantsColor(io, options.color)),
      version: packageVersion(),
    },
  );
  if (options.output !== undefined) await writeAtomic(resolve(io.cwd, options.output), text, result.lang);
  else io.stdout(text);
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

function packageVersion(): string {
  return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
}

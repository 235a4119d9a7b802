import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { localize } from '../../model/lang.js';
import { SCHEMA_FOLDER, schemaFiles } from '../../scaffold/package-files.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { SchemaOptions } from '../program-scaffold.js';
import { outputOf } from '../output-option.js';
import { writeOutput } from '../write-atomic.js';

/**
 * `samverkan schema`: writes the shipped JSON Schemas for editors and other tools, by default into
 * the repository's .samverkan/schemas/, where init's editor settings and modelines point. It is
 * the command made for refreshing them after an upgrade, so it replaces what is there (atomically).
 */
export async function runSchema(options: SchemaOptions, io: Io): Promise<number> {
  const lang = options.lang ?? 'sv';
  const root = resolve(io.cwd, options.root);
  const output = outputOf(options, lang);
  const out = output === undefined ? join(root, SCHEMA_FOLDER) : resolve(io.cwd, output);
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError(localize({ sv: 'Kan inte skapa mappen {path} ({reason})', en: 'Cannot create the folder {path} ({reason})' }, lang, { path: out, reason }));
  }
  const written: string[] = [];
  for (const { name, content } of schemaFiles()) {
    const target = join(out, name);
    await writeOutput(io, target, content, { lang, inputs: [] });
    written.push(shownPath(root, target));
  }
  io.stdout(options.format === 'json' ? `${JSON.stringify({ written })}\n` : written.map((p) => `${p}\n`).join(''));
  return EXIT.ok;
}

/** Relative to the root with `/` when inside it (the contract's form), else the absolute path. */
export function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}

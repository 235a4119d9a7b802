import { join, resolve } from 'node:path';
import { CONFIG_FILE, resolveConfig } from '../../check/config.js';
import { ruleCatalog } from '../../check/rule-catalog.js';
import { assertFolder } from '../../load/load-repository.js';
import { formatRules, type ListedRule, type RulesFormat } from '../../present/rules-list.js';
import { EXIT } from '../exit-codes.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { RulesOptions } from '../program.js';
import { writeOutput } from '../write-atomic.js';

/** `samverkan rules`: every rule, with the severity this repository's samverkan.yaml gives it. */
export async function runRules(options: RulesOptions, io: Io): Promise<number> {
  const root = await assertFolder(resolve(io.cwd, options.root), options.lang ?? 'sv');
  const { config, lang } = await resolveConfig(root, options.lang);
  const settings = config.rules ?? {};
  const rules: ListedRule[] = ruleCatalog(lang).map((rule) => ({
    ...rule,
    effective: Object.hasOwn(settings, rule.id) ? settings[rule.id]! : rule.severity,
  }));
  const color = options.output === undefined && wantsColor(io, options.color);
  const text = formatRules(rules, (options.format ?? 'pretty') as RulesFormat, lang, createPaint(color));
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: [join(root, CONFIG_FILE)] });
  else io.stdout(text);
  return EXIT.ok;
}

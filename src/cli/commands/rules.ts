import { join, resolve } from 'node:path';
import { CONFIG_FILE, resolveConfig } from '../../check/config.js';
import { ruleCatalog } from '../../check/rule-catalog.js';
import { didYouMean } from '../../model/suggest.js';
import { UsageError } from '../../errors.js';
import { assertFolder } from '../../load/load-repository.js';
import { localize, type Lang } from '../../model/lang.js';
import { explainRule } from '../../present/rule-explanation.js';
import { formatRules, type ListedRule, type RulesFormat } from '../../present/rules-list.js';
import { EXIT } from '../exit-codes.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { RulesOptions } from '../program.js';
import { writeOutput } from '../write-atomic.js';

/**
 * `samverkan rules [RULE]` and `samverkan explain RULE`: every rule, or one explained, with the
 * severity this repository's samverkan.yaml gives it.
 */
export async function runRules(options: RulesOptions, io: Io): Promise<number> {
  const root = await assertFolder(resolve(io.cwd, options.root), options.lang ?? 'sv');
  const { config, lang } = await resolveConfig(root, options.lang);
  const settings = config.rules ?? {};
  const rules: ListedRule[] = ruleCatalog(lang).map((rule) => ({
    ...rule,
    effective: Object.hasOwn(settings, rule.id) ? settings[rule.id]! : rule.severity,
  }));
  const color = options.output === undefined && wantsColor(io, options.color);
  const format = (options.format ?? 'pretty') as RulesFormat;
  const text =
    options.rule === undefined
      ? formatRules(rules, format, lang, createPaint(color))
      : explainRule({ ...findRule(rules, options.rule, lang), configured: Object.hasOwn(settings, options.rule) }, format, lang, createPaint(color));
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: [join(root, CONFIG_FILE)] });
  else io.stdout(text);
  return EXIT.ok;
}

function findRule(rules: readonly ListedRule[], id: string, lang: Lang): ListedRule {
  const rule = rules.find((r) => r.id === id);
  if (rule) return rule;
  throw new UsageError(
    localize({ sv: 'Okänd regel "{id}"{suggestion}', en: 'Unknown rule "{id}"{suggestion}' }, lang, { id, suggestion: didYouMean(id, rules.map((r) => r.id), lang) }),
    { hint: localize({ sv: 'samverkan rules listar alla regler.', en: 'samverkan rules lists every rule.' }, lang) },
  );
}

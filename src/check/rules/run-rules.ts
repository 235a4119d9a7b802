import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { createDiagnostic } from '../../model/messages.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { locate } from '../../load/locate.js';
import { didYouMean } from '../suggest.js';
import { createRepositoryView } from './repository-view.js';
import type { Report, Rule, TypedDocument } from './rule.js';

/** A rule's finding and the document it is about. */
export interface RuleFinding {
  diagnostic: Diagnostic;
  document: LoadedDocument;
}

/**
 * Runs every rule on every document it applies to. Rules see only documents that passed their
 * schema, so they can trust the types; a rule that throws has a bug, rethrown with its id.
 */
export function runRules(
  rules: readonly Rule[],
  valid: readonly TypedDocument[],
  all: readonly LoadedDocument[],
  lang: Lang,
): RuleFinding[] {
  const repository = createRepositoryView(valid, all);
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    for (const document of valid) {
      if (!(rule.appliesTo as readonly string[]).includes(document.kind)) continue;
      const report = ({ messageId, pointer, on, data }: Report<string>) => {
        const spec = rule.messages[messageId];
        if (!spec) throw new Error(`rule ${rule.id} has no message ${messageId}`);
        const [start, end] = locate(document.loaded.yaml, pointer, on);
        findings.push({
          document: document.loaded,
          diagnostic: createDiagnostic(
            {
              rule: rule.id,
              messageId,
              spec,
              data,
              severity: rule.severity,
              file: document.loaded.file,
              start: document.loaded.source.positionAt(start),
              end: document.loaded.source.positionAt(end),
              pointer,
            },
            lang,
          ),
        });
      };
      try {
        rule.check(document, { report, repository, didYouMean: (word, candidates) => didYouMean(word, candidates, lang) });
      } catch (error) {
        throw new Error(`rule ${rule.id} failed on ${document.loaded.file}`, { cause: error });
      }
    }
  }
  return findings;
}

import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { createDiagnostic } from '../../model/messages.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { locate } from '../../load/locate.js';
import { didYouMean } from '../suggest.js';
import { createRepositoryView, type RepositoryView } from './repository-view.js';
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
    // One context per rule rather than per document: a national repository has thousands of
    // documents for each of the rules.
    let document: TypedDocument | undefined;
    const report = ({ messageId, pointer, on, data }: Report<string>) => {
      const spec = rule.messages[messageId];
      if (!spec) throw new Error(`rule ${rule.id} has no message ${messageId}`);
      const { loaded } = document!;
      const [start, end] = locate(loaded.yaml, pointer, on);
      findings.push({
        document: loaded,
        diagnostic: createDiagnostic(
          {
            rule: rule.id,
            messageId,
            spec,
            data,
            severity: rule.severity,
            file: loaded.file,
            start: loaded.source.positionAt(start),
            end: loaded.source.positionAt(end),
            pointer,
          },
          lang,
        ),
      });
    };
    const context = { report, repository, didYouMean: (word: string, candidates: Iterable<string>) => didYouMean(word, candidates, lang) };
    for (const current of documentsFor(rule, valid, repository)) {
      document = current;
      try {
        rule.check(current, context);
      } catch (error) {
        throw new Error(`rule ${rule.id} failed on ${current.loaded.file}`, { cause: error });
      }
    }
  }
  return findings;
}

/** The documents a rule applies to, in path order. */
function documentsFor(rule: Rule, valid: readonly TypedDocument[], repository: RepositoryView): readonly TypedDocument[] {
  const kinds: readonly string[] = rule.appliesTo;
  // Most rules apply to one kind, whose documents the view already holds in path order.
  if (kinds.length === 1) return repository.ofKind(rule.appliesTo[0]!) as readonly TypedDocument[];
  return valid.filter((d) => kinds.includes(d.kind));
}

import type { Diagnostic } from '../../model/diagnostic.js';
import type { RepositoryIndex } from '../../domain/repository-index.js';
import type { RepositoryKind, TypedDocument } from '../../domain/typed-document.js';
import { isInvalidInputRead } from '../../model/guarded-data.js';
import type { Lang } from '../../model/lang.js';
import { createDiagnostic } from '../../model/messages.js';
import type { LoadedDocument } from '../../load/loaded-document.js';
import { didYouMean } from '../../model/suggest.js';
import type { Report, Rule } from './rule.js';

/** A rule's finding and the document it is about. */
export interface RuleFinding {
  diagnostic: Diagnostic;
  document: LoadedDocument;
}

/**
 * Runs every rule on every document it applies to. A rule sees a document's valid values only
 * (check.ts guards the rest), so it can trust the types; when it reads a value that failed its
 * schema, it is skipped for the document it was checking and what it found there is dropped, since
 * it was found without all it needed. A rule that throws anything else has a bug, rethrown with its
 * id.
 *
 * The rules check every document of a known kind in the index; another document can look one up
 * (by id, by kommun) only when its id is valid (repository-index.ts).
 */
export function runRules(rules: readonly Rule[], repository: RepositoryIndex, lang: Lang): RuleFinding[] {
  const documents = repository.documents;
  const byKind = new Map<RepositoryKind, TypedDocument[]>();
  for (const document of documents) {
    const group = byKind.get(document.kind);
    if (group) group.push(document);
    else byKind.set(document.kind, [document]);
  }
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    // One context per rule rather than per document: a national repository has thousands of
    // documents for each of the rules.
    let document: TypedDocument | undefined;
    const report = ({ messageId, pointer, on, data }: Report<string>) => {
      const spec = rule.messages[messageId];
      if (!spec) throw new Error(`rule ${rule.id} has no message ${messageId}`);
      const { loaded } = document!;
      const [start, end] = loaded.locate(pointer, on);
      findings.push({
        document: loaded,
        diagnostic: createDiagnostic(
          {
            rule: rule.id,
            messageId,
            spec,
            data,
            severity: spec.severity ?? rule.severity,
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
    const kinds: readonly RepositoryKind[] = rule.appliesTo;
    // Most rules apply to one kind, whose documents are already grouped in path order.
    const targets = kinds.length === 1 ? (byKind.get(kinds[0]!) ?? []) : documents.filter((d) => kinds.includes(d.kind));
    for (const current of targets) {
      document = current;
      const before = findings.length;
      try {
        rule.check(current, context);
      } catch (error) {
        if (isInvalidInputRead(error)) {
          findings.length = before;
          continue;
        }
        throw new Error(`rule ${rule.id} failed on ${current.loaded.file}`, { cause: error });
      }
    }
  }
  return findings;
}

import type { Severity } from '../../model/diagnostic.js';
import type { RepositoryKind, TypedDocument } from '../../domain/typed-document.js';
import type { Localized, MessageData } from '../../model/lang.js';
import type { MessageSpec } from '../../model/messages.js';
import type { Anchor } from '../../load/loaded-document.js';
import type { RepositoryIndex } from '../../domain/repository-index.js';

export interface Report<M extends string> {
  messageId: M;
  /** RFC 6901 pointer into the document the rule is checking. */
  pointer: string;
  /** Point at the key (a field that should not be there) or, by default, the value. */
  on?: Anchor;
  data?: MessageData;
}

export interface RuleContext<M extends string> {
  report(report: Report<M>): void;
  /** Every document of the repository, read-only, for rules that look across files. */
  repository: RepositoryIndex;
  /** `' – menade du "x"?'` for the closest candidate, or ''; goes in a `{suggestion}` placeholder. */
  didYouMean(word: string, candidates: Iterable<string>): string;
}

/**
 * A message of a rule. One rule may find things of different weight (a kommun's name that is
 * another kommun's is an error, one that merely differs a warning): such a message says its own
 * severity. `samverkan.yaml` sets every finding of a rule alike.
 */
export interface RuleMessage extends MessageSpec {
  severity?: Severity;
}

/** What the README and `samverkan rules` say about a rule. */
export interface RuleDocs {
  /** Why the rule exists, for a coordinator. */
  why: Localized;
  /** A short YAML example that breaks the rule, and the same example put right. */
  wrong: string;
  right: string;
}

/**
 * A domain check. Rules are pure and time-independent (dates relative to today belong in derive/):
 * they look at one document, may consult the repository, and report pointers; the engine places
 * them in the source.
 */
export interface Rule<K extends RepositoryKind = RepositoryKind, M extends string = string> {
  /** `area/kebab-name`; never changes once released. */
  id: string;
  /** One line: what the rule checks. */
  description: Localized;
  /** The severity of its findings, unless a message has its own. */
  severity: Severity;
  appliesTo: readonly K[];
  messages: Record<M, RuleMessage>;
  docs: RuleDocs;
  check(document: TypedDocument<K>, context: RuleContext<M>): void;
}

/**
 * Checks a rule's kinds and message ids where it is written, then erases them: the engine calls
 * `check` only with the kinds in `appliesTo`, which the type system cannot see across a list of
 * rules of different kinds.
 */
export function defineRule<K extends RepositoryKind, M extends string>(rule: Rule<K, M>): Rule {
  return rule;
}

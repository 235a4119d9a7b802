import type { Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import { createDiagnostic } from '../../model/messages.js';
import type { SourceFile } from '../source.js';
import { YAML_MESSAGES } from './messages.js';

/** A plain scalar that a comment ends on its line: where its text starts and ends, and where the `#` is. */
export interface CommentAfterValue {
  start: number;
  end: number;
  hash: number;
}

/**
 * Whether a comment after a value looks like text YAML drops rather than a comment: a `#` after
 * exactly one space and directly before a letter or digit (`KS #2023/0999`, `Trygghet #1`).
 * Comments are written `# …` with a space, and a comment beside a value is usually set apart by
 * more than one space (`2027-05-31  # fem år`); both stay quiet, as `- kommunen # ansvarig` does.
 */
export function looksLikeText(text: string, end: number, hash: number): boolean {
  return hash === end + 1 && text.charCodeAt(end) === 32 && /^[\p{L}\p{N}]/u.test(text.slice(hash + 1, hash + 3));
}

/**
 * `yaml/comment-in-value` for each comment after a value that looks like part of it, recorded by
 * either path while reading; `pointerOf` is asked only for those (the fast path works it out).
 */
export function commentInValueFindings<C extends CommentAfterValue>(
  source: SourceFile,
  comments: readonly C[],
  pointerOf: (comment: C) => string,
  lang: Lang,
): Diagnostic[] {
  const { text } = source;
  const findings: Diagnostic[] = [];
  for (const c of comments) {
    if (!looksLikeText(text, c.end, c.hash)) continue;
    const lineEnd = text.indexOf('\n', c.hash);
    const comment = text.slice(c.hash, lineEnd === -1 ? undefined : lineEnd).replace(/[ \t\r]+$/, '');
    // A plain value over several lines is read with each break as a space.
    const value = text.slice(c.start, c.end).replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    findings.push(
      createDiagnostic(
        {
          rule: 'yaml/comment-in-value',
          messageId: 'comment-in-value',
          spec: YAML_MESSAGES['comment-in-value'],
          data: { value, comment, fixed: JSON.stringify(`${value} ${comment}`) },
          severity: 'warning',
          file: source.path,
          start: source.positionAt(c.hash),
          end: source.positionAt(c.hash + comment.length),
          pointer: pointerOf(c),
        },
        lang,
      ),
    );
  }
  return findings;
}

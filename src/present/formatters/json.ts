import { compareDiagnostics, fullMessage, type Diagnostic } from '../../model/diagnostic.js';
import { countedIn, type Formatter } from './formatter.js';

/**
 * The contract's versioned envelope (format.md, "Command contract"), one object on one line. An
 * accepted finding has `suppressed`: `{"kind": "comment", "reason": …}` with the comment's reason,
 * or `{"kind": "baseline", "reason": …}` with the baseline file; the summary counts them.
 */
export const json: Formatter = {
  name: 'json',
  format(input) {
    const { errors, warnings } = countedIn(input);
    const suppressed = input.suppressed ?? [];
    // Accepted findings are listed in place, marked, so a tool sees what was accepted and why;
    // they do not count, and the keys stay as the contract has them when there are none.
    const all: readonly Diagnostic[] = suppressed.length === 0 ? input.diagnostics : [...input.diagnostics, ...suppressed].sort(compareDiagnostics);
    const summary = { files: input.files.length, documents: input.documents, errors, warnings, ...(suppressed.length > 0 ? { suppressed: suppressed.length } : {}) };
    return `${JSON.stringify({
      version: 1,
      diagnostics: all.map((d) => ({
        file: d.file,
        line: d.start.line,
        column: d.start.column,
        end_line: d.end.line,
        end_column: d.end.column,
        severity: d.severity,
        rule: d.rule,
        message: fullMessage(d),
        pointer: d.pointer,
        ...(d.suppressed ? { suppressed: d.suppressed.kind === 'comment' ? { kind: 'comment', reason: d.suppressed.reason } : { kind: 'baseline', reason: d.suppressed.file } } : {}),
      })),
      summary,
    })}\n`;
  },
};

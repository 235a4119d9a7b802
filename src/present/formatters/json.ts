import { fullMessage } from '../../model/diagnostic.js';
import { countBySeverity, type Formatter } from './formatter.js';

/** The contract's versioned envelope (format.md, "Command contract"), one object on one line. */
export const json: Formatter = {
  name: 'json',
  format(input) {
    const { errors, warnings } = countBySeverity(input.diagnostics);
    return `${JSON.stringify({
      version: 1,
      diagnostics: input.diagnostics.map((d) => ({
        file: d.file,
        line: d.start.line,
        column: d.start.column,
        end_line: d.end.line,
        end_column: d.end.column,
        severity: d.severity,
        rule: d.rule,
        message: fullMessage(d),
        pointer: d.pointer,
      })),
      summary: { files: input.files.length, documents: input.documents, errors, warnings },
    })}\n`;
  },
};

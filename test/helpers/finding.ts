import type { Diagnostic } from '../../src/model/diagnostic.js';

/** A finding as the check makes one: the rule, file, line and pointer a test varies, the rest fixed. */
export function testFinding({ rule, file = 'a.yaml', line = 1, pointer = '' }: { rule: string; file?: string; line?: number; pointer?: string }): Diagnostic {
  return {
    rule,
    messageId: 'x',
    severity: 'error',
    message: rule,
    file,
    start: { line, column: 1 },
    end: { line, column: 2 },
    pointer,
  };
}

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { MAX_FINDINGS_PER_FILE, capPerFile } from './finding-cap.js';

const finding = (file: string, line: number, rule = 'yaml/duplicate-key', severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  rule,
  messageId: rule,
  severity,
  message: `line ${line}`,
  file,
  start: { line, column: 1 },
  end: { line, column: 2 },
  pointer: '',
});

const lines = (file: string, from: number, count: number, severity: Diagnostic['severity'] = 'error') =>
  Array.from({ length: count }, (_, i) => finding(file, from + i, 'schema/additionalProperties', severity));

describe('capPerFile', () => {
  it('shows a file’s first findings and counts the rest in one, at the first of them', () => {
    const all = [...lines('a.yaml', 1, 250), ...lines('a.yaml', 251, 50, 'warning'), ...lines('b.yaml', 1, 3)];
    const { diagnostics, errors, warnings } = capPerFile(all, 'en');
    expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1 + 3);
    const more = diagnostics[MAX_FINDINGS_PER_FILE]!;
    expect(more).toMatchObject({ file: 'a.yaml', rule: 'file/too-many-findings', severity: 'error', start: { line: 101, column: 1 } });
    expect(more.message).toBe('200 more findings in the file are not shown (150 errors, 50 warnings); only the first 100 are');
    expect({ errors, warnings }).toEqual({ errors: 253, warnings: 50 });
  });

  it('is a warning when only warnings are left out, and leaves one finding over the limit as it is', () => {
    const warnings = capPerFile([...lines('a.yaml', 1, 100), ...lines('a.yaml', 101, 5, 'warning')], 'en').diagnostics;
    expect(warnings.at(-1)).toMatchObject({ rule: 'file/too-many-findings', severity: 'warning' });
    expect(capPerFile(lines('a.yaml', 1, MAX_FINDINGS_PER_FILE + 1), 'en').diagnostics.map((d) => d.rule)).not.toContain('file/too-many-findings');
  });

  it('shows the first finding of each rule, so that every kind of mistake is seen and none that a part was not read', () => {
    const all = [...lines('a.yaml', 1, 300), finding('a.yaml', 400, 'yaml/too-deep'), finding('a.yaml', 401, 'yaml/too-deep')];
    const shown = capPerFile(all, 'en').diagnostics;
    expect(shown.slice(-2).map((d) => `${d.start.line} ${d.rule}`)).toEqual(['101 file/too-many-findings', '400 yaml/too-deep']);
    expect(shown.at(-2)!.message).toContain('201 more');
  });
});

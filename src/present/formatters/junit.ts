import { compareDiagnostics, fullMessage, type Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/lang.js';
import type { Formatter } from './formatter.js';
import { filesInOrder, groupByFile, severityWord } from './summary-line.js';

/**
 * JUnit XML as GitLab's test report and Jenkins' JUnit plugin read it: one testsuite per checked
 * file, a passing testcase for a clean file, one failing testcase per finding. Every testcase
 * names its file in `file` (GitLab shows it and links the test to the file) and has a `time`: 0,
 * since a finding is not a timed test, and a fixed value keeps two runs on one repository equal.
 *
 * Warnings are failures too (their text says `varning`): GitLab's merge-request widget and
 * Jenkins' summary list only failed testcases, so a warning carried as a passing testcase with
 * `<system-out>` would sit unseen among the passes. Whether the job fails is still decided by the
 * exit code (errors, or --max-warnings), not by the report.
 */
export const junit: Formatter = {
  name: 'junit',
  format(input, { lang }) {
    const byFile = groupByFile([...input.diagnostics].sort(compareDiagnostics));
    const suites: string[] = [];
    let tests = 0;
    for (const file of filesInOrder(input)) {
      const found = byFile.get(file) ?? [];
      const cases = found.length === 0 ? [`    <testcase name="${attr(file)}" classname="samverkan" file="${attr(file)}" time="0"/>`] : failures(file, found, lang);
      tests += cases.length;
      suites.push(
        `  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${found.length}" errors="0" time="0">`,
        ...cases,
        '  </testsuite>',
      );
    }
    const failed = input.diagnostics.length;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="samverkan" tests="${tests}" failures="${failed}" errors="0" time="0">`,
      ...suites,
      '</testsuites>',
      '',
    ].join('\n');
  },
};

function failures(file: string, found: readonly Diagnostic[], lang: Lang): string[] {
  const seen = new Map<string, number>();
  return found.map((d) => {
    const base = `${d.rule} ${d.start.line}:${d.start.column}`;
    // Two findings of one rule at one place (two missing fields) would share a name; GitLab and
    // Jenkins key testcases by name, so the second gets a number instead of hiding the first.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const name = count === 1 ? base : `${base} (${count})`;
    const message = fullMessage(d);
    const body = `${d.file}:${d.start.line}:${d.start.column} ${severityWord(d.severity, lang)} ${message} (${d.rule})`;
    return [
      `    <testcase name="${attr(name)}" classname="${attr(file)}" file="${attr(file)}" time="0">`,
      `      <failure message="${attr(message)}" type="${attr(d.rule)}">${text(body)}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
}

/**
 * Characters XML 1.0 cannot hold at all, not even escaped: C0 controls other than tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF. A file name or message with one would make the report
 * unreadable, so they are left out.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: the five XML specials escaped, illegal characters removed, CR kept as a reference (parsers drop a bare one). */
export function text(value: string): string {
  return value
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value: as text, and line breaks and tabs as references, which parsers would otherwise turn into spaces. */
export function attr(value: string): string {
  return text(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

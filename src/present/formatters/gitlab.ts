import { compareDiagnostics, fullMessage } from '../../model/diagnostic.js';
import { fingerprintsOf } from './fingerprint.js';
import type { Formatter } from './formatter.js';
import { rangeInText } from './text-range.js';

/**
 * GitLab Code Quality: a JSON array of Code Climate issues, which GitLab shows in the merge
 * request widget and beside the lines of the diff (`artifacts:reports:codequality`). GitLab reads
 * `description`, `check_name`, `fingerprint`, `severity`, `location.path` and
 * `location.lines.begin`, checks each issue against its schema (app/validators/json_schemas/
 * codeclimate.json) and stops at the first one that fails, and keeps one issue per fingerprint.
 * `type` and `categories` are what the Code Climate spec itself requires; GitLab ignores them.
 */
interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: ['Bug Risk'];
  severity: 'major' | 'minor';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = {
  name: 'gitlab',
  format(input) {
    const diagnostics = [...input.diagnostics].sort(compareDiagnostics);
    // The same fingerprints as SARIF's: a finding keeps its identity when lines move above it.
    const fingerprints = fingerprintsOf(diagnostics);
    const issues: CodeQualityIssue[] = diagnostics.map((d, i) => {
      const { start, end } = rangeInText(d, input.source(d.file));
      return {
        type: 'issue',
        check_name: d.rule,
        description: fullMessage(d),
        // A wrong record is a risk to what the repository says, not a matter of style.
        categories: ['Bug Risk'],
        // GitLab's scale is info < minor < major < critical < blocker; errors fail the job, warnings do not.
        severity: d.severity === 'error' ? 'major' : 'minor',
        fingerprint: fingerprints[i] ?? '',
        location: { path: d.file, lines: { begin: start.line, end: end.line } },
      };
    });
    // No byte order mark: GitLab's parser refuses a file that starts with one.
    return `${JSON.stringify(issues, null, 2)}\n`;
  },
};

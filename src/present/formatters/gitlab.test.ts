import { describe, expect, it } from 'vitest';
import { ENUM_WARNING, diagnostic, formatInput } from '../../../test/helpers/format-input.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { fingerprintsOf } from './fingerprint.js';
import { NO_PAINT } from './formatter.js';
import { gitlab } from './gitlab.js';

const format = (diagnostics: Diagnostic[]) => JSON.parse(gitlab.format(formatInput(diagnostics), { lang: 'sv', paint: NO_PAINT, version: '1' })) as unknown[];

const ENUM = ENUM_WARNING;

describe('gitlab (Code Quality)', () => {
  it('writes one Code Climate issue per finding, warnings minor and errors major', () => {
    const error = diagnostic();
    expect(format([ENUM, error])).toEqual([
      {
        type: 'issue',
        check_name: 'schema/required',
        description: 'Fältet "title" saknas i dokumentet',
        categories: ['Bug Risk'],
        severity: 'major',
        fingerprint: fingerprintsOf([error])[0],
        location: { path: 'agreements/a.yaml', lines: { begin: 2, end: 2 } },
      },
      {
        type: 'issue',
        check_name: 'schema/enum',
        description: 'Okänt värde "klar". Välj ett tillåtet värde.',
        categories: ['Bug Risk'],
        severity: 'minor',
        fingerprint: fingerprintsOf([ENUM])[0],
        location: { path: 'follow-ups/a.yaml', lines: { begin: 8, end: 8 } },
      },
    ]);
  });

  it('is an empty array for a clean repository, and never starts with a byte order mark', () => {
    expect(gitlab.format(formatInput([]), { lang: 'sv', paint: NO_PAINT, version: '1' })).toBe('[]\n');
  });

  it('keeps two findings of one rule at one pointer apart, as GitLab keeps one issue per fingerprint', () => {
    const issues = format([diagnostic({ message: 'title saknas' }), diagnostic({ message: 'year saknas' })]) as { fingerprint: string }[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(2);
  });
});

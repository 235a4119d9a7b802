import { expect } from 'vitest';
import type { HostileCase } from '../../helpers/hostile-harness.js';
import { review } from '../../helpers/hostile-repo.js';
import { aliasBombDocuments, aliasChain, duplicateKeys, longPartyList, signedAgreementCopies, unknownFields } from '../../helpers/hostile-inputs.js';
import { parseJsonOutput, type JsonDiagnostic } from '../../helpers/run-cli.js';

/** The findings of a JSON report by file. */
function byFile(diagnostics: readonly JsonDiagnostic[]): Map<string, JsonDiagnostic[]> {
  const files = new Map<string, JsonDiagnostic[]>();
  for (const d of diagnostics) files.set(d.file, [...(files.get(d.file) ?? []), d]);
  return files;
}

/**
 * Cases about size: files and runs big enough that an unbounded list, a quadratic step or a
 * limit counted in the wrong place shows. Each stays within every size limit the format has.
 * Their timeouts only catch what never ends (the suite runs them side by side on shared CPUs);
 * how fast a run is belongs to `npm run bench`.
 */
export const SCALE_CASES: HostileCase[] = [
  {
    name: 'fourteen files of small alias bombs, each within the old per-document limit, stop at the file and run limits',
    source: '14.3',
    setup: (ws) => {
      ws.copyFixture('valid');
      for (let i = 0; i < 14; i++) ws.write(`repo/bombs/bomb-${String(i).padStart(2, '0')}.yaml`, aliasBombDocuments(128 * 1024));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 90,
    check: ({ stdout }) => {
      const report = parseJsonOutput(stdout);
      const files = byFile(report.diagnostics);
      expect(report.summary.files).toBe(15);
      for (let i = 0; i < 14; i++) {
        const found = files.get(`bombs/bomb-${String(i).padStart(2, '0')}.yaml`) ?? [];
        // Ten files take the run's 100 000 nodes; the first document of each is within its file's 10 000.
        const limit = found.find((d) => d.rule === 'yaml/alias-limit');
        expect(limit?.message, `bomb-${i}`).toMatch(i < 10 ? /^Filens alias expanderar till för många noder \(mer än 10000\)/ : /arkivets filer.*\(mer än 100000\)/);
        expect(found.at(-1)?.rule).toBe('file/too-many-findings');
        expect(found.length).toBe(101);
      }
      expect(files.has('agreements/gnesta-2023.yaml')).toBe(false);
    },
  },
  {
    name: '2 300 copies of a signed agreement give one overlap finding each, not one per pair',
    source: '14.2',
    setup: (ws) => {
      ws.write('repo/copies.yaml', signedAgreementCopies(2_300));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 60,
    check: ({ stdout }) => {
      const found = parseJsonOutput(stdout).diagnostics;
      const overlaps = found.filter((d) => d.rule === 'agreement/overlap');
      // Besides the first of each rule, the file shows a hundred findings and counts the rest:
      // 2 299 repeated ids and 2 299 overlaps, each copy's overlaps once.
      expect(found.at(-1)?.message).toMatch(/^4498 fynd till i filen visas inte \(4498 fel, 0 varningar\)/);
      const overlapping = 'Giltighetstiden överlappar överenskommelsen gnesta-2023 (copies.yaml) för samma kommun, som gäller 2023-06-20 – 2027-05-31';
      // The n-th copy overlaps the n before it: the first of them is named, the others counted.
      expect(overlaps.map((d) => d.message.slice(overlapping.length).replace(/: gnesta-2023 .*/, ''))).toEqual(
        Array.from({ length: 50 }, (_, n) => (n === 0 ? '. Skriv supersedes' : `, och ${n} till`)),
      );
    },
  },
  {
    name: 'documents beyond the run limit are not read, and every file left unread says so',
    source: '14.3',
    setup: (ws) => {
      ws.copyFixture('valid');
      const documents = `${'{}\n---\n'.repeat(59_999)}{}\n`;
      ws.write('repo/a.yaml', documents);
      ws.write('repo/b.yaml', documents);
      ws.write('repo/c.yaml', review('unread'));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 90,
    check: ({ stdout }) => {
      const report = parseJsonOutput(stdout);
      expect(report.summary.documents).toBe(100_000);
      const unread = report.diagnostics.filter((d) => d.rule === 'file/document-limit').map((d) => `${d.file}:${d.line}`);
      // a.yaml and the agreement are read whole, b.yaml up to its 39 999th document (the next starts
      // at its ---), c.yaml not at all.
      expect(unread).toEqual(['b.yaml:79998', 'c.yaml:1']);
    },
  },
  {
    name: '150 000 duplicate keys give the first hundred findings and a count, not a stack overflow',
    source: '14.4',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/duplicates.yaml', duplicateKeys());
      return ['validate', '--root', 'repo'];
    },
    code: 1,
    timeout: 90,
    stdout: /duplicates\.yaml:106:1 {2}fel {2}149900 fynd till i filen visas inte \(149900 fel, 0 varningar\); bara de första 100 visas {2}file\/too-many-findings/,
    check: ({ stdout }) => {
      // The first `a` is an unknown field, the next 99 duplicates of it; then the count.
      expect(stdout).toContain('duplicates.yaml:6:1  fel  Okänt fält "a"');
      expect(stdout.match(/yaml\/duplicate-key/g)).toHaveLength(99);
      expect(stdout.split('\n').length).toBeLessThan(1000);
    },
  },
  {
    name: '150 000 unknown fields give the first hundred findings and a count, not a stack overflow',
    source: '14.4',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/unknown.yaml', unknownFields(150_000));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 90,
    check: ({ stdout }) => {
      const found = parseJsonOutput(stdout).diagnostics.filter((d) => d.file === 'unknown.yaml');
      expect(found).toHaveLength(101);
      expect(found[0]).toMatchObject({ line: 6, column: 1, rule: 'schema/additionalProperties', pointer: '/aaa' });
      expect(found[100]).toMatchObject({ line: 106, rule: 'file/too-many-findings', severity: 'error' });
      // The summary counts what the exit code counts: every finding, those not shown included.
      expect(parseJsonOutput(stdout).summary).toMatchObject({ errors: 150_000, warnings: 0 });
    },
  },
  {
    name: 'a samverkan.yaml with 150 000 unknown fields is refused with its first, not a stack overflow',
    source: '14.4',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/samverkan.yaml', unknownFields(150_000, 'config'));
      return ['validate', '--root', 'repo'];
    },
    code: 2,
    timeout: 90,
    stderr: /^samverkan: samverkan\.yaml:2:1: Okänt fält "aaa"/,
  },
  {
    name: 'data that an alias chain nests 2 500 levels deep stops at the depth limit, at the alias',
    source: '14.5',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/chain.yaml', aliasChain(2_500));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    check: ({ stdout }) => {
      // Besides the 2 500 refused complex keys, counted after the first hundred.
      const found = parseJsonOutput(stdout).diagnostics.filter((d) => !/^(yaml\/complex-key|file\/too-many-findings)$/.test(d.rule));
      expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.pointer}`)).toEqual(['chain.yaml:5006:8 yaml/too-deep /notes']);
    },
  },
  {
    name: 'a list of 100 000 wrong items is checked in linear time',
    source: '14.9',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/parties.yaml', longPartyList(100_000));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 60,
    check: ({ stdout }) => {
      const found = parseJsonOutput(stdout).diagnostics.filter((d) => d.file === 'parties.yaml');
      expect(found.filter((d) => d.rule === 'schema/type' && d.pointer.startsWith('/parties/')).length).toBeGreaterThan(90);
      expect(found.at(-1)?.rule).toBe('file/too-many-findings');
    },
  },
  {
    name: '100 000 unknown fields in a file the fast path leaves to yaml are placed in linear time',
    source: '14.9',
    setup: (ws) => {
      ws.copyFixture('valid');
      // The tab sends the file to yaml's parser, whose duplicate check compared every key with every other.
      ws.write('repo/unknown.yaml', `# a tab:\t\n${unknownFields(100_000)}`);
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    timeout: 60,
    check: ({ stdout }) => {
      const found = parseJsonOutput(stdout).diagnostics.filter((d) => d.file === 'unknown.yaml');
      expect(found[99]).toMatchObject({ line: 106, column: 1, rule: 'schema/additionalProperties' });
      expect(found[100]).toMatchObject({ line: 107, rule: 'file/too-many-findings' });
    },
  },
];

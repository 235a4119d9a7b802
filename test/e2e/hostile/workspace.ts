import { expect } from 'vitest';
import type { HostileCase } from '../../helpers/hostile-harness.js';
import { parseJsonOutput, where } from '../../helpers/run-cli.js';

/** Cases about a workspace: its file, roots inside roots, and links among them. */
export const WORKSPACE_CASES: HostileCase[] = [
  {
    name: 'a workspace file that is an alias bomb is a configuration error at its line',
    source: '17',
    setup: (ws) => {
      ws.copyFixture('valid');
      // Nine levels of ten aliases each: a billion x's if expanded.
      const lines = ['kind: workspace', 'l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
      lines.push('roots: [repo]');
      ws.write('samverkan-workspace.yaml', `${lines.join('\n')}\n`);
      return ['validate'];
    },
    code: 2,
    stderr: /^samverkan: samverkan-workspace\.yaml:\d+:\d+: /,
  },
  {
    name: 'a root inside a root that links back to the outer one is walked once, and the run ends',
    source: '17',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/kommun/samverkan.yaml', 'kind: config\n');
      ws.write('repo/kommun/agreements/a.yaml', 'kind: annual_review\nid: r\nagreement: gnesta-2023\nheld_on: 2024-06-20\noutcome: unchanged\n');
      ws.link('repo/kommun/upp', '..');
      ws.link('repo/kommun/sjalv', '.');
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    check: ({ stdout }) => {
      // The inner root cannot see the outer root's agreement: references never cross roots; and
      // from the inner root, the way up leaves it, as any link out of a root does.
      expect(parseJsonOutput(stdout).diagnostics.map(where)).toEqual(['kommun/agreements/a.yaml:3:12 reference/agreement', 'kommun/upp:1:1 file/symlink-outside-root']);
    },
  },
  {
    name: 'an inner root\'s samverkan.yaml that is a link out of the workspace is never read',
    source: '17',
    setup: (ws) => {
      ws.write('outside/npmrc', 'kind: config\nlanguage: npm_SECRET123\n');
      ws.copyFixture('valid');
      ws.write('repo/kommun/agreements/a.yaml', 'kind: annual_review\nid: r\nagreement: x\nheld_on: 2024-06-20\noutcome: unchanged\n');
      ws.link('repo/kommun/samverkan.yaml', '../../outside/npmrc');
      return ['validate', '--root', 'repo'];
    },
    code: 2,
    stderr: /^samverkan: kommun\/samverkan\.yaml:1:1: Symbolisk länk som pekar utanför arkivet: \.\.\/\.\.\/outside\/npmrc\./,
    check: ({ stdout, stderr }) => expect(stdout + stderr).not.toContain('SECRET'),
  },
];

import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempRepo } from './run-cli.js';

/**
 * A real git repository for tests of git features: a fixed identity and dates, no signing, no gc,
 * and none of the machine's own git configuration, so the same commands give the same history on
 * any machine.
 */
export const GIT_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Samverkan Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Samverkan Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: '2024-06-01T12:00:00+02:00',
  GIT_COMMITTER_DATE: '2024-06-01T12:00:00+02:00',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in a folder and gives its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'gc.auto=0', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...GIT_ENV },
    encoding: 'utf8',
  });
}

/** A fresh repository on `main` holding a copy of a fixture, committed once. */
export function fixtureRepo(fixture: string): string {
  const root = tempRepo(`git-${fixture}`);
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  git(root, 'init', '--quiet', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'Start');
  return root;
}

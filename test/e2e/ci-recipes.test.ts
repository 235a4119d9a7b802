import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, tempRepo } from '../helpers/run-cli.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}
interface GitlabJob {
  image: string;
  script: string[];
  rules: { if: string }[];
  artifacts: { when: string; reports: { junit: string } };
}

const INSTALL = /^npm install --global samverkan@[\d.]+$/;
const work = tempRepo('ci');
let prefix = '';
let tarball = '';

/**
 * Installs the package as a kommun's CI would, but from a tarball of this checkout instead of the
 * registry: the recipe's own install line runs with only the package spec replaced.
 */
beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: PROJECT, encoding: 'utf8' });
  tarball = join(work, packed.trim().split('\n').at(-1)!);
  prefix = join(work, 'prefix');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs one recipe line in a copy of the examples, with the packed samverkan installed. */
function runLine(line: string, cwd: string, env: Record<string, string> = {}): { code: number | null; output: string } {
  const command = INSTALL.test(line) ? line.replace(/samverkan@[\d.]+/, `--prefix ${prefix} ${tarball}`) : line;
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    // The whole environment: npm needs the machine's proxy and certificate settings.
    env: { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env },
    timeout: 120_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

function exampleCopy(): string {
  const copy = tempRepo('ci-repo');
  cpSync(join(PROJECT, 'examples'), copy, { recursive: true });
  return copy;
}

describe('CI recipes in examples/', () => {
  it('the GitHub Actions workflow checks every pull request, and its commands run', () => {
    const workflow = parse(readFileSync(join(PROJECT, 'examples/.github/workflows/samverkan.yml'), 'utf8')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs.validate!.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
    expect(steps.find((s) => s.uses === 'actions/setup-node@v4')?.with).toEqual({ 'node-version': 20 });
    const lines = steps.flatMap((s) => (s.run ? s.run.trim().split('\n') : []));
    expect(lines[0]).toMatch(INSTALL);

    const repo = exampleCopy();
    for (const line of lines) expect(runLine(line, repo), line).toMatchObject({ code: 0 });
    // The same commands fail the check when a document is broken.
    writeFileSync(join(repo, 'agreements', 'broken.yaml'), 'kind: agreement\nid: x\n');
    const last = runLine(lines.at(-1)!, repo);
    expect(last.code).toBe(1);
    expect(last.output).toContain('agreements/broken.yaml:1:1');
  }, 180_000);

  it('the GitLab CI job runs on merge requests, and its commands run', () => {
    const config = parse(readFileSync(join(PROJECT, 'examples/.gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob>;
    const job = config.samverkan!;
    expect(job.image).toBe('node:20');
    expect(job.rules.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job.script[0]).toMatch(INSTALL);
    expect(job.artifacts).toEqual({ when: 'always', reports: { junit: 'samverkan-junit.xml' } });
    const repo = exampleCopy();
    for (const line of job.script) expect(runLine(line, repo), line).toMatchObject({ code: 0 });
    expect(readFileSync(join(repo, 'samverkan-junit.xml'), 'utf8')).toContain('<testsuites name="samverkan"');
    // A broken document fails the job, fills the report and is shown readably in the log.
    writeFileSync(join(repo, 'agreements', 'broken.yaml'), 'kind: agreement\nid: x\n');
    const last = runLine(job.script.at(-1)!, repo);
    expect(last.code).toBe(1);
    expect(last.output).toContain('agreements/broken.yaml:1:1  fel');
    expect(readFileSync(join(repo, 'samverkan-junit.xml'), 'utf8')).toContain('classname="agreements/broken.yaml"');
  }, 180_000);

  it('the morning deadline check lists deadlines and fails when something is overdue', () => {
    const workflow = parse(readFileSync(join(PROJECT, 'examples/.github/workflows/samverkan-tidsfrister.yml'), 'utf8')) as Workflow & {
      on: { schedule: { cron: string }[] };
    };
    expect(workflow.on.schedule[0]?.cron).toBe('0 5 * * 1-5');
    const steps = workflow.jobs.deadlines!.steps;
    const lines = steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    const repo = exampleCopy();
    const summary = join(repo, 'summary.md');
    const results = lines.map((line) => runLine(line, repo, { GITHUB_STEP_SUMMARY: summary }));
    // The examples hold overdue deadlines on purpose: the last step fails, as it should.
    expect(results.map((r) => r.code)).toEqual([0, 0, 1]);
    expect(readFileSync(summary, 'utf8')).toContain('### Försenade');
    expect(readFileSync(join(repo, 'samverkan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }, 180_000);

  it('the packed package holds what it needs at run time, and nothing of the tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const needed of ['package/bin/samverkan', 'package/dist/cli/main.js', 'package/dist/check/schema/generated/validators.cjs', 'package/data/kommuner.csv', 'package/schemas/agreement.schema.json']) {
      expect(listing).toContain(needed);
    }
    expect(listing.some((f) => f.includes('.test.') || f.startsWith('package/test/'))).toBe(false);
    expect(readdirSync(join(prefix, 'bin'))).toContain('samverkan');
  });
});

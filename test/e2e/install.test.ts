import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { x as extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, runCli, tempRepo } from '../helpers/run-cli.js';
import { treeHashes } from '../helpers/tree.js';

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
  artifacts: { when: string; reports: { codequality?: string; junit: string } };
}

/** The install line of every recipe: the package init puts in the repository, no registry needed. */
const INSTALL = 'npm install --global ./.samverkan/samverkan.tgz';
/** …and the registry line named for when samverkan is published. */
const REGISTRY_LINE = /När samverkan finns i npm-registret räcker: npm install --global samverkan@0\.1\n/;
const work = tempRepo('install');
const prefix = join(work, 'prefix');
const installed = join(prefix, 'bin', 'samverkan');
let tarball = '';
/** The hash of the tarball last installed into the prefix. */
let installedHash = '';

/**
 * Packs this checkout as `npm pack` does. The build ran before the tests (`pretest`), so the
 * package's `prepare` (the build again) is skipped here.
 */
beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: PROJECT, encoding: 'utf8' });
  tarball = join(work, packed.trim().split('\n').at(-1)!);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm with the whole environment (proxy and certificate settings), its global prefix in the temp folder. */
function npmEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    npm_config_prefix: prefix,
    // The cache is warm after `npm ci`; installing the dependencies from it keeps the test fast.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    GITHUB_ACTIONS: '',
    ...env,
  };
}

/**
 * Runs one recipe line as written, in a repository. An install line whose tarball is the one
 * already installed is not run again: the same bytes would be installed the same way.
 */
function runLine(line: string, cwd: string, env: Record<string, string> = {}): { code: number | null; output: string } {
  if (line === INSTALL) {
    const hash = sha256(join(cwd, '.samverkan', 'samverkan.tgz'));
    if (hash === installedHash) return { code: 0, output: '' };
    installedHash = hash;
  }
  const result = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', env: npmEnv(env), timeout: 120_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs the installed samverkan. */
function samverkan(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(installed, args, { cwd, encoding: 'utf8', env: npmEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exampleCopy(): string {
  const copy = mkdtempSync(join(work, 'repo-'));
  cpSync(join(PROJECT, 'examples'), copy, { recursive: true });
  mkdirSync(join(copy, '.samverkan'));
  copyFileSync(tarball, join(copy, '.samverkan', 'samverkan.tgz'));
  return copy;
}

describe('the package', () => {
  it('holds the built dist/, bin, schemas, templates and data, and nothing else', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    const tops = new Set(listing.map((f) => f.split('/')[1]));
    expect([...tops].sort()).toEqual(['README.md', 'bin', 'data', 'dist', 'package.json', 'schemas', 'templates']);
    for (const needed of ['package/bin/samverkan', 'package/bin/package.json', 'package/dist/bundle/cli.cjs', 'package/dist/bundle/loader.cjs', 'package/dist/cli/main.js', 'package/dist/index.js', 'package/dist/check/schema/generated/validators.cjs', 'package/data/kommuner.csv', 'package/data/polisregioner.csv', 'package/schemas/agreement.schema.json', 'package/templates/report.md.hbs']) {
      expect(listing).toContain(needed);
    }
    expect(listing.filter((f) => /\.test\.|\/test-|^package\/(src|test|examples|scripts)\//.test(f))).toEqual([]);
  });

  it('npm publish --dry-run accepts it', () => {
    const result = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('samverkan@0.1.0');
  }, 60_000);

  it('installed from the tarball, samverkan does the work of a year: init, validate, new follow-up, validate, deadlines, report', () => {
    const install = spawnSync('npm', ['install', '--global', tarball], { cwd: work, encoding: 'utf8', env: npmEnv(), timeout: 120_000 });
    expect(install.status, install.stderr).toBe(0);
    installedHash = sha256(tarball);
    const repo = mkdtempSync(join(work, 'year-'));
    expect(samverkan(['--version'], repo).stdout).toBe('0.1.0\n');
    const init = samverkan(['init', '--kommun', 'Uppsala'], repo);
    expect(init.code, init.stderr).toBe(0);
    const agreement = readdirSync(join(repo, 'agreements')).find((f) => f.endsWith('.yaml'))!;
    const id = agreement.replace(/\.yaml$/, '');
    expect(samverkan(['validate'], repo)).toMatchObject({ code: 0, stderr: '' });
    const year = Number(id.slice(-4));
    const followUp = samverkan(['new', 'follow-up', '--agreement', id, '--year', String(year)], repo);
    expect(followUp).toMatchObject({ code: 0, stdout: `follow-ups/${id}-uppfoljning-${year}.yaml\n`, stderr: '' });
    expect(samverkan(['validate'], repo)).toMatchObject({ code: 0, stderr: '' });
    const deadlines = samverkan(['deadlines', '--format', 'json'], repo);
    expect(deadlines.code).toBe(0);
    expect((JSON.parse(deadlines.stdout) as { deadlines: { type: string }[] }).deadlines.map((d) => d.type)).toContain('situation_report_update');
    const report = samverkan(['report', '--year', String(year), '--format', 'md'], repo);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain(`# Årsrapport ${year}`);
    expect(report.stdout).toContain('Samverkansöverenskommelse mellan Uppsala kommun och Polisen');
    expect(report.stdout).toContain(`${id}-uppfoljning-${year}`);
    // init took the package from the installed folder: the same files as npm's tarball.
    expect(unpacked(join(repo, '.samverkan', 'samverkan.tgz'))).toEqual(unpacked(tarball));
  }, 240_000);
});

/** Every file of a tarball and a hash of its bytes. */
function unpacked(file: string): Record<string, string> {
  const dir = mkdtempSync(join(work, 'unpacked-'));
  extract({ file, cwd: dir, sync: true, strict: true });
  return treeHashes(dir);
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
    expect(lines[0]).toBe(INSTALL);
    expect(readFileSync(join(PROJECT, 'examples/.github/workflows/samverkan.yml'), 'utf8')).toMatch(REGISTRY_LINE);

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
    expect(job.script[0]).toBe(INSTALL);
    expect(readFileSync(join(PROJECT, 'examples/.gitlab-ci.yml'), 'utf8')).toMatch(REGISTRY_LINE);
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'samverkan-junit.xml' } });
    const repo = exampleCopy();
    const gitlab = { GITLAB_CI: 'true' };
    for (const line of job.script) expect(runLine(line, repo, gitlab), line).toMatchObject({ code: 0 });
    expect(readFileSync(join(repo, 'samverkan-junit.xml'), 'utf8')).toContain('<testsuites name="samverkan"');
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
    // A broken document fails the job, fills both reports and is shown readably in the log.
    writeFileSync(join(repo, 'agreements', 'broken.yaml'), 'kind: agreement\nid: x\n');
    const results = job.script.slice(1).map((line) => runLine(line, repo, gitlab));
    expect(results.map((r) => r.code)).toEqual([0, 0, 1]);
    expect(results.at(-1)?.output).toContain('agreements/broken.yaml:1:1  fel');
    expect(readFileSync(join(repo, 'samverkan-junit.xml'), 'utf8')).toContain('classname="agreements/broken.yaml" file="agreements/broken.yaml"');
    const issues = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as { location: { path: string }; severity: string }[];
    expect(issues.map((i) => `${i.location.path} ${i.severity}`)).toContain('agreements/broken.yaml major');
  }, 180_000);

  it('the code scanning workflow uploads the SARIF, also when the check finds errors', () => {
    const workflow = parse(readFileSync(join(PROJECT, 'examples/.github/workflows/samverkan-kodskanning.yml'), 'utf8')) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = workflow.jobs['code-scanning']!.steps as (Step & { if?: string })[];
    const upload = steps.at(-1)!;
    expect(upload).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: 'samverkan.sarif' } });
    expect(upload.if).toContain('always()');
    const lines = steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(lines[0]).toBe(INSTALL);
    const repo = exampleCopy();
    writeFileSync(join(repo, 'agreements', 'broken.yaml'), 'kind: agreement\nid: x\n');
    expect(lines.map((line) => runLine(line, repo).code)).toEqual([0, 1]);
    const log = JSON.parse(readFileSync(join(repo, 'samverkan.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('schema/required');
  }, 180_000);

  it('the calendar recipes publish a feed to subscribe to, done deadlines included', () => {
    const workflow = parse(readFileSync(join(PROJECT, 'examples/.github/workflows/samverkan-kalender.yml'), 'utf8')) as Workflow & { on: { schedule: { cron: string }[] } };
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'push', 'workflow_dispatch']);
    const steps = workflow.jobs.publish!.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']);
    expect(steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')?.with).toEqual({ path: 'kalender' });
    const pages = (parse(readFileSync(join(PROJECT, 'examples/.gitlab/samverkan-kalender.yml'), 'utf8')) as { pages: GitlabJob & { artifacts: { paths: string[] } } }).pages;
    expect(pages.artifacts).toEqual({ paths: ['public'] });
    expect(pages.rules.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    for (const [lines, file] of [
      [steps.flatMap((s) => (s.run ? [s.run.trim()] : [])), 'kalender/samverkan.ics'],
      [pages.script, 'public/samverkan.ics'],
    ] as const) {
      expect(lines[0]).toBe(INSTALL);
      expect(lines.at(-1)).toContain('--all --format ics');
      const repo = exampleCopy();
      expect(lines.map((line) => runLine(line, repo).code)).toEqual([0, 0]);
      const ics = readFileSync(join(repo, file), 'utf8');
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/);
      expect(ics).toContain('\r\nSUMMARY:Klar: ');
    }
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
});

describe('CI files samverkan init writes', () => {
  /** A repository made by init, whose own .samverkan/samverkan.tgz the install line installs. */
  function initRepo(ci: string): string {
    const root = mkdtempSync(join(work, `init-${ci}-`));
    expect(runCli(['init', root, '--kommun', 'Uppsala', '--ci', ci]).code).toBe(0);
    return root;
  }

  it('GitHub: validate on pull requests with annotations, and the morning deadlines, run as written', () => {
    const root = initRepo('github');
    const workflow = parse(readFileSync(join(root, '.github/workflows/samverkan.yml'), 'utf8')) as Workflow & { on: { schedule: { cron: string }[] } };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule[0]?.cron).toBe('0 5 * * 1-5');
    const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs('validate')).toEqual([INSTALL, 'samverkan validate']);
    const summary = join(root, 'summary.md');
    const github = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    expect(runs('validate').map((line) => runLine(line, root, github).code)).toEqual([0, 0]);
    writeFileSync(join(root, 'agreements', 'trasig.yaml'), 'kind: agreement\nid: x\n');
    const broken = runLine('samverkan validate', root, github);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('::error file=agreements/trasig.yaml,line=1');
    rmSync(join(root, 'agreements', 'trasig.yaml'));
    // A new repository has no lägesbild yet, so the law's duties are overdue: the morning run says so.
    expect(runs('deadlines').map((line) => runLine(line, root, github).code)).toEqual([0, 0, 1]);
    expect(readFileSync(summary, 'utf8')).toContain('Uppdatera lägesbilden');
    expect(readFileSync(join(root, 'samverkan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }, 180_000);

  it('GitLab: the merge request job with its Code Quality and JUnit reports, and the scheduled deadlines, run as written', () => {
    const root = initRepo('gitlab');
    const config = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob>;
    expect(config.samverkan!.script).toEqual([
      INSTALL,
      'samverkan validate --format gitlab --output gl-code-quality-report.json || true',
      'samverkan validate --format junit --output samverkan-junit.xml || true',
      'samverkan validate --format pretty',
    ]);
    expect(config.samverkan!.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'samverkan-junit.xml' } });
    expect(config['samverkan-tidsfrister']!.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    const gitlab = { GITLAB_CI: 'true' };
    expect(config.samverkan!.script.map((line) => runLine(line, root, gitlab).code)).toEqual([0, 0, 0, 0]);
    expect(JSON.parse(readFileSync(join(root, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(root, 'samverkan-junit.xml'), 'utf8')).toContain('<testsuites name="samverkan"');
    expect(config['samverkan-tidsfrister']!.script.map((line) => runLine(line, root).code)).toEqual([0, 0, 1]);
  }, 180_000);
});

// `npm run bench`: times the CLI as users run it — whole processes, start-up included — on four
// data sets: a generated one-kommun repository (Gnesta), the bundled examples/, a generated
// national repository (all 290 kommuner, a folder each) and the same 290 folders as a workspace of
// 290 kommun repositories (each with its own samverkan.yaml), the generated ones written in the
// mix of hand-written styles of hand-yaml.mjs. Per data set it prints how many files the YAML fast path
// takes and why it left the others, then one Markdown table with `node -e 0` and the yaml-plus-ajv
// floor (floor.mjs) beside the commands and the targets from the issue.
//
// Environment: BENCH_RUNS (timed runs per command, default 5, after 1 warm-up), BENCH_SETS (which
// data sets, comma-separated: one,examples,national,workspace; default all), BENCH_KEEP=1 (keep the temp
// folder with the generated repositories).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeShare, fastShare } from './fast-share.mjs';
import { generateRepository, loadKommuner } from './generate.mjs';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(PROJECT, 'bin', 'samverkan');
const FLOOR = join(PROJECT, 'scripts', 'bench', 'floor.mjs');
const GNU_TIME = '/usr/bin/time';
const AS_OF = ['--as-of', '2026-11-24'];
const ONE_KOMMUN = '0461';

/** Runs timed per command; the report over all 290 uses fewer (see NATIONAL_REPORT_RUNS). */
const RUNS = parseRuns(process.env.BENCH_RUNS);
const SETS = (process.env.BENCH_SETS || 'one,examples,national,workspace').split(',');
/** The md report of all 290 is the slowest command; capped so the whole bench stays near 4 minutes. */
const NATIONAL_REPORT_RUNS = Math.min(RUNS, 3);

function parseRuns(value) {
  if (value === undefined || value === '') return 5;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    // Nothing is generated yet, so exiting here leaves nothing behind.
    console.error(`bench: BENCH_RUNS ska vara ett positivt heltal, inte "${value}".`);
    process.exit(2);
  }
  return n;
}

/** A failure with a message for the user; thrown (not process.exit) so the temp folder is removed. */
class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

/** GNU time gives the child's peak RSS (%M); without it (macOS, Alpine) memory is reported as n/a. */
function hasGnuTime() {
  const probe = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && `${probe.stdout}${probe.stderr}`.includes('GNU');
}

/** The YAML files below root and their bytes (MB = MiB, as for peak memory), dot folders skipped as samverkan does. */
function measureTree(root) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name) || /(?:^|\/)\./.test(relative(root, entry.parentPath))) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Runs argv once as a whole process with stdout to /dev/null and returns the wall time in seconds
 * and peak RSS in KB (null without GNU time). Aborts when the command fails, since timing an
 * error path would measure the wrong thing.
 */
function runOnce(argv, label, memFile, useTime) {
  const devNull = openSync('/dev/null', 'w');
  const command = useTime ? [GNU_TIME, '-f', '%M', '-o', memFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', devNull, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(devNull);
  if (result.status !== 0) {
    fail(`"${label}" avslutades med kod ${result.status ?? result.signal}:\n${result.stderr?.toString() ?? ''}`);
  }
  let kb = null;
  if (useTime) {
    // GNU time may put "Command exited with …" before the figure; the figure is the last line.
    const last = readFileSync(memFile, 'utf8').trim().split('\n').pop() ?? '';
    const parsed = Number.parseInt(last, 10);
    kb = Number.isFinite(parsed) ? parsed : null;
  }
  return { seconds, kb };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One warm-up (file cache, V8 code cache) and then `runs` timed runs. */
function bench(argv, label, runs, memFile, useTime) {
  runOnce(argv, label, memFile, useTime);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(runOnce(argv, label, memFile, useTime));
  const seconds = samples.map((s) => s.seconds);
  const kbs = samples.map((s) => s.kb).filter((kb) => kb !== null);
  return {
    runs,
    median: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    peakMb: kbs.length > 0 ? Math.max(...kbs) / 1024 : null,
  };
}

/**
 * The commands of a region's workspace: what a länsstyrelse or polisregion runs over all its
 * kommuner's repositories, each held to validate's time on the same data.
 */
function workspaceCommands(root) {
  const cli = (...args) => [process.execPath, BIN, ...args, '--workspace', root];
  return [
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'], baseline: true },
    { label: 'validate', argv: cli('validate'), seconds: 0.8 },
    { label: 'overview --as-of 2026-11-24', argv: cli('overview', ...AS_OF), relative: 1.2 },
    { label: 'overview --format json --as-of 2026-11-24', argv: cli('overview', '--format', 'json', ...AS_OF), relative: 1.2 },
    { label: 'overview --format html --as-of 2026-11-24', argv: cli('overview', '--format', 'html', ...AS_OF), relative: 1.2 },
    { label: 'status --as-of 2026-11-24', argv: cli('status', ...AS_OF), relative: 1.2 },
    { label: 'deadlines --format ics --as-of 2026-11-24', argv: cli('deadlines', '--format', 'ics', ...AS_OF), relative: 1.2 },
  ];
}

/** The commands of the issue for one repository, each with the target it is held to. */
function commands(root, { national, htmlAgreement, workspace }) {
  if (workspace) return workspaceCommands(root);
  const cli = (...args) => [process.execPath, BIN, ...args, '--root', root];
  const validateTarget = national ? 0.8 : 0.15;
  return [
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'], baseline: true },
    { label: 'floor: yaml + ajv', argv: [process.execPath, FLOOR, root], baseline: true },
    { label: 'validate', argv: cli('validate'), seconds: validateTarget },
    { label: 'validate --format json', argv: cli('validate', '--format', 'json'), seconds: validateTarget },
    { label: 'status --as-of 2026-11-24', argv: cli('status', ...AS_OF), relative: 1.2 },
    { label: 'deadlines --as-of 2026-11-24', argv: cli('deadlines', ...AS_OF), relative: 1.2 },
    {
      label: 'report --year 2025 --format md',
      argv: cli('report', '--year', '2025', ...AS_OF, '--format', 'md'),
      runs: national ? NATIONAL_REPORT_RUNS : RUNS,
    },
    {
      label: `report --year 2025 --format html --agreement ${htmlAgreement}`,
      argv: cli('report', '--year', '2025', ...AS_OF, '--format', 'html', '--agreement', htmlAgreement),
      seconds: national ? undefined : 0.3,
    },
  ];
}

const fmt = (s) => s.toFixed(3);

/** Times every command on one repository and prints its table. */
async function benchRepository(title, root, options, memFile, useTime) {
  const tree = measureTree(root);
  const share = describeShare(await fastShare(root));
  const rows = [];
  let validateMedian = null;
  let floorMedian = null;
  for (const c of commands(root, options)) {
    const runs = c.runs ?? RUNS;
    process.stderr.write(`  ${title}: ${c.label} (${runs} körningar)…\n`);
    const r = bench(c.argv, c.label, runs, memFile, useTime);
    if (c.label === 'validate') validateMedian = r.median;
    // Targets: seconds (absolute), relative (× validate's median), and peak memory for all but the baseline.
    const targets = [];
    const checks = [];
    if (c.seconds !== undefined) {
      targets.push(`< ${c.seconds} s`);
      checks.push(['time', r.median < c.seconds]);
    }
    if (c.relative !== undefined && validateMedian !== null) {
      targets.push(`≤ ${c.relative}× validate (${fmt(validateMedian * c.relative)} s)`);
      checks.push(['time', r.median <= validateMedian * c.relative]);
    }
    if (c.label === 'validate' && floorMedian !== null) targets.push(`floor × ${fmt(r.median / floorMedian)}`);
    if (c.label.startsWith('floor')) floorMedian = r.median;
    if (!c.baseline) {
      targets.push('< 200 MB');
      if (r.peakMb !== null) checks.push(['memory', r.peakMb < 200]);
    }
    rows.push([
      `\`${c.label}\`${runs !== RUNS ? ` (${runs} runs)` : ''}`,
      fmt(r.median),
      `${fmt(r.min)}–${fmt(r.max)}`,
      r.peakMb === null ? 'n/a' : r.peakMb.toFixed(0),
      targets.length > 0 ? targets.join(', ') : '— (baseline)',
      // Name what missed, so a row with two targets says which one failed.
      checks.length === 0
        ? '—'
        : checks.every(([, ok]) => ok)
          ? 'yes'
          : `**NO** (${checks.filter(([, ok]) => !ok).map(([name]) => name).join(', ')})`,
    ]);
  }
  const lines = [
    `### ${title}: ${tree.files} files, ${(tree.bytes / 1024 / 1024).toFixed(1)} MB`,
    '',
    `Fast path: ${share}.`,
    '',
    '| command | median s | min–max s | peak MB | target | ok? |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
  console.log(lines.join('\n'));
}

/** Refuses to time a repository that does not validate clean: the figures would be for error paths. */
function assertValid(title, root, workspace) {
  const result = spawnSync(process.execPath, [BIN, 'validate', workspace ? '--workspace' : '--root', root], {
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || /varning|warning/i.test(result.stdout)) {
    fail(`det genererade arkivet (${title}) validerar inte rent (kod ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

async function main() {
  const useTime = hasGnuTime();
  const work = mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
  const keep = process.env.BENCH_KEEP === '1';
  try {
    const kommuner = loadKommuner();
    const gnesta = kommuner.filter((k) => k.code === ONE_KOMMUN);
    if (gnesta.length !== 1) fail(`kommunkod ${ONE_KOMMUN} saknas i data/kommuner.csv`);
    // Gnesta's slug is "gnesta" in every data set, so the same agreement is rendered in each.
    const sets = [
      { key: 'one', title: 'One kommun (Gnesta 0461)', root: join(work, 'one-kommun'), kommuner: gnesta, national: false },
      { key: 'examples', title: 'examples/', root: join(PROJECT, 'examples'), national: false },
      { key: 'national', title: 'National (290 kommuner)', root: join(work, 'national'), kommuner, national: true },
      { key: 'workspace', title: 'Workspace (290 kommun repositories)', root: join(work, 'workspace'), kommuner, national: true, workspace: true },
    ].filter((set) => SETS.includes(set.key));
    process.stderr.write(`Genererar arkiv i ${work}…\n`);
    for (const set of sets) {
      if (set.kommuner) generateRepository(set.root, { kommuner: set.kommuner, workspace: set.workspace });
      assertValid(set.title, set.root, set.workspace);
    }

    const cpu = cpus()[0]?.model ?? 'okänd processor';
    console.log(
      `## samverkan bench — Node ${process.version}, ${cpus().length} × ${cpu}, 1 warm-up + ${RUNS} timed runs` +
        `${useTime ? '' : ' (GNU time saknas: minne n/a)'}\n`,
    );
    for (const set of sets) {
      await benchRepository(set.title, set.root, { national: set.national, htmlAgreement: 'gnesta-2023', workspace: set.workspace }, join(work, 'mem'), useTime);
    }
  } finally {
    if (keep) process.stderr.write(`BENCH_KEEP=1: arkiven finns kvar i ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}

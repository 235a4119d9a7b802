import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Microsoft's SARIF Multitool (the validator behind GitHub's SARIF documentation), from the npm
 * package @microsoft/sarif-multitool, which installs a self-contained .NET binary for the
 * platform. Undefined where no binary for this platform is installed or it does not start.
 */
export function findMultitool(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`);
    const binary = join(dirname(manifest), process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    return spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0 ? binary : undefined;
  } catch {
    return undefined;
  }
}

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  message: string;
}

/**
 * `Sarif.Multitool validate` on a SARIF text, with the given rule kinds ('Sarif', or 'Gh;Ghas'
 * for GitHub's and GitHub Advanced Security's rules), read from the log it writes. A result
 * without a level is a warning (SARIF 3.27.10).
 */
export function multitoolFindings(binary: string, sarif: string, folder: string, ruleKinds?: string): MultitoolFinding[] {
  const input = join(folder, 'input.sarif');
  const output = join(folder, 'validation.sarif');
  writeFileSync(input, sarif);
  const args = ['validate', input, '--output', output, '--log', 'ForceOverwrite', ...(ruleKinds ? ['--rule-kind', ruleKinds] : [])];
  const run = spawnSync(binary, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`Sarif.Multitool exited ${String(run.status)}:\n${run.stdout}${run.stderr}`);
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: { results?: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }[] }[];
  };
  return (log.runs[0]?.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    level: r.level ?? 'warning',
    message: r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`,
  }));
}

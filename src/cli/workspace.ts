import { join, resolve } from 'node:path';
import { readWorkspaceFile, workspaceOfRoots, type ResolvedWorkspace } from '../check/workspace-file.js';
import { statIfAny } from '../load/stat-if-any.js';
import { UsageError } from '../errors.js';
import { WORKSPACE_FILE } from '../model/file-names.js';
import { localize } from '../model/lang.js';
import type { Io } from './io.js';
import type { WorkspaceCommandOptions } from './program.js';

/**
 * The roots a command reads: every `--root` given; else the workspace file `--workspace` names;
 * else `samverkan-workspace.yaml` in the current folder; else the current folder alone.
 */
export async function openWorkspace(options: Pick<WorkspaceCommandOptions, 'root' | 'workspace' | 'lang'>, io: Pick<Io, 'cwd'>): Promise<ResolvedWorkspace> {
  const roots = options.root ?? [];
  if (roots.length > 0 && options.workspace !== undefined) {
    throw new UsageError(
      localize(
        {
          sv: '--root och --workspace kan inte anges tillsammans: arbetsytans fil anger redan rotmapparna.',
          en: '--root and --workspace cannot be given together: the workspace file already names the root folders.',
        },
        options.lang ?? 'sv',
      ),
    );
  }
  if (roots.length > 0) return workspaceOfRoots(io.cwd, roots);
  if (options.workspace !== undefined) return readWorkspaceFile(resolve(io.cwd, options.workspace), options.lang);
  const found = join(io.cwd, WORKSPACE_FILE);
  if (statIfAny(found)?.isFile()) return readWorkspaceFile(found, options.lang);
  return workspaceOfRoots(io.cwd, ['.']);
}

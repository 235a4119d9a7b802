import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (relative, with `/`) and a hash of its bytes: equal trees, equal maps. */
export function treeHashes(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(root, path);
    try {
      result[path.split('\\').join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      // A folder.
    }
  }
  return result;
}

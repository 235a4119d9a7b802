import { statSync, type Stats } from 'node:fs';

/**
 * What `path` is, or undefined when it cannot be asked (missing, no permission, a broken link):
 * asked synchronously, as folders are listed. A workspace asks it of every root in turn, and a
 * promise each left the process waiting on the thread pool between them.
 */
export function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

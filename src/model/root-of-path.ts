/**
 * The root a workspace path belongs to: the index of the longest label it starts with (a root's
 * folder may hold other roots, `kommuner` and `kommuner/gnesta`), `''` being the workspace's own
 * folder; -1 for a path under none of them (a baseline file beside the roots).
 */
export function rootOfPath(path: string, labels: readonly string[]): number {
  let best = -1;
  for (const [i, label] of labels.entries()) {
    const inside = label === '' || path.startsWith(`${label}/`);
    if (inside && (best === -1 || label.length > labels[best]!.length)) best = i;
  }
  return best;
}

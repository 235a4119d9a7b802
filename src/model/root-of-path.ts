/**
 * Which root of a workspace a path belongs to, for every path of a run: the index of the longest
 * label it starts with (a root's folder may hold other roots, `kommuner` and `kommuner/gnesta`),
 * `''` being the workspace's own folder and the first of two equal labels winning; -1 for a path
 * under none of them (a baseline file beside the roots). A lookup per folder above the path, not
 * a comparison with every label: a region's findings times its roots was quadratic, and a
 * baseline's sort asks twice per comparison.
 */
export function rootFinder(labels: readonly string[]): (path: string) => number {
  const byLabel = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!byLabel.has(label)) byLabel.set(label, i);
  });
  const outside = byLabel.get('') ?? -1;
  return (path) => {
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      const found = byLabel.get(path.slice(0, end));
      if (found !== undefined) return found;
    }
    return outside;
  };
}

// How many files of a repository the YAML fast path takes, and why it leaves the others to yaml's
// exact parser, as the library's loadRepository reports it (LoadedFile.parsedBy).
// Used by run.mjs; runnable alone: node scripts/bench/fast-share.mjs ROOT (after npm run build).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const load = (path) => import(pathToFileURL(join(DIST, path)).href);

/** @returns {Promise<{ files: number, taken: number, reasons: Map<string, number> }>} */
export async function fastShare(root) {
  const { loadRepository } = await load('index.js');
  // A workspace's folders are repositories of their own (each with a samverkan.yaml): all of them count.
  const files = [];
  for (const queue = [root]; queue.length > 0; ) {
    const repository = await loadRepository(queue.shift(), { lang: 'sv' });
    files.push(...repository.files);
    queue.push(...repository.roots);
  }
  const reasons = new Map();
  let taken = 0;
  for (const { parsedBy } of files) {
    if (parsedBy?.path === 'fast') taken++;
    else {
      const reason = parsedBy?.reason ?? 'unreadable';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return { files: files.length, taken, reasons: new Map([...reasons].sort((a, b) => b[1] - a[1])) };
}

/** One line for the bench: "4 800 of 4 891 files (98.1 %); the others: flow 80, escape 11". */
export function describeShare({ files, taken, reasons }) {
  const share = files === 0 ? 0 : (100 * taken) / files;
  const others = [...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ');
  return `${taken} of ${files} files (${share.toFixed(1)} %)${others === '' ? '' : `; the others: ${others}`}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  if (!root) {
    console.error('usage: node scripts/bench/fast-share.mjs ROOT');
    process.exitCode = 2;
  } else console.log(`fast path: ${describeShare(await fastShare(root))}`);
}

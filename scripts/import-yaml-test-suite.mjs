// Writes test/yaml-test-suite/cases.json from a git clone of yaml/yaml-test-suite: every case of its
// `data` branch (`in.yaml`, `in.json` where the suite gives one, `error` where the YAML is invalid,
// and the case's name from `===`). The suite is MIT-licensed; its licence is kept beside the cases.
//
// node scripts/import-yaml-test-suite.mjs PATH-TO-CLONE-OR-GIT-DIR
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = process.argv[2];
if (!repo) {
  console.error('usage: node scripts/import-yaml-test-suite.mjs PATH-TO-CLONE-OR-GIT-DIR');
  process.exit(2);
}
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'yaml-test-suite');
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const commit = git('rev-parse', 'data').trim();
const paths = git('ls-tree', '-r', '--name-only', 'data').trim().split('\n');
const byCase = new Map();
for (const path of paths) {
  const slash = path.lastIndexOf('/');
  const id = path.slice(0, slash);
  const file = path.slice(slash + 1);
  if (!['===', 'in.yaml', 'in.json', 'error'].includes(file)) continue;
  const entry = byCase.get(id) ?? {};
  entry[file] = true;
  byCase.set(id, entry);
}
const cases = [...byCase.keys()]
  .filter((id) => byCase.get(id)['in.yaml'])
  .sort()
  .map((id) => {
    const has = byCase.get(id);
    const show = (file) => git('show', `${commit}:${id}/${file}`);
    return {
      id,
      name: has['==='] ? show('===').trim() : '',
      yaml: show('in.yaml'),
      json: has['in.json'] ? show('in.json') : null,
      error: has.error === true,
    };
  });
writeFileSync(join(OUT, 'cases.json'), `${JSON.stringify({ source: 'https://github.com/yaml/yaml-test-suite', branch: 'data', commit, cases }, null, 1)}\n`);
writeFileSync(join(OUT, 'LICENSE'), git('show', 'main:License'));
console.log(`${cases.length} cases from ${commit}`);

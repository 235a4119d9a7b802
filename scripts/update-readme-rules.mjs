// `npm run docs:rules`: writes the README's table of domain rules from the rule catalogue (the
// compiled dist/), through a temp file and a rename so the README is never half written.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withRuleTable } from '../dist/present/readme-rules.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withRuleTable(before);
if (after === before) {
  console.log('README.md: the rule table is up to date.');
} else {
  writeFileSync(`${readme}.tmp`, after);
  renameSync(`${readme}.tmp`, readme);
  console.log('README.md: the rule table is written anew from the rule catalogue.');
}

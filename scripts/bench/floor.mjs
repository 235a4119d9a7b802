// The floor the bench compares `samverkan validate` with: what any tool built from the two
// libraries must at least spend on a repository. It finds every *.yaml/*.yml file (skipping dot
// folders and node_modules), parses it with yaml's parseAllDocuments and checks each document with
// the same ajv validators samverkan compiles at build time. No positions, no messages, no rules.
//
// node scripts/bench/floor.mjs ROOT   (after npm run build); prints files, documents and invalid ones.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const require = createRequire(import.meta.url);
const validators = require('../../dist/check/schema/generated/validators.cjs');

function* yamlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') yield* yamlFiles(join(dir, entry.name));
    } else if (/\.ya?ml$/i.test(entry.name)) yield join(dir, entry.name);
  }
}

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/bench/floor.mjs ROOT');
  process.exit(2);
}
let files = 0;
let documents = 0;
let invalid = 0;
for (const file of yamlFiles(root)) {
  files++;
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    documents++;
    const data = doc.toJS();
    const validate = validators[data?.kind];
    if (doc.errors.length > 0 || !validate || !validate(data)) invalid++;
  }
}
console.log(`${files} files, ${documents} documents, ${invalid} invalid`);

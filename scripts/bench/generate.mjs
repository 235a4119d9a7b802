// Generates a large, realistic samverkan repository for the benchmark (scripts/bench/run.mjs) and
// for test/bench-generator.test.ts. Everything is derived from the kommun list and a PRNG seeded by
// the kommunkod, never from the clock or Math.random, so two runs write byte-identical files and
// benchmark figures from different days measure the same input.
//
// A national repository has a folder per kommun, each written by its own hand (hand-yaml.mjs):
// some on Windows (CRLF), some with both annual reviews in one file of two documents, a few with
// flow mappings. A repository of one kommun has its folders at the root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES_PER_KOMMUN, kommunDocuments } from './documents.mjs';
import { drawStyle, writeYaml } from './hand-yaml.mjs';
import { chance, prng } from './random.mjs';

export { FILES_PER_KOMMUN };

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Parses the shipped CSV files (simple: no quoted fields in them). */
function readCsv(file) {
  const [header, ...lines] = readFileSync(join(PROJECT, 'data', file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

/**
 * The 290 kommuner from data/kommuner.csv with their police region, in file order.
 * @returns {{ code: string, name: string, county: string, policeRegion: string }[]}
 */
export function loadKommuner() {
  const regions = new Map(readCsv('polisregioner.csv').map((r) => [r.county_code, r.police_region]));
  return readCsv('kommuner.csv').map((k) => {
    const policeRegion = regions.get(k.county_code);
    // A county without a region would make police/region-matches-county fail later, less clearly.
    if (!policeRegion) throw new Error(`Ingen polisregion för län ${k.county_code} (${k.municipality_name})`);
    return { code: k.municipality_code, name: k.municipality_name, county: k.county_name, policeRegion };
  });
}

/** "Malung-Sälen" → "malung-salen": ids must match ^[a-z0-9][a-z0-9-]*$. */
export function slugify(name) {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Writes one kommun's files below `dir`; returns how many. The reviews go into one file of two
 * documents for some kommuner, which is why a kommun writes up to FILES_PER_KOMMUN files.
 */
function writeKommun(dir, k, slug) {
  const rng = prng(Number(k.code) * 40503 + 7);
  const style = drawStyle(rng);
  const crlf = chance(rng, 0.12);
  const reviewsTogether = chance(rng, 0.15);
  const files = new Map();
  for (const { folder, doc, heading } of kommunDocuments(k, slug)) {
    const name = reviewsTogether && doc.kind === 'annual_review' ? `${slug}-aktualitetsprovningar` : doc.id;
    const path = join(dir, folder, `${name}.yaml`);
    const file = files.get(path) ?? { documents: [], heading };
    file.documents.push(doc);
    files.set(path, file);
  }
  for (const [path, { documents, heading }] of files) {
    const text = writeYaml(documents, heading, style, rng, { flowMaps: chance(rng, 0.02) });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, crlf ? text.replaceAll('\n', '\r\n') : text);
  }
  return files.size;
}

/**
 * Writes a repository for the given kommuner into dir (which should be empty) and returns the
 * number of files written. Validates clean with `samverkan validate`.
 *
 * With `workspace`, the folders are a region's: each kommun's folder is a repository of its own
 * with its own samverkan.yaml (most in Swedish, some in English, some with working days off), and
 * dir holds the samverkan-workspace.yaml that lists them instead of a samverkan.yaml.
 * @param {string} dir
 * @param {{ kommuner: { code: string, name: string, county: string, policeRegion: string }[], workspace?: boolean }} options
 */
export function generateRepository(dir, { kommuner, workspace = false }) {
  const slugs = new Set();
  let files = 0;
  mkdirSync(dir, { recursive: true });
  if (!workspace) {
    writeFileSync(join(dir, 'samverkan.yaml'), '# Genererat av scripts/bench/generate.mjs\nkind: config\nlanguage: sv\n');
    files++;
  }
  for (const k of kommuner) {
    // Håbo and Habo both become "habo": the later one in the list gets its kommunkod appended,
    // since every id is built from the slug and must be unique across the repository.
    let slug = slugify(k.name);
    if (slugs.has(slug)) slug = `${slug}-${k.code}`;
    if (slugs.has(slug)) throw new Error(`Två kommuner får samma id-prefix: ${slug}`);
    slugs.add(slug);
    const folder = kommuner.length === 1 && !workspace ? dir : join(dir, slug);
    files += writeKommun(folder, k, slug);
    if (workspace) {
      writeFileSync(join(folder, 'samverkan.yaml'), kommunConfig(k));
      files++;
    }
  }
  if (workspace) {
    const roots = [...slugs].map((slug) => `  - ${slug}`).join('\n');
    writeFileSync(join(dir, 'samverkan-workspace.yaml'), `# Genererat av scripts/bench/generate.mjs\nkind: workspace\nroots:\n${roots}\n`);
    files++;
  }
  return files;
}

/** A kommun's own settings, drawn from its kommunkod like everything else it writes. */
function kommunConfig(k) {
  const rng = prng(Number(k.code) * 7919 + 3);
  const lines = ['# Genererat av scripts/bench/generate.mjs', 'kind: config', `language: ${chance(rng, 0.1) ? 'en' : 'sv'}`];
  if (chance(rng, 0.2)) lines.push('exclude:', '  - .gitlab-ci.yml', '  - utkast/**');
  if (chance(rng, 0.1)) lines.push('deadlines:', '  working_days: false');
  return `${lines.join('\n')}\n`;
}

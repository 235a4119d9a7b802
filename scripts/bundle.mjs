// Bundles the CLI for bin/samverkan (run by `npm run build` after tsc): a run loads a handful of
// files instead of ~100 ES modules and package files, and bin/samverkan reuses V8's compiled code
// for them across runs (src/cli/code-cache.ts).
//
//   dist/bundle/cli.cjs         src/cli/main.ts with our code, commander, chalk, ajv's runtime and
//                               the compiled validators; what a command does not need stays
//                               unevaluated until it is asked for (esbuild's lazy module init)
//   dist/bundle/yaml.cjs        the yaml package: read only when a file goes the exact way
//   dist/bundle/handlebars.cjs  handlebars: read only for reports
//   dist/bundle/loader.cjs      src/cli/code-cache.ts, which bin/samverkan (CommonJS, like
//                               everything here: no ES module loader to start) requires to run the rest
//
// playwright-core (PDF and Word), @cantoo/pdf-lib (PDF), docx (Word) and fast-xml-parser (a logo.svg)
// stay packages of their own, loaded from node_modules only when a report needs them: bundled,
// their megabytes would be read by every run of every command.
// The unbundled dist/ stays the library (package.json `exports`). Everything bundled is CommonJS,
// since a vm.Script, which takes V8's cached data on Node 20, runs scripts and not ES modules.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');
/** Packages each bundled into a file of its own and asked for by name (see CHUNKS in code-cache.ts). */
const CHUNKS = ['yaml', 'handlebars'];

/**
 * Our sources are ES modules that find files next to their compiled selves in dist/ through
 * `import.meta.url`. In the bundle each keeps the URL it has in dist/, and `createRequire(import.meta.url)(x)`
 * becomes a plain `require(x)`, which esbuild follows (the validators, package.json) or leaves to
 * the loader (yaml).
 */
const distUrls = {
  name: 'dist-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        const inDist = relative(join(ROOT, 'src'), args.path).replace(/\\/g, '/').replace(/\.ts$/, '.js');
        contents = contents
          .replaceAll('createRequire(import.meta.url)(', 'require(')
          .replaceAll('import.meta.url', `require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', ${JSON.stringify(inDist)})).href`);
      }
      return { contents, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Not minified, so a --debug stack trace names our functions and lines a person can find. No
  // keepNames: it wraps every function made at run time (a closure per file, per rule check) in a
  // call that sets its name, 1–2 % of a national validate, and nothing here reads a function's name.
  legalComments: 'inline',
  logLevel: 'warning',
  // import() becomes a lazy require: a vm.Script has no loader for dynamic imports on Node 20.
  supported: { 'dynamic-import': false },
};

/** Names the build on the file's first line: the code cache keeps code only for the build it was made from. */
async function nameBuild(file) {
  const code = await readFile(file, 'utf8');
  await writeFile(file, `// samverkan build ${createHash('sha256').update(code).digest('hex')}\n${code}`);
}

await build({
  ...common,
  entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
  outfile: join(OUT, 'cli.cjs'),
  external: [...CHUNKS, 'playwright-core', '@cantoo/pdf-lib', 'docx', 'fast-xml-parser'],
  plugins: [distUrls],
});
await nameBuild(join(OUT, 'cli.cjs'));
await build({ ...common, entryPoints: [join(ROOT, 'src', 'cli', 'code-cache.ts')], outfile: join(OUT, 'loader.cjs') });
for (const name of CHUNKS) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, loader: 'js' },
    outfile: join(OUT, `${name}.cjs`),
  });
  await nameBuild(join(OUT, `${name}.cjs`));
}

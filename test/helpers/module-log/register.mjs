// Preloaded with `node --import` by test/e2e/lazy-loading.test.ts: records every module the CLI
// loads into the file named by SAMVERKAN_MODULE_LOG: ES modules through a resolve hook, CommonJS
// ones (a package required from node_modules) from the require cache at exit, and the files of the
// CLI's bundle (dist/bundle/*.cjs), which its loader reads and compiles itself, from the reads.
import fs, { appendFileSync } from 'node:fs';
import { createRequire, register, syncBuiltinESMExports } from 'node:module';

const log = process.env.SAMVERKAN_MODULE_LOG;
if (log) {
  register('./hooks.mjs', import.meta.url, { data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(log, `${Object.keys(require.cache).join('\n')}\n`));
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (path, ...rest) {
    if (/[\\/]dist[\\/]bundle[\\/][^\\/]+\.cjs$/.test(String(path))) appendFileSync(log, `${String(path)}\n`);
    return readFileSync.call(this, path, ...rest);
  };
  // ES modules imported `readFileSync` by name before now; let them see the wrapper too.
  syncBuiltinESMExports();
}

// Preloaded with `node --import` by test/e2e/lazy-loading.test.ts: records every module the CLI
// loads into the file named by SAMVERKAN_MODULE_LOG, ES modules through a resolve hook and
// CommonJS ones (ajv, yaml: loaded with require) from the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.SAMVERKAN_MODULE_LOG;
if (log) {
  register('./hooks.mjs', import.meta.url, { data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(log, `${Object.keys(require.cache).join('\n')}\n`));
}

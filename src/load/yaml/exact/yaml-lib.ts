import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use: the fast path reads a healthy repository without it,
 * and it is a fifth of a small run's start-up. Under Node, `import` and `require` of `yaml` both
 * resolve to its CommonJS build, so this is the same module instance a static import would give.
 */
export function yamlLib(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}

import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use: the fast path reads a healthy repository without it,
 * and it is a fifth of a small run's start-up. Under Node, `import` and `require` of `yaml` both
 * resolve to its CommonJS build, so this is the same module instance a static import would give.
 * In the CLI's bundle this is a plain `require('yaml')`, which loads the bundled yaml file.
 */
export function yamlLib(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

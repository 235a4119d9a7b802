import { createRequire } from 'node:module';

/** The package's version, read once from package.json (beside dist/ and src/ alike). */
export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

// tsc does not copy the generated CommonJS validators; put them beside the compiled code.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(root, 'src/check/schema/generated'), join(root, 'dist/check/schema/generated'), { recursive: true });

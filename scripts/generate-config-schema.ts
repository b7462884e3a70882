// Writes schemas/config.schema.json (for editors: `$schema` in .batchlint.yaml) from the rule
// registry. Run with `npm run generate` (after a build); test/config-schema.test.ts fails when stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG as RULES } from '../rules/index.js';
import { buildConfigSchema } from '../src/config/config-schema.js';

export const CONFIG_SCHEMA_PATH = 'schemas/config.schema.json';

export function renderConfigSchema(): string {
  return JSON.stringify(buildConfigSchema(RULES), null, 2) + '\n';
}

const root = fileURLToPath(new URL('../..', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(root, CONFIG_SCHEMA_PATH), renderConfigSchema());
  console.log(`generate-config-schema: wrote ${CONFIG_SCHEMA_PATH} (${RULES.length} rules)`);
}

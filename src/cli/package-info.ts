import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: { name: string; version: string; homepage?: string } | undefined;

/** name and version from package.json (dist/src/cli -> package root). */
export function packageInfo(): { name: string; version: string; homepage?: string } {
  cached ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { name: string; version: string };
  return cached;
}

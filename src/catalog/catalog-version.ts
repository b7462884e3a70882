// What `batchlint --version --verbose` says about the bundled instance catalog. Only this path reads
// the catalog file; plain `--version` never does.
import { loadInstanceCatalog } from './instance-catalog.js';

export function describeCatalogVersion(): string {
  const catalog = loadInstanceCatalog();
  const lines = [`instance catalog: ${catalog.size} instance types, snapshot ${catalog.meta.snapshotDate} (collected ${catalog.meta.collected})`];
  for (const source of catalog.meta.sources) lines.push(`  ${source.what}: ${source.from}`);
  return `${lines.join('\n')}\n`;
}

// `--catalog FILE`, the same for `lint` (its cost rules) and `cost`: the bundled prices with the file's
// figures over them, so both commands price from the same catalog.
import { resolve } from 'node:path';
import { bundledPriceCatalog, overlayPriceCatalog, PriceCatalogError, readPriceCatalogFile, type PriceCatalog } from '../pricing/price-catalog.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

export function priceCatalogFromFlag(file: string | undefined, io: Pick<Io, 'cwd'>): PriceCatalog {
  try {
    return file ? overlayPriceCatalog(bundledPriceCatalog(), readPriceCatalogFile(resolve(io.cwd, file))) : bundledPriceCatalog();
  } catch (error) {
    if (error instanceof PriceCatalogError) throw new UsageError(error.message);
    throw error;
  }
}

// `batchlint pricing update`: a price catalog from the live AWS APIs, for `cost --catalog FILE`.
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';
import { writeOutputFile } from './output-edge.js';

export interface PricingUpdateFlags {
  region: string[];
  instanceTypes?: string[];
  output?: string;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export async function runPricingUpdate(flags: PricingUpdateFlags, io: Io): Promise<number> {
  const bad = flags.region.find((r) => !REGION.test(r));
  if (bad !== undefined) throw new UsageError(`"${bad}" is not a region code (like us-east-1)`);
  const { fetchRegionCatalog } = await import('../pricing/live/live-prices.js');
  let catalog;
  try {
    catalog = await fetchRegionCatalog(flags.region, flags.instanceTypes ?? []);
  } catch (error) {
    throw new UsageError(`cannot fetch prices from AWS: ${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`);
  }
  const text = `${JSON.stringify(catalog, null, 1)}\n`;
  if (flags.output) {
    try {
      writeOutputFile(io, flags.output, text);
    } catch (error) {
      throw new UsageError(`cannot write "${flags.output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const count = (m: Record<string, Record<string, unknown>>): number => Object.values(m).reduce((n, t) => n + Object.keys(t).length, 0);
    io.stderr(`wrote ${flags.output}: ${count(catalog.ec2.onDemand)} On-Demand and ${count(catalog.ec2.spot)} Spot prices, Fargate in ${Object.keys(catalog.fargate.onDemand).length} region(s)\n`);
  } else io.stdout(text);
  return 0;
}

// `batchlint cost`: files -> model -> pairings -> placement -> prices -> cost report.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPaths } from '../lint-files.js';
import { configFileFilter, configPairings } from '../config/config-settings.js';
import { estimateCosts, DEFAULT_COST_REGION, type CostOptions } from '../cost/estimate-costs.js';
import { diffCostReports } from '../cost/cost-diff.js';
import { workloadFile, workloadNameProblems } from '../cost/workload-file.js';
import { formatCostDiffJson, formatCostDiffMarkdown, formatCostDiffText } from '../reporters/cost-diff.js';
import { parseDuration } from '../cost/duration.js';
import { overlayPriceCatalog, type PriceCatalog } from '../pricing/price-catalog.js';
import { formatCostJson } from '../reporters/cost-json.js';
import { formatCostMarkdown } from '../reporters/cost-markdown.js';
import { formatCostText } from '../reporters/cost-text.js';
import { escapeControl } from '../reporters/safe-text.js';
import type { Io } from './io.js';
import { configFromFlag } from './config-flag.js';
import { UsageError } from './usage-error.js';
import { priceCatalogFromFlag } from './price-catalog-flag.js';
import { redactedJson, writeOutputFile } from './output-edge.js';
import { redactStrings } from '../engine/redact.js';
import type { LintModel } from '../graph/lint-model.js';
import { jobRequirements } from '../placement/job-requirements.js';
import { placeJob } from '../placement/place-job.js';

export interface CostFlags {
  region?: string;
  duration?: string;
  arraySize?: string;
  jobsPerMonth?: string;
  livePricing?: boolean;
  refreshPricing?: boolean;
  catalog?: string;
  format: 'text' | 'json' | 'markdown';
  output?: string;
  config?: string | false;
  /** Write the usage file (every pairing with the volume assumed) to this path (`--write-workloads`). */
  writeWorkloads?: string;
  /** A path or git revision to compare with (`--diff`). */
  diff?: string;
}

function positiveNumber(flag: string, text: string | undefined, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || text.trim() === '') throw new UsageError(`${flag} must be a ${integer ? 'whole ' : ''}number, got "${text}"`);
  return n;
}


function baseCatalog(flags: CostFlags, io: Io): PriceCatalog {
  return priceCatalogFromFlag(flags.catalog, io);
}

/** The instance types and Fargate regions the estimate will look up: what --live-pricing fetches. */
function pricesNeeded(model: LintModel, region: string | undefined): { ec2: Map<string, Set<string>>; fargateRegions: Set<string> } {
  const ec2 = new Map<string, Set<string>>();
  const fargateRegions = new Set<string>();
  for (const jd of model.byKind.jobDefinition) {
    if (!jobRequirements(jd.data)) continue;
    for (const pairing of model.graph.pairingsOf(jd)) {
      const placement = placeJob(jd, pairing.queue, model.graph, region ? { region } : {});
      for (const env of placement.environments) {
        const r = region ?? env.region ?? DEFAULT_COST_REGION;
        if (env.status === 'fargate') fargateRegions.add(r);
        if (env.status !== 'instances') continue;
        const types = ec2.get(r) ?? new Set<string>();
        for (const node of env.nodes) for (const c of node.candidates) types.add(c.type.name);
        if (types.size > 0) ec2.set(r, types);
      }
    }
  }
  return { ec2, fargateRegions };
}

export async function runCostCommand(paths: string[], flags: CostFlags, io: Io): Promise<number> {
  const durationSeconds = flags.duration === undefined ? undefined : parseDuration(flags.duration);
  if (flags.duration !== undefined && durationSeconds === undefined) throw new UsageError(`--duration must be like 90s, 30m, 2h or a number of seconds, got "${flags.duration}"`);
  const arraySize = positiveNumber('--array-size', flags.arraySize, true);
  if (arraySize !== undefined && (arraySize < 1 || arraySize > 10_000)) throw new UsageError('--array-size must be 1 to 10000 (AWS allows arrays of 2 to 10,000 jobs)');
  const jobsPerMonth = positiveNumber('--jobs-per-month', flags.jobsPerMonth, false);
  if (flags.refreshPricing && !flags.livePricing) throw new UsageError('--refresh-pricing needs --live-pricing');

  const config = await configFromFlag(flags.config, io);
  const fileFilter = configFileFilter(config);
  const load = (cwd: string, paths: string[]) => loadPaths(paths, { cwd, pairings: configPairings(config), ...(fileFilter ? { fileFilter } : {}) });
  const result = await load(io.cwd, paths);
  if (result.missing.length > 0) throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`));
  const misspelt = workloadNameProblems(result.model);
  if (misspelt.length > 0) throw new UsageError(misspelt);
  for (const f of result.fileFindings) if (f.ruleId === 'parse-error' || f.category === 'internal') io.stderr(`${escapeControl(f.location.file ?? '')}:${f.location.line}:${f.location.column}: ${escapeControl(f.message)} (not priced)\n`);

  let catalog = baseCatalog(flags, io);
  if (flags.livePricing) {
    const [{ fetchLivePrices }, { PricingCache }] = await Promise.all([import('../pricing/live/live-prices.js'), import('../pricing/live/pricing-cache.js')]);
    const cache = new PricingCache({ env: io.env, refresh: Boolean(flags.refreshPricing) });
    try {
      catalog = overlayPriceCatalog(catalog, await fetchLivePrices(pricesNeeded(result.model, flags.region), { cache }));
    } catch (error) {
      throw new UsageError(`--live-pricing: cannot fetch prices from AWS: ${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  const options: CostOptions = {
    catalog,
    ...(flags.region ? { region: flags.region } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    ...(arraySize !== undefined ? { arraySize } : {}),
    ...(jobsPerMonth !== undefined ? { jobsPerMonth } : {}),
    workloads: config?.config.workloads ?? [],
    livePricing: Boolean(flags.livePricing),
  };
  // Names and notes come from the input: masked one string at a time, so the JSON stays valid.
  const report = redactStrings(estimateCosts(result.model, options));
  for (const failure of report.failures ?? []) {
    const where = failure.jobDefinition !== null ? ` for job definition "${failure.jobDefinition}"` : '';
    io.stderr(`${escapeControl(`batchlint: internal error in the ${failure.stage} stage${where}: ${failure.message}; everything else was priced. Please report this.`)}\n`);
  }
  if (flags.writeWorkloads) {
    try {
      writeOutputFile(io, flags.writeWorkloads, workloadFile(report));
    } catch (error) {
      throw new UsageError(`cannot write "${flags.writeWorkloads}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (flags.diff !== undefined) {
    // The base is priced with the same catalog, volumes and workloads, so only the configuration differs.
    const { baseConfiguration, BaseConfigurationError } = await import('../cost/base-configuration.js');
    let base;
    try {
      base = await baseConfiguration(flags.diff, paths, io.cwd);
    } catch (error) {
      if (error instanceof BaseConfigurationError) throw new UsageError(error.message);
      throw error;
    }
    try {
      // Paths the base does not have are an empty base (the head adds them), not an error.
      const present = existsSync(base.cwd) ? base.paths.filter((p) => existsSync(resolve(base.cwd, p))) : [];
      const baseReport = present.length === 0 ? { ...report, estimates: [], idleFloors: [], environmentBurns: [], totals: [], recommendations: [] } : redactStrings(estimateCosts((await load(base.cwd, present)).model, options));
      const diff = diffCostReports(baseReport, report, base.label);
      return emit(flags.format === 'json' ? redactedJson(formatCostDiffJson(diff)) : flags.format === 'markdown' ? formatCostDiffMarkdown(diff) : formatCostDiffText(diff), flags, io);
    } finally {
      base.cleanup();
    }
  }
  return emit(flags.format === 'json' ? redactedJson(formatCostJson(report)) : flags.format === 'markdown' ? formatCostMarkdown(report) : formatCostText(report), flags, io);
}

function emit(text: string, flags: CostFlags, io: Io): number {
  if (flags.output) {
    try {
      writeOutputFile(io, flags.output, text);
    } catch (error) {
      throw new UsageError(`cannot write "${flags.output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else io.stdout(text);
  return 0;
}

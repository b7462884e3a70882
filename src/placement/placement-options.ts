// The options every placement rule (and `explain`) reads: the memory model and how to read `optimal`.
// Each rule declares them, so `rules: { unplaceable-job: [error, { marginPercent: 5 }] }` works; the
// defaults are the documented model (docs/placement.md).
import type { OptimalBehavior } from '../catalog/batch-instance-keywords.js';
import { MEMORY_MODEL_OPTIONS, memoryModelFromOptions } from './memory-model.js';
import { option } from '../engine/rule-options.js';
import type { PlacementOptions } from './place-job.js';

/** The placement rules' options, declared once (schema, default and type). */
export const PLACEMENT_OPTIONS = {
  ...MEMORY_MODEL_OPTIONS,
  optimal: option.oneOf(['default_x86_64', 'legacy'], 'default_x86_64', {
    description: '`legacy` reads `optimal` as before 2025-11-01 (m4/c4/r4, m5/c5/r5 or m6i/c6i/r6i by Region), for environments Batch did not update',
  }),
  region: option.string(undefined, { description: 'Region to assume for resources without an ARN (legacy `optimal` table)' }),
};

// Per options object: the engine gives each rule one frozen options object for the run, so every
// placement a rule asks for shares one memory model, whose cache key (place-job.ts) is then made once.
const fromRule = new WeakMap<object, PlacementOptions>();

export function placementOptionsFromRule(options: Readonly<Record<string, unknown>>): PlacementOptions {
  let placement = fromRule.get(options);
  if (!placement) fromRule.set(options, (placement = readPlacementOptions(options)));
  return placement;
}

function readPlacementOptions(options: Readonly<Record<string, unknown>>): PlacementOptions {
  const optimal: OptimalBehavior = options.optimal === 'legacy' ? 'legacy' : 'default_x86_64';
  const region = typeof options.region === 'string' && options.region !== '' ? options.region : undefined;
  return { memoryModel: memoryModelFromOptions(options), optimal, ...(region ? { region } : {}) };
}

import { defineRule } from '../../src/engine/rule.js';
import { expandInstanceTypes } from '../../src/catalog/expand-instance-types.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'gpu-non-nvidia-instance-family',
  title: 'Non-NVIDIA GPU family in an environment serving GPU jobs',
  category: 'sizing',
  severity: 'warning',
  description: 'A compute environment that serves GPU jobs lists a family whose GPUs Batch does not schedule (AMD g4ad, Habana dl1).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'AWS Batch schedules only NVIDIA GPUs: "G4ad instance family isn\'t supported" for GPU scheduling. GPU jobs cannot use those instances, which Batch may still launch.',
    fix: 'Replace the family with an NVIDIA GPU family (g4dn, g5, g6, p4d, p5...).',
    bad: 'computeResources:\n  instanceTypes: [g4ad]',
    good: 'computeResources:\n  instanceTypes: [g4dn]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    notNvidia: 'instanceTypes lists {{entry}} ({{vendor}} GPUs), which Batch does not schedule for GPU jobs; this environment serves the GPU job {{job}} [pairing: {{pairing}}]. Use an NVIDIA GPU family.',
  },
  check(resource, context) {
    const gpuJob = jobsServedBy(resource, context.model).find((s) => s.gpu);
    if (!gpuJob) return;
    const expansion = expandInstanceTypes(resource.data, resource.region ?? {});
    for (const entry of expansion?.entries ?? []) {
      const other = entry.types.find((t) => t.gpu && t.gpu.vendor !== 'nvidia');
      if (!other || entry.index === undefined) continue;
      context.report({ messageId: 'notNvidia', data: { entry: entry.entry, vendor: other.gpu!.vendor.toUpperCase(), job: gpuJob.pairing.jobDefinition.name, pairing: describePairing(gpuJob.pairing) }, path: ['computeResources', 'instanceTypes', entry.index] });
    }
  },
});

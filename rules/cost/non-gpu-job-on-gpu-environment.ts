import { defineRule } from '../../src/engine/rule.js';
import { expandInstanceTypes } from '../../src/catalog/expand-instance-types.js';
import { schedulableGpus } from '../../src/placement/fit.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'non-gpu-job-on-gpu-environment',
  title: 'Jobs without GPUs on a GPU-only compute environment',
  category: 'cost',
  severity: 'warning',
  description: 'A compute environment that launches only GPU instance types serves job definitions that ask for no GPU: they pay GPU prices and can block GPU jobs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'AWS: jobs that do not need GPUs can run on GPU instances, but they cost more and can take the capacity GPU jobs are waiting for. A GPU instance costs several times a CPU instance of the same size.',
    fix: 'Send CPU jobs to a queue with CPU families (c, m, r) and keep this environment for GPU jobs.',
    bad: '# job without GPU requirement, paired with a queue whose environment has instanceTypes: [g5]',
    good: '# the same job on a queue whose environment has instanceTypes: [c6i, m6i]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    cpuJob: 'This environment launches only GPU instance types ({{entries}}), but it serves {{job}}, which asks for no GPU [pairing: {{pairing}}]: the job pays GPU prices and takes GPU capacity. Run it on a CPU queue.',
  },
  check(resource, context) {
    const expansion = expandInstanceTypes(resource.data, resource.region ?? {});
    if (!expansion || expansion.unresolved.length > 0 || expansion.types.length === 0) return;
    if (!expansion.types.every((t) => schedulableGpus(t) > 0)) return;
    const cpuJob = jobsServedBy(resource, context.model).find((s) => !s.gpu && s.requirements && s.requirements.nodes.every((n) => n.complete));
    if (!cpuJob) return;
    context.report({ messageId: 'cpuJob', data: { entries: expansion.entries.map((e) => e.entry).join(', '), job: cpuJob.pairing.jobDefinition.name, pairing: describePairing(cpuJob.pairing) }, path: ['computeResources', 'instanceTypes'] });
  },
});

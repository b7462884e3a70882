import { defineRule } from '../../src/engine/rule.js';
import { isSetFact, known, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { requirementOf, type ContainerFacts } from '../../src/model/facts/container-facts.js';
import { scalarText } from '../../src/model/values.js';

const ON_EC2 = 'remove it, or run the job on EC2';
/** Container fields Fargate rejects, with the fix ([UG:fargate-job-definitions]). */
function containerFields(c: ContainerFacts): readonly { field: string; fact: Fact<unknown>; fix: string }[] {
  const linux = c.linuxParameters;
  return [
    { field: 'vcpus', fact: c.legacyVcpus, fix: 'move the value into resourceRequirements as {type: VCPU}' },
    { field: 'memory', fact: c.legacyMemory, fix: 'move the value into resourceRequirements as {type: MEMORY}' },
    { field: 'instanceType', fact: c.instanceType, fix: 'remove it (it is for multi-node parallel jobs on EC2)' },
    { field: 'ulimits', fact: c.ulimits, fix: ON_EC2 },
    { field: 'linuxParameters.devices', fact: linux.devices, fix: ON_EC2 },
    { field: 'linuxParameters.tmpfs', fact: linux.tmpfs, fix: ON_EC2 },
    { field: 'linuxParameters.sharedMemorySize', fact: linux.sharedMemorySize, fix: ON_EC2 },
    { field: 'linuxParameters.maxSwap', fact: linux.maxSwap, fix: ON_EC2 },
    { field: 'linuxParameters.swappiness', fact: linux.swappiness, fix: ON_EC2 },
  ];
}
const FARGATE_LOG_DRIVERS = new Set(['awslogs', 'splunk']);

export default defineRule({
  id: 'fargate-unsupported-field',
  title: 'Setting Fargate does not support',
  category: 'sizing',
  severity: 'error',
  description: 'A Fargate job definition uses something Fargate rejects: legacy vcpus / memory, ulimits, linuxParameters devices / tmpfs / shared memory / swap, instanceType, host volumes, a log driver other than awslogs or splunk, GPUs, or multi-node parallel.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html',
  docs: {
    rationale: 'The User Guide lists what does not apply to Fargate jobs: instanceType, ulimits, linuxParameters devices, maxSwap, sharedMemorySize, swappiness and tmpfs, host volumes (reported when they name a host.sourcePath); "GPUs aren\'t available for jobs that are running on Fargate resources"; Fargate jobs may only use the awslogs and splunk log drivers; the legacy vcpus / memory fields are not allowed; multi-node parallel jobs are not supported on Fargate. Privileged containers are reported by privileged-container. Empty lists (as describe outputs show them) are not reported. For ecsProperties containers, the awsfirelens driver and ulimits are not reported: multi-container jobs document FireLens, and their ulimits text says Fargate overrides nofile.',
    fix: 'Remove the setting, move the job to EC2 (platformCapabilities: [EC2]) when it truly needs it, or use the Fargate equivalent: resourceRequirements for sizing, EFS or ephemeralStorage instead of host volumes, awslogs for logs.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  ulimits:\n    - { name: nofile, softLimit: 65536, hardLimit: 65536 }\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  logConfiguration:\n    logDriver: awslogs\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    field: 'The {{where}} sets "{{field}}", which Fargate does not support; {{fix}}.',
    logDriver: 'The {{where}} uses the "{{driver}}" log driver, but Fargate jobs can only use awslogs or splunk; switch to awslogs.',
    gpu: 'The {{where}} asks for GPUs, which Fargate does not offer; run GPU jobs on EC2 with GPU instance types.',
    hostVolume: 'Volume {{name}} is a host path, which Fargate does not support; use an EFS volume or the task\'s ephemeral storage.',
    multinode: 'Multi-node parallel jobs cannot run on Fargate; use platformCapabilities [EC2] with an EC2 On-Demand compute environment.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'fargate') return;

    if (known(facts.type) === 'multinode') context.report({ messageId: 'multinode', path: facts.type.path });
    else if (isSetFact(facts.nodes.present)) context.report({ messageId: 'multinode', path: facts.nodes.present.path, key: true });

    for (const c of facts.containers) {
      if (c.kind !== 'ecs' || c.inNodeRange) continue;
      const taskContainer = c.shape === 'ecsTask';
      for (const { field, fact, fix } of containerFields(c)) {
        // ecsProperties containers have no vcpus / memory / instanceType, and their ulimits are
        // documented for Fargate ("Fargate overrides" nofile): [API:TaskContainerProperties].
        if (taskContainer && (field === 'vcpus' || field === 'memory' || field === 'instanceType' || field === 'ulimits')) continue;
        if (isSetFact(fact)) context.report({ messageId: 'field', data: { where: c.label, field, fix }, path: fact.path, key: true });
      }
      const driver = known(c.logDriver);
      if (driver !== undefined && !FARGATE_LOG_DRIVERS.has(driver) && !(taskContainer && driver === 'awsfirelens')) {
        context.report({ messageId: 'logDriver', data: { where: c.label, driver }, path: c.logDriver.path });
      }
      const gpu = requirementOf(c, 'GPU');
      const gpuText = gpu?.value.certainty === 'known' ? scalarText(gpu.value.value) : undefined;
      if (gpu && gpuText !== undefined && !/^\s*0*\s*$/.test(gpuText)) {
        context.report({ messageId: 'gpu', data: { where: c.label }, path: gpu.value.path });
      }
    }

    // The job's own tasks (node ranges are reported above as a whole).
    for (const task of facts.tasks) {
      if (task.path[0] === 'nodeProperties') continue;
      for (const volume of task.volumes) {
        // Only a named host path is reported: an empty `host` asks Docker for a scratch path, and what
        // Fargate does with one is not documented.
        if (volume.host.certainty !== 'known' || volume.hostPath.certainty === 'absent' || known(volume.hostPath) === '') continue;
        const name = known(volume.name);
        context.report({ messageId: 'hostVolume', data: { name: name ? `"${name}"` : `#${volume.index + 1}` }, path: volume.host.path, key: true });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import type { JsonPath } from '../../src/source/source-document.js';
import { containersOf } from '../../src/model/containers.js';
import { arrayOf, field, hasField, isRecord, scalarText, stringOf } from '../../src/model/values.js';
import { jobPlatformOf } from './reading/job-platform.js';
import { requirementOf } from './reading/resource-requirements.js';

const ON_EC2 = 'remove it, or run the job on EC2';
/** Container fields Fargate rejects, with the fix ([UG:fargate-job-definitions]). */
const CONTAINER_FIELDS: readonly { path: readonly string[]; fix: string }[] = [
  { path: ['vcpus'], fix: 'move the value into resourceRequirements as {type: VCPU}' },
  { path: ['memory'], fix: 'move the value into resourceRequirements as {type: MEMORY}' },
  { path: ['instanceType'], fix: 'remove it (it is for multi-node parallel jobs on EC2)' },
  { path: ['ulimits'], fix: ON_EC2 },
  { path: ['linuxParameters', 'devices'], fix: ON_EC2 },
  { path: ['linuxParameters', 'tmpfs'], fix: ON_EC2 },
  { path: ['linuxParameters', 'sharedMemorySize'], fix: ON_EC2 },
  { path: ['linuxParameters', 'maxSwap'], fix: ON_EC2 },
  { path: ['linuxParameters', 'swappiness'], fix: ON_EC2 },
];
const FARGATE_LOG_DRIVERS = new Set(['awslogs', 'splunk']);

/** Set to something: describe outputs list empty arrays for fields never set, which are not reported. */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

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
    if (jobPlatformOf(resource.data) !== 'fargate') return;
    const jd: unknown = resource.data;

    if (stringOf(field(jd, 'type')) === 'multinode') context.report({ messageId: 'multinode', path: ['type'] });
    else if (isSet(field(jd, 'nodeProperties'))) context.report({ messageId: 'multinode', path: ['nodeProperties'], key: true });

    for (const site of containersOf(resource.data)) {
      if (site.kind !== 'ecs' || site.path[0] === 'nodeProperties') continue;
      const taskContainer = site.path[0] === 'ecsProperties';
      for (const { path, fix } of CONTAINER_FIELDS) {
        // ecsProperties containers have no vcpus / memory / instanceType, and their ulimits are
        // documented for Fargate ("Fargate overrides" nofile): [API:TaskContainerProperties].
        if (taskContainer && (path[0] === 'vcpus' || path[0] === 'memory' || path[0] === 'instanceType' || path[0] === 'ulimits')) continue;
        const value = path.reduce<unknown>((holder, key) => field(holder, key), site.container);
        if (isSet(value)) context.report({ messageId: 'field', data: { where: site.label, field: path.join('.'), fix }, path: [...site.path, ...path], key: true });
      }
      const driver = stringOf(field(field(site.container, 'logConfiguration'), 'logDriver'));
      if (driver !== undefined && !FARGATE_LOG_DRIVERS.has(driver) && !(taskContainer && driver === 'awsfirelens')) {
        context.report({ messageId: 'logDriver', data: { where: site.label, driver }, path: [...site.path, 'logConfiguration', 'logDriver'] });
      }
      const gpu = requirementOf(site.container, 'GPU');
      const gpuText = gpu ? scalarText(gpu.value) : undefined;
      if (gpu && gpuText !== undefined && !/^\s*0*\s*$/.test(gpuText)) {
        context.report({ messageId: 'gpu', data: { where: site.label }, path: [...site.path, ...gpu.path] });
      }
    }

    const volumeLists: { volumes: unknown; path: JsonPath }[] = [{ volumes: field(field(jd, 'containerProperties'), 'volumes'), path: ['containerProperties', 'volumes'] }];
    arrayOf(field(field(jd, 'ecsProperties'), 'taskProperties')).forEach((task, t) => {
      volumeLists.push({ volumes: field(task, 'volumes'), path: ['ecsProperties', 'taskProperties', t, 'volumes'] });
    });
    for (const { volumes, path } of volumeLists) {
      arrayOf(volumes).forEach((volume, v) => {
        // Only a named host path is reported: an empty `host` asks Docker for a scratch path, and what
        // Fargate does with one is not documented.
        const host = field(volume, 'host');
        if (!isRecord(host) || !hasField(host, 'sourcePath') || field(host, 'sourcePath') === '') return;
        const name = stringOf(field(volume, 'name'));
        context.report({ messageId: 'hostVolume', data: { name: name ? `"${name}"` : `#${v + 1}` }, path: [...path, v, 'host'], key: true });
      });
    }
  },
});

#!/usr/bin/env node
// Generates a realistic synthetic corpus of AWS Batch configurations for `npm run bench`:
// job definitions, compute environments and queues spread over JSON and YAML files of every
// supported shape (register/create inputs, cli-input YAML, describe outputs, bundles, multi-document
// YAML, lists), about a fifth of them with problems so that positions are computed for many findings.
//
//   node scripts/bench/generate-corpus.mjs --out DIR [--job-definitions 10000] [--compute-environments 1000]
//        [--queues 1000] [--files 2000] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

// Deterministic: the same parameters give the same corpus (mulberry32).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus({ out, jobDefinitions = 10000, computeEnvironments = 1000, queues = 1000, files = 2000, seed = 1 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const bad = () => rnd() < 0.2;
  const account = '123456789012';

  const jobDefinition = (i, described) => {
    const name = `job-${i}`;
    const vcpu = pick(['1', '2', '4', '8']);
    const memory = String(Number(vcpu) * pick([1024, 2048, 4096]));
    const jd = {
      jobDefinitionName: name,
      type: 'container',
      platformCapabilities: ['EC2'],
      containerProperties: {
        image: `${account}.dkr.ecr.us-east-1.amazonaws.com/app-${i % 50}:${1 + (i % 9)}.${i % 7}.0`,
        command: ['python', '-m', 'worker', 'Ref::input'],
        jobRoleArn: `arn:aws:iam::${account}:role/job-${i % 20}`,
        resourceRequirements: [{ type: 'VCPU', value: vcpu }, { type: 'MEMORY', value: memory }],
        environment: [{ name: 'STAGE', value: 'prod' }, { name: 'LOG_LEVEL', value: 'info' }],
        readonlyRootFilesystem: true,
        user: '1000:1000',
      },
      parameters: { input: 's3://bucket/input' },
      retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }, { onReason: '*', action: 'EXIT' }] },
      timeout: { attemptDurationSeconds: 3600 },
      tags: { team: `team-${i % 12}` },
    };
    if (bad()) {
      switch (Math.floor(rnd() * 6)) {
        case 0: jd.containerProperties.privileged = true; break;
        case 1: delete jd.timeout; break;
        case 2: jd.retryStratgy = jd.retryStrategy; delete jd.retryStrategy; break;
        case 3: delete jd.containerProperties.resourceRequirements; jd.containerProperties.vcpus = Number(vcpu); jd.containerProperties.memory = Number(memory); break;
        case 4: jd.containerProperties.resourceRequirements[0].value = Number(vcpu); break;
        default: jd.retryStrategy.attempts = 20; break;
      }
    }
    if (described) Object.assign(jd, { jobDefinitionArn: `arn:aws:batch:us-east-1:${account}:job-definition/${name}:3`, revision: 3, status: 'ACTIVE' });
    return jd;
  };
  const computeEnvironment = (i, described) => {
    const spot = i % 3 === 0;
    const ce = {
      computeEnvironmentName: `ce-${i}`,
      type: 'MANAGED',
      state: 'ENABLED',
      computeResources: {
        type: spot ? 'SPOT' : 'EC2',
        allocationStrategy: spot ? 'SPOT_PRICE_CAPACITY_OPTIMIZED' : 'BEST_FIT_PROGRESSIVE',
        minvCpus: 0,
        maxvCpus: pick([64, 256, 1024]),
        instanceTypes: pick([['m6i', 'c6i', 'r6i'], ['m5', 'c5'], ['default_x86_64']]),
        subnets: ['subnet-0a1b2c3d', 'subnet-1a2b3c4d'],
        securityGroupIds: ['sg-0a1b2c3d'],
        instanceRole: `arn:aws:iam::${account}:instance-profile/ecsInstanceRole`,
        tags: { team: `team-${i % 12}` },
      },
      serviceRole: `arn:aws:iam::${account}:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch`,
      tags: { team: `team-${i % 12}` },
    };
    if (bad()) {
      switch (Math.floor(rnd() * 3)) {
        case 0: ce.computeResources.minvCpus = 16; break;
        case 1: ce.computeResources.type = 'SPOTT'; break;
        default: ce.computeResources.maxVcpus = ce.computeResources.maxvCpus; break;
      }
    }
    if (described) Object.assign(ce, { computeEnvironmentArn: `arn:aws:batch:us-east-1:${account}:compute-environment/ce-${i}`, status: 'VALID', containerOrchestrationType: 'ECS' });
    return ce;
  };
  const jobQueue = (i, described) => {
    const q = {
      jobQueueName: `queue-${i}`,
      state: 'ENABLED',
      priority: 1 + (i % 10),
      computeEnvironmentOrder: [{ order: 1, computeEnvironment: `ce-${i % computeEnvironments}` }, { order: 2, computeEnvironment: `ce-${(i + 1) % computeEnvironments}` }],
      jobStateTimeLimitActions: [{ reason: 'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY', state: 'RUNNABLE', maxTimeSeconds: 14400, action: 'CANCEL' }],
      tags: { team: `team-${i % 12}` },
    };
    if (bad()) {
      switch (Math.floor(rnd() * 2)) {
        case 0: q.priority = 'high'; break;
        default: q.jobStateTimeLimitActions[0].maxTimeSeconds = 100; break;
      }
    }
    if (described) Object.assign(q, { jobQueueArn: `arn:aws:batch:us-east-1:${account}:job-queue/queue-${i}`, status: 'VALID' });
    return q;
  };

  // Spread resources over files: each file gets one shape and a slice of resources.
  const resources = [
    ...Array.from({ length: jobDefinitions }, (_, i) => ['jobDefinition', i]),
    ...Array.from({ length: computeEnvironments }, (_, i) => ['computeEnvironment', i]),
    ...Array.from({ length: queues }, (_, i) => ['jobQueue', i]),
  ];
  for (let i = resources.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [resources[i], resources[j]] = [resources[j], resources[i]];
  }
  rmSync(out, { recursive: true, force: true });
  const make = { jobDefinition, computeEnvironment, jobQueue };
  const listKey = { jobDefinition: 'jobDefinitions', computeEnvironment: 'computeEnvironments', jobQueue: 'jobQueues' };
  const perFile = Math.ceil(resources.length / files);
  let written = 0;
  for (let f = 0; f * perFile < resources.length; f++) {
    const slice = resources.slice(f * perFile, (f + 1) * perFile);
    const dir = join(out, `team-${f % 40}`, `svc-${f % 7}`);
    mkdirSync(dir, { recursive: true });
    const shape = f % 6;
    const json = f % 2 === 0;
    let text;
    let ext = json ? 'json' : 'yaml';
    if (shape === 0 || slice.length === 1) {
      // One create/register input per document (multi-document YAML, or the first only for JSON).
      const docs = slice.map(([k, i]) => make[k](i, false));
      if (json) text = JSON.stringify(docs[0], null, 2);
      else text = docs.map((d) => stringify(d)).join('---\n');
      if (json && docs.length > 1) text = JSON.stringify(docs, null, 2); // a list of resources
    } else if (shape <= 3) {
      // describe-* output or bundle (mixed kinds), describe shapes.
      const bundle = {};
      for (const [k, i] of slice) (bundle[listKey[k]] ??= []).push(make[k](i, shape !== 3));
      text = json ? JSON.stringify(bundle, null, 2) : stringify(bundle);
    } else {
      const bundle = {};
      for (const [k, i] of slice) (bundle[listKey[k]] ??= []).push(make[k](i, false));
      text = json ? JSON.stringify(bundle, null, 2) : stringify(bundle);
      if (!json) ext = 'yml';
    }
    writeFileSync(join(dir, `batch-${f}.${ext}`), text + '\n');
    written++;
  }
  // Non-Batch files that a real repository has: skipped by content.
  writeFileSync(join(out, 'package.json'), JSON.stringify({ name: 'corpus', version: '1.0.0' }) + '\n');
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }) + '\n');
  return { files: written + 2, resources: resources.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = arg('out');
  if (!out) {
    console.error('usage: generate-corpus.mjs --out DIR [--job-definitions N] [--compute-environments N] [--queues N] [--files N] [--seed N]');
    process.exit(2);
  }
  const result = generateCorpus({
    out,
    jobDefinitions: Number(arg('job-definitions', 10000)),
    computeEnvironments: Number(arg('compute-environments', 1000)),
    queues: Number(arg('queues', 1000)),
    files: Number(arg('files', 2000)),
    seed: Number(arg('seed', 1)),
  });
  console.log(JSON.stringify(result));
}

#!/usr/bin/env node
// Generates the two large inputs of issue 16 for the bench and the streaming tests: a Terraform
// plan JSON of a large stack (minified on one line, as `terraform show -json` writes it; mostly
// other resources, a few hundred aws_batch_* ones in the root module and in child modules, with
// resource_changes, prior_state and configuration) and a describe-job-definitions output with many
// revisions (indented as the AWS CLI prints it). Written piece by piece: the generator never holds
// the file. Deterministic.
//
//   node scripts/bench/generate-large-inputs.mjs --plan FILE [--plan-mb 256] [--per-module 2000] [--batch-every 150]
//   node scripts/bench/generate-large-inputs.mjs --describe FILE [--revisions 50000]
import { closeSync, openSync, writeSync } from 'node:fs';

const ACCOUNT = '123456789012';

class Out {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.size = 0;
    this.written = 0;
  }
  write(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    const text = this.parts.join('');
    writeSync(this.fd, text);
    this.written += Buffer.byteLength(text);
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return this.written;
  }
}

function batchValues(type, name, i) {
  if (type === 'aws_batch_compute_environment') {
    return { compute_environment_name: name, compute_resources: [{ allocation_strategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED', bid_percentage: null, desired_vcpus: null, ec2_configuration: [], ec2_key_pair: null, image_id: null, instance_role: `arn:aws:iam::${ACCOUNT}:instance-profile/ecsInstanceRole`, instance_type: ['c6i', 'm6i'], launch_template: [], max_vcpus: 256, min_vcpus: i % 3 === 0 ? 8 : 0, placement_group: null, security_group_ids: ['sg-0a1b2c3d4e5f67890'], spot_iam_fleet_role: null, subnets: ['subnet-0123456789abcdef0'], tags: null, type: 'SPOT' }], eks_configuration: [], state: 'ENABLED', tags: null, type: 'MANAGED', update_policy: [] };
  }
  if (type === 'aws_batch_job_queue') {
    return { name, priority: 10, state: 'ENABLED', compute_environment_order: [{ order: 1, compute_environment: null }], compute_environments: null, job_state_time_limit_action: [], scheduling_policy_arn: null, tags: null, timeouts: null };
  }
  const container = { image: i % 4 === 0 ? 'public.ecr.aws/docker/library/python:latest' : `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/etl:1.${i}`, command: ['python', 'run.py'], privileged: i % 7 === 0, resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: String(4096 + (i % 5) * 1024) }], environment: [{ name: 'STAGE', value: 'prod' }], jobRoleArn: `arn:aws:iam::${ACCOUNT}:role/etl` };
  return { name, type: 'container', container_properties: JSON.stringify(container), platform_capabilities: ['EC2'], retry_strategy: i % 2 === 0 ? [] : [{ attempts: 3, evaluate_on_exit: [] }], timeout: [], parameters: null, propagate_tags: false, tags: null };
}

function fillerValues(type, i) {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 6 }, (_, k) => ({ Effect: 'Allow', Action: [`s3:GetObject`, `s3:PutObject`, `logs:PutLogEvents`], Resource: `arn:aws:s3:::bucket-${i}-${k}/*` })) });
  if (type === 'aws_iam_role') return { name: `role-${i}`, assume_role_policy: policy, inline_policy: [{ name: 'inline', policy }], managed_policy_arns: [], max_session_duration: 3600, path: '/', tags: { team: 'data', index: String(i) } };
  if (type === 'aws_s3_bucket') return { bucket: `bucket-${i}`, force_destroy: false, tags: { team: 'data' }, versioning: [{ enabled: true, mfa_delete: false }], lifecycle_rule: [], grant: [], server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '' }], bucket_key_enabled: true }] }] };
  return { ami: 'ami-0123456789abcdef0', instance_type: 'm6i.large', subnet_id: 'subnet-0123456789abcdef0', user_data: Buffer.from(`#!/bin/bash\necho ${i}\n`.repeat(8)).toString('base64'), tags: { Name: `node-${i}` }, root_block_device: [{ volume_size: 100, volume_type: 'gp3', encrypted: true }], vpc_security_group_ids: ['sg-0a1b2c3d4e5f67890'] };
}

const FILLER = ['aws_iam_role', 'aws_s3_bucket', 'aws_instance'];
const BATCH = ['aws_batch_compute_environment', 'aws_batch_job_queue', 'aws_batch_job_definition'];

/** Resources of one module: mostly filler, every `batchEvery`th a Batch resource (CE, queue, job definition in turn). */
function moduleResources(prefix, start, count, batchEvery) {
  const list = [];
  for (let i = start; i < start + count; i++) {
    const isBatch = i % batchEvery === 0;
    const type = isBatch ? BATCH[(i / batchEvery) % 3] : FILLER[i % 3];
    const name = `r${i}`;
    list.push({ address: `${prefix}${type}.${name}`, localAddress: `${type}.${name}`, type, name, values: isBatch ? batchValues(type, `${type.slice(10)}-${i}`, i) : fillerValues(type, i), isBatch, i });
  }
  return list;
}

/**
 * A plan of about `megabytes` MB: the root module and child modules `module.m<k>`, each with
 * `perModule` resources. Returns the bytes written and the number of aws_batch_* resources.
 */
export function writeLargePlan(path, { megabytes = 256, perModule = 2000, batchEvery = 150 } = {}) {
  const out = new Out(path);
  // One resource weighs about 3.65 kB over planned_values, resource_changes, prior_state and configuration.
  const total = Math.max(perModule, Math.round((megabytes * 1e6) / 3650));
  const modules = Math.max(1, Math.ceil(total / perModule));
  const perModuleResources = [];
  for (let m = 0; m < modules; m++) perModuleResources.push({ prefix: m === 0 ? '' : `module.m${m}.`, address: m === 0 ? '' : `module.m${m}`, resources: moduleResources(m === 0 ? '' : `module.m${m}.`, m * perModule, perModule, batchEvery) });
  const json = JSON.stringify;
  const planned = (r) => json({ address: r.address, mode: 'managed', type: r.type, name: r.name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: r.values, sensitive_values: {} });
  const writeModule = (mod, wrap, m) => {
    out.write('{');
    if (mod.address) out.write(`"address":${json(mod.address)},`);
    out.write('"resources":[');
    mod.resources.forEach((r, k) => out.write((k ? ',' : '') + wrap(r)));
    out.write(']');
    if (m === 0 && perModuleResources.length > 1) {
      out.write(',"child_modules":[');
      perModuleResources.slice(1).forEach((child, k) => {
        if (k) out.write(',');
        writeModule(child, wrap, k + 1);
      });
      out.write(']');
    }
    out.write('}');
  };
  out.write(`{"format_version":"1.2","terraform_version":"1.9.8","variables":{"region":{"value":"us-east-1"},"subnet_ids":{"value":["subnet-0123456789abcdef0"]}},"planned_values":{"outputs":{},"root_module":`);
  writeModule(perModuleResources[0], planned, 0);
  out.write('},"resource_changes":[');
  let first = true;
  let batch = 0;
  for (const mod of perModuleResources) {
    for (const r of mod.resources) {
      if (r.isBatch) batch++;
      const afterUnknown = r.isBatch ? { arn: true, id: true, ...(r.type === 'aws_batch_job_queue' ? { compute_environment_order: [{ compute_environment: true }] } : {}) } : { arn: true, id: true };
      out.write((first ? '' : ',') + json({ address: r.address, module_address: mod.address || undefined, mode: 'managed', type: r.type, name: r.name, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: r.values, after_unknown: afterUnknown, before_sensitive: false, after_sensitive: {} } }));
      first = false;
    }
  }
  out.write('],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":');
  writeModule({ ...perModuleResources[0], resources: perModuleResources[0].resources.filter((r) => !r.isBatch) }, planned, -1);
  out.write('}},"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws"}},"root_module":');
  const configured = (r) => {
    const expressions = {};
    for (const [k, v] of Object.entries(r.values)) expressions[k] = { constant_value: v };
    if (r.type === 'aws_batch_job_queue') {
      const ce = `aws_batch_compute_environment.r${r.i - batchEvery}`;
      expressions.compute_environment_order = [{ compute_environment: { references: [`${ce}.arn`, ce] }, order: { constant_value: 1 } }];
    }
    return json({ address: r.localAddress, mode: 'managed', type: r.type, name: r.name, provider_config_key: 'aws', expressions, schema_version: 0 });
  };
  out.write('{"resources":[');
  perModuleResources[0].resources.forEach((r, k) => out.write((k ? ',' : '') + configured(r)));
  out.write('],"module_calls":{');
  perModuleResources.slice(1).forEach((mod, k) => {
    out.write(`${k ? ',' : ''}${json(`m${k + 1}`)}:{"source":"./modules/stack","expressions":{"name":{"constant_value":"m${k + 1}"}},"module":{"resources":[`);
    mod.resources.forEach((r, j) => out.write((j ? ',' : '') + configured(r)));
    out.write(']}}');
  });
  out.write('}}},"timestamp":"2026-01-01T00:00:00Z","applyable":true,"complete":true,"errored":false}\n');
  return { bytes: out.close(), batchResources: batch };
}

/** describe-job-definitions output with `revisions` revisions over a few hundred names, indented as the AWS CLI prints it. */
export function writeDescribeOutput(path, { revisions = 50000 } = {}) {
  const out = new Out(path);
  out.write('{\n    "jobDefinitions": [');
  for (let i = 0; i < revisions; i++) {
    const name = `job-${i % 400}`;
    const revision = Math.floor(i / 400) + 1;
    const jd = {
      jobDefinitionName: name,
      jobDefinitionArn: `arn:aws:batch:us-east-1:${ACCOUNT}:job-definition/${name}:${revision}`,
      revision,
      status: i % 10 === 0 ? 'INACTIVE' : 'ACTIVE',
      type: 'container',
      parameters: {},
      retryStrategy: i % 3 === 0 ? { attempts: 1, evaluateOnExit: [] } : { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }, { onReason: '*', action: 'EXIT' }] },
      containerProperties: {
        image: i % 5 === 0 ? 'python:latest' : `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/etl:1.${revision}`,
        command: ['python', 'run.py', 'Ref::input'],
        jobRoleArn: `arn:aws:iam::${ACCOUNT}:role/etl`,
        executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
        volumes: [],
        environment: [{ name: 'STAGE', value: 'prod' }, { name: 'REVISION', value: String(revision) }],
        mountPoints: [],
        privileged: i % 13 === 0,
        ulimits: [],
        resourceRequirements: [{ value: String(1 + (i % 4)), type: 'VCPU' }, { value: String(2048 * (1 + (i % 4))), type: 'MEMORY' }],
        secrets: [],
      },
      timeout: i % 2 === 0 ? { attemptDurationSeconds: 3600 } : undefined,
      tags: {},
      propagateTags: false,
      platformCapabilities: ['EC2'],
      containerOrchestrationType: 'ECS',
    };
    const text = JSON.stringify(jd, null, 4).replace(/\n/g, '\n        ');
    out.write(`${i ? ',' : ''}\n        ${text}`);
  }
  out.write('\n    ]\n}\n');
  return { bytes: out.close() };
}

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (arg('plan')) console.log(JSON.stringify(writeLargePlan(arg('plan'), { megabytes: Number(arg('plan-mb') ?? 256), perModule: Number(arg('per-module') ?? 2000), batchEvery: Number(arg('batch-every') ?? 150) })));
  if (arg('describe')) console.log(JSON.stringify(writeDescribeOutput(arg('describe'), { revisions: Number(arg('revisions') ?? 50000) })));
}

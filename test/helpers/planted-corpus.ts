// One configuration per input kind with a value planted in every place a value can hide: resource and
// property names, enum values, suppression comments and tags, device paths, EFS volume names, EKS
// quantities, duplicate keys, parameters, config suppressions, and file names. `plant` writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const q = (v: string): string => JSON.stringify(v);
/** A comment holds one line: a multi-line value is planted line by line. */
const oneLine = (v: string): string => v.split('\n').join(' ');

function apiYaml(v: string): string {
  const Q = q(v);
  return `jobDefinitions:
  - jobDefinitionName: ${Q}
    type: ${Q}
    parameters: { ${Q}: ${Q} }
    tags: { "batchlint:ignore": ${Q}, ${Q}: ${Q} }
    platformCapabilities: [${Q}]
    # batchlint-disable-next-line ${oneLine(v)} -- ${oneLine(v)}
    timeout: { attemptDurationSeconds: ${Q} }
    containerProperties:
      image: ${Q}
      command: [run, ${Q}, "--dsn=${v.includes('\n') ? 'x' : v}"]
      ${Q}: a property named like the value
      environment: [{ name: ${Q}, value: ${Q} }, { name: DATABASE_URL, value: ${Q} }]
      linuxParameters: { devices: [{ hostPath: ${Q}, containerPath: ${q(`/dev/${v}`)}, permissions: [${Q}] }], sharedMemorySize: ${Q} }
      volumes: [{ name: ${Q}, efsVolumeConfiguration: { fileSystemId: ${Q}, rootDirectory: ${Q}, transitEncryption: ${Q} } }]
      mountPoints: [{ sourceVolume: ${Q}, containerPath: ${Q} }]
      resourceRequirements: [{ type: ${Q}, value: ${Q} }, { type: MEMORY, value: ${Q} }, { type: VCPU, value: "1" }]
      logConfiguration: { logDriver: ${Q}, options: { ${Q}: ${Q} } }
      secrets: [{ name: ${Q}, valueFrom: ${Q} }]
      ${Q}: the same key twice
  - jobDefinitionName: eks-job
    type: container
    eksProperties:
      podProperties:
        serviceAccountName: ${Q}
        containers:
          - name: ${Q}
            image: busybox:1.36
            resources: { limits: { cpu: ${Q}, memory: ${Q} }, requests: { ${Q}: ${Q} } }
            volumeMounts: [{ name: ${Q}, mountPath: ${Q} }]
            env: [{ name: ${Q}, value: ${Q} }]
        volumes: [{ name: ${Q}, emptyDir: { sizeLimit: ${Q} } }]
computeEnvironments:
  - computeEnvironmentName: ${Q}
    type: ${Q}
    state: ${Q}
    serviceRole: ${Q}
    computeResources: { type: EC2, maxvCpus: ${Q}, subnets: [${Q}], instanceTypes: [${Q}], allocationStrategy: ${Q}, tags: { ${Q}: ${Q} } }
jobQueues:
  - jobQueueName: ${Q}
    priority: 1
    state: ${Q}
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: ${Q} }]
`;
}

/** The same resources as JSON, with a duplicate key (JSON.parse would drop it, so it is spliced in). */
function apiJson(v: string): string {
  const data = parse(apiYaml(v).replace(/^ {6}.*the same key twice\n/m, '')) as Record<string, unknown>;
  const text = JSON.stringify(data, null, 2);
  return text.replace('"containerProperties": {', `"containerProperties": {\n        ${q(v)}: 1,\n        ${q(v)}: 2,`);
}

function cfnYaml(v: string): string {
  const Q = q(v);
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Token: { Type: String, Default: ${Q}, AllowedValues: [${Q}] }
Resources:
  ${Q}:
    Type: AWS::Batch::JobDefinition
    Metadata: { batchlint: { ignore: [${Q}, { id: ${Q}, reason: ${Q} }] } }
    Properties:
      JobDefinitionName: ${Q}
      Type: ${Q}
      Parameters: { ${Q}: !Ref Token }
      PlatformCapabilities: [${Q}]
      # batchlint-disable-next-line ${oneLine(v)}
      Timeout: { AttemptDurationSeconds: ${Q} }
      Tags: { "batchlint:ignore": ${Q}, ${Q}: ${Q} }
      ContainerProperties:
        Image: ${Q}
        Command: [run, !Ref Token, !Sub "\${Token}"]
        ${Q}: a property named like the value
        Environment: [{ Name: ${Q}, Value: ${Q} }, { Name: DB, Value: !Ref Token }]
        LinuxParameters: { Devices: [{ HostPath: ${Q}, ContainerPath: ${q(`/dev/${v}`)}, Permissions: [${Q}] }] }
        Volumes: [{ Name: ${Q}, EfsVolumeConfiguration: { FileSystemId: ${Q}, RootDirectory: ${Q} } }]
        MountPoints: [{ SourceVolume: ${Q}, ContainerPath: ${Q} }]
        ResourceRequirements: [{ Type: ${Q}, Value: ${Q} }, { Type: MEMORY, Value: ${Q} }, { Type: VCPU, Value: "1" }]
        ${Q}: the same key twice
  Eks:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      EksProperties:
        PodProperties:
          ServiceAccountName: ${Q}
          Containers: [{ Name: ${Q}, Image: busybox, Resources: { Limits: { cpu: ${Q}, memory: ${Q} }, Requests: { ${Q}: ${Q} } } }]
          Volumes: [{ Name: ${Q}, EmptyDir: { SizeLimit: ${Q} } }]
  Env:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      ComputeEnvironmentName: ${Q}
      Type: ${Q}
      ComputeResources: { Type: EC2, MaxvCpus: ${Q}, Subnets: [${Q}], InstanceTypes: [${Q}], AllocationStrategy: ${Q} }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      JobQueueName: ${Q}
      Priority: 1
      State: ${Q}
      ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: !Ref Env }]
`;
}

function cfnJson(v: string): string {
  const yaml = cfnYaml(v).replace(/^ {8}.*the same key twice\n/m, '').replace(/!Ref (\w+)/g, '{ Ref: $1 }').replace(/!Sub "\$\{Token\}"/, '{ "Fn::Sub": "${Token}" }');
  const text = JSON.stringify(parse(yaml), null, 2);
  return text.replace('"ContainerProperties": {', `"ContainerProperties": {\n          ${q(v)}: 1,\n          ${q(v)}: 2,`);
}

function terraform(v: string): string {
  const Q = q(v);
  return `variable "token" {
  default = ${Q}
}

resource "aws_batch_job_definition" ${Q} {
  name = ${Q}
  type = ${Q}
  platform_capabilities = [${Q}]
  parameters = { ${Q} = ${Q} }
  tags = { "batchlint:ignore" = ${Q}, ${Q} = ${Q} }
  # batchlint-disable-next-line ${oneLine(v)}
  timeout { attempt_duration_seconds = ${Q} }
  container_properties = jsonencode({
    image   = ${Q}
    command = ["run", ${Q}, var.token]
    ${Q} = "a property named like the value"
    environment = [{ name = ${Q}, value = ${Q} }]
    linuxParameters = { devices = [{ hostPath = ${Q}, containerPath = ${q(`/dev/${v}`)}, permissions = [${Q}] }] }
    volumes = [{ name = ${Q}, efsVolumeConfiguration = { fileSystemId = ${Q}, rootDirectory = ${Q} } }]
    resourceRequirements = [{ type = ${Q}, value = ${Q} }, { type = "MEMORY", value = ${Q} }, { type = "VCPU", value = "1" }]
  })
}

resource "aws_batch_job_definition" "eks" {
  name = "eks"
  type = "container"
  eks_properties {
    pod_properties {
      service_account_name = ${Q}
      containers {
        name  = ${Q}
        image = "busybox"
        resources {
          limits   = { cpu = ${Q}, memory = ${Q} }
          requests = { ${Q} = ${Q} }
        }
      }
      volumes {
        name = ${Q}
        empty_dir { size_limit = ${Q} }
      }
    }
  }
}

resource "aws_batch_compute_environment" "ce" {
  compute_environment_name = ${Q}
  type                     = ${Q}
  compute_resources {
    type          = "EC2"
    max_vcpus     = ${Q}
    subnets       = [${Q}]
    instance_type = [${Q}]
  }
}

resource "aws_batch_job_queue" "q" {
  name     = ${Q}
  priority = 1
  state    = ${Q}
  compute_environment_order {
    order               = 1
    compute_environment = aws_batch_compute_environment.ce.arn
  }
}
`;
}

function plan(v: string): string {
  const container = { image: v, command: ['run', v], [v]: 'x', environment: [{ name: v, value: v }], linuxParameters: { devices: [{ hostPath: v, containerPath: `/dev/${v}` }] }, volumes: [{ name: v, efsVolumeConfiguration: { fileSystemId: v } }], resourceRequirements: [{ type: v, value: v }, { type: 'MEMORY', value: v }] };
  const resource = (type: string, name: string, values: Record<string, unknown>): Record<string, unknown> => ({ address: `${type}.${name}`, mode: 'managed', type, name, values });
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: {
      root_module: {
        resources: [
          resource('aws_batch_job_definition', v, { name: v, type: v, platform_capabilities: [v], parameters: { [v]: v }, tags: { 'batchlint:ignore': v, [v]: v }, container_properties: JSON.stringify(container), timeout: [{ attempt_duration_seconds: v }] }),
          resource('aws_batch_job_definition', 'eks', { name: 'eks', type: 'container', eks_properties: [{ pod_properties: [{ service_account_name: v, containers: [{ name: v, image: 'busybox', resources: [{ limits: { cpu: v, memory: v }, requests: { [v]: v } }] }], volumes: [{ name: v, empty_dir: [{ size_limit: v }] }] }] }] }),
          resource('aws_batch_compute_environment', 'ce', { compute_environment_name: v, type: v, compute_resources: [{ type: 'EC2', max_vcpus: v, subnets: [v], instance_type: [v] }] }),
          resource('aws_batch_job_queue', 'q', { name: v, priority: 1, state: v, compute_environment_order: [{ order: 1, compute_environment: v }] }),
        ],
      },
    },
  }, null, 2);
}

export const INPUT_KINDS: Readonly<Record<string, { file: string; render: (value: string) => string }>> = {
  'API JSON': { file: 'api.json', render: apiJson },
  'API YAML': { file: 'api.yaml', render: apiYaml },
  'CloudFormation JSON': { file: 'template.json', render: cfnJson },
  'CloudFormation YAML': { file: 'template.yaml', render: cfnYaml },
  'Terraform': { file: 'main.tf', render: terraform },
  'Terraform plan': { file: 'plan.json', render: plan },
};

/** Writes every input kind with `value` planted into `dir/<label>/`, and a config whose suppression names it. */
export function plant(dir: string, label: string, value: string): void {
  const sub = join(dir, label);
  mkdirSync(sub, { recursive: true });
  for (const { file, render } of Object.values(INPUT_KINDS)) writeFileSync(join(sub, file), render(value));
}

/** A config file whose suppressions (resource, reason) hold the values. */
export function plantConfig(file: string, values: readonly string[]): void {
  writeFileSync(file, `suppressions:\n${values.map((v) => `  - rule: missing-timeout\n    resource: ${q(v)}\n    reason: ${q(v)}\n`).join('')}`);
}

// Unknown values in the places the property test (unknown-everywhere) found them misread, pinned one
// by one: a queue's environment given by a parameter, a resource whose name is a parameter or a
// placeholder, an environment whose provisioning type is unknown, a schema check over an unknown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { expandInstanceTypes } from '../dist/src/catalog/expand-instance-types.js';
import { validateResource } from '../dist/src/schema/validate-resource.js';
import { unknownValue } from '../dist/src/model/values.js';

async function lint(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-links-'));
  try {
    writeFileSync(join(dir, name), text);
    return await lintPaths([name], { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ids = <F extends { ruleId: string }>(findings: F[], ruleId: string): F[] => findings.filter((f) => f.ruleId === ruleId);

const QUEUE_TEMPLATE = (environment: string) => `Parameters:
  SharedEnvironment: { Type: String }
Resources:
  Thing:
    Type: Custom::Thing
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:thing }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - Order: 1
          ComputeEnvironment: ${environment}
`;

describe('a queue link that is unknown is not an unresolved reference', () => {
  it.each(['!Ref SharedEnvironment', '!GetAtt Thing.Arn', '!ImportValue shared-environment-arn'])('ComputeEnvironment: %s', async (environment) => {
    const { findings } = await lint('queue.yaml', QUEUE_TEMPLATE(environment));
    expect(ids(findings, 'unresolved-reference')).toEqual([]);
  });

  it('a literal name that matches nothing is still reported', async () => {
    const { findings } = await lint('queue.yaml', QUEUE_TEMPLATE('elsewhere'));
    expect(ids(findings, 'unresolved-reference').map((f) => f.messageId)).toEqual(['notVerified']);
  });
});

describe('a name that matches nothing may be the resource whose name is unknown', () => {
  const bundle = (ceName: string) => `computeEnvironments:
  - computeEnvironmentName: ${ceName}
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: q
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: ce }
`;
  it('API shape: an environment named by a placeholder', async () => {
    expect(ids((await lint('b.yaml', bundle('"{{ ce_name }}"'))).findings, 'unresolved-reference')).toEqual([]);
    expect(ids((await lint('b.yaml', bundle('other'))).findings, 'unresolved-reference')).toHaveLength(1);
  });

  it('template: a Step Functions pairing names a queue whose JobQueueName is a parameter', async () => {
    const template = `Parameters:
  QueueName: { Type: String }
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: resize
      ContainerProperties: { Image: app:1.0, ResourceRequirements: [{ Type: VCPU, Value: "1" }, { Type: MEMORY, Value: "2048" }] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      JobQueueName: !Ref QueueName
      Priority: 1
      ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: arn:aws:batch:us-east-1:123456789012:compute-environment/ce }]
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      Definition:
        StartAt: Run
        States:
          Run:
            Type: Task
            Resource: arn:aws:states:::batch:submitJob.sync
            Parameters: { JobName: resize, JobDefinition: resize, JobQueue: resize-queue }
            End: true
`;
    const { findings } = await lint('t.yaml', template);
    expect(ids(findings, 'unresolved-reference').filter((f) => /Job queue/.test(f.message))).toEqual([]);
  });
});

describe('an environment whose provisioning type is unknown launches unknown instance types', () => {
  it('EC2 or Fargate is not known: no types, one unresolved entry', () => {
    const expansion = expandInstanceTypes({ type: 'MANAGED', computeResources: { type: unknownValue('!Ref Capacity'), instanceTypes: ['m5.large'] } });
    expect(expansion?.types).toEqual([]);
    expect(expansion?.unresolved).toEqual(['!Ref Capacity']);
  });

  it('a known type still expands', () => {
    expect(expandInstanceTypes({ type: 'MANAGED', computeResources: { type: 'EC2', instanceTypes: ['m5.large'] } })?.types.map((t: { name: string }) => t.name)).toEqual(['m5.large']);
  });
});

describe('the API schema never reports an unknown value', () => {
  it('an unknown object, list, number or string: no issue at it or under it', () => {
    const data = {
      jobDefinitionName: unknownValue('var.name'),
      type: 'container',
      containerProperties: unknownValue('!Ref Container'),
      retryStrategy: { attempts: unknownValue('(known after apply)') },
      tags: unknownValue('var.tags'),
    };
    expect(validateResource('jobDefinition', data)).toEqual([]);
  });

  it('a wrong value beside an unknown is still reported', () => {
    const data = { jobDefinitionName: 'etl', type: 'container', containerProperties: unknownValue('!Ref Container'), retryStrategy: { attempts: 'three' } };
    expect(validateResource('jobDefinition', data).map((i: { kind: string; path: unknown }) => [i.kind, i.path])).toEqual([['type', ['retryStrategy', 'attempts']]]);
  });
});

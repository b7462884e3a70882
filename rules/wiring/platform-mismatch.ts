import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { describeJobPlatform } from '../../src/graph/platform.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'platform-mismatch',
  title: 'Job definition submitted to a queue of another platform',
  category: 'wiring',
  severity: 'error',
  description: 'A declared pairing (config workloads, Step Functions, EventBridge) submits a job definition to a queue whose compute environments run another platform: Fargate vs EC2, or ECS vs EKS.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html',
  docs: {
    rationale: 'platformCapabilities must match the queue: FARGATE job definitions run only on FARGATE/FARGATE_SPOT environments, EC2 ones (the default) only on EC2/SPOT environments, and eksProperties job definitions only on EKS environments (https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html). The submission is rejected or the job never runs. Pairings that batchlint only infers always match, so this rule needs a declared pairing.',
    fix: 'Submit the job to a queue of its platform, or change platformCapabilities (and the Fargate-only fields) to match the queue.',
    bad: '# A Step Functions task submits a FARGATE job definition to a queue of EC2 environments.\nResources:\n  FargateJob:\n    Type: AWS::Batch::JobDefinition\n    Properties:\n      Type: container\n      PlatformCapabilities: [FARGATE]\n      ContainerProperties:\n        Image: my-image:1.0\n        ExecutionRoleArn: arn:aws:iam::123456789012:role/exec\n        ResourceRequirements:\n          - { Type: VCPU, Value: "1" }\n          - { Type: MEMORY, Value: "2048" }\n  Env:\n    Type: AWS::Batch::ComputeEnvironment\n    Properties:\n      Type: MANAGED\n      ComputeResources: { Type: EC2, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }\n  Queue:\n    Type: AWS::Batch::JobQueue\n    Properties:\n      Priority: 1\n      ComputeEnvironmentOrder:\n        - { Order: 1, ComputeEnvironment: !Ref Env }\n  Pipeline:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/sfn\n      Definition:\n        StartAt: Run\n        States:\n          Run:\n            Type: Task\n            Resource: arn:aws:states:::batch:submitJob.sync\n            Parameters: { JobName: run, JobDefinition: !Ref FargateJob, JobQueue: !Ref Queue }\n            End: true',
    good: '# The same job submitted to a queue of FARGATE environments.\nResources:\n  FargateJob:\n    Type: AWS::Batch::JobDefinition\n    Properties:\n      Type: container\n      PlatformCapabilities: [FARGATE]\n      ContainerProperties:\n        Image: my-image:1.0\n        ExecutionRoleArn: arn:aws:iam::123456789012:role/exec\n        ResourceRequirements:\n          - { Type: VCPU, Value: "1" }\n          - { Type: MEMORY, Value: "2048" }\n  Env:\n    Type: AWS::Batch::ComputeEnvironment\n    Properties:\n      Type: MANAGED\n      ComputeResources: { Type: FARGATE, MaxvCpus: 64, Subnets: [subnet-1] }\n  Queue:\n    Type: AWS::Batch::JobQueue\n    Properties:\n      Priority: 1\n      ComputeEnvironmentOrder:\n        - { Order: 1, ComputeEnvironment: !Ref Env }\n  Pipeline:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/sfn\n      Definition:\n        StartAt: Run\n        States:\n          Run:\n            Type: Task\n            Resource: arn:aws:states:::batch:submitJob.sync\n            Parameters: { JobName: run, JobDefinition: !Ref FargateJob, JobQueue: !Ref Queue }\n            End: true',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    mismatch: 'This {{job}} job definition is submitted to {{pairing}}, whose compute environments are {{queue}}: the job cannot run there. Submit it to a {{job}} queue.',
  },
  check(resource, context) {
    const graph = context.model.graph;
    const job = jobDefinitionFacts(resource).platform;
    for (const pairing of graph.pairingsOf(resource)) {
      if (pairing.origin === 'platform' || graph.platformMatches(resource, pairing.queue)) continue;
      const q = graph.queuePlatform(pairing.queue);
      const queue = [...[...q.capacities].map((c) => (c === 'fargate' ? 'Fargate' : 'EC2')), ...(q.orchestrations.has('EKS') ? ['EKS'] : [])].join(' and ');
      const path = job.capabilities.certainty !== 'absent' ? job.capabilities.path : job.eksProperties.certainty !== 'absent' ? job.eksProperties.path : ['jobDefinitionName'];
      context.report({ messageId: 'mismatch', data: { job: describeJobPlatform(job), pairing: describePairing(pairing), queue: queue || 'of another platform' }, path, key: path[0] !== 'platformCapabilities' });
    }
  },
});

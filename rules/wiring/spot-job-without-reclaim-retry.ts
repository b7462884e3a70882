import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { environmentPlatform } from '../../src/graph/platform.js';
import { describePairing, violations } from '../../src/placement/paired-placements.js';
import type { JobQueuePairing } from '../../src/graph/resource-graph.js';

export default defineRule({
  id: 'spot-job-without-reclaim-retry',
  title: 'Job lands on Spot or Fargate Spot but does not retry interruptions',
  category: 'wiring',
  severity: 'warning',
  description: 'A job definition paired with a queue that has Spot compute environments has no retry strategy that retries Spot reclaims (status reason "Host EC2*"), or one paired with a Fargate Spot environment retries nothing: each interruption fails the job.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html',
  docs: {
    rationale: 'EC2 reclaims Spot instances with a two-minute notice, and the job on it ends with the status reason "Host EC2 (instance i-...) terminated.". Without retries (one attempt by default), or when an evaluateOnExit entry exits on that reason first, the job fails. AWS recommends retrying "Host EC2*" and exiting on everything else. Fargate Spot stops a task with a two-minute warning ([ECS:fargate-capacity-providers]); the status reason Batch then gives the job is not documented, so for FARGATE_SPOT environments the rule fires only when nothing is retried (no retryStrategy, or attempts of 1). missing-retry-strategy gives the general advice as a note; this rule is the warning for jobs that do land on Spot.',
    fix: 'Add retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: "Host EC2*", action: RETRY }, { onReason: "*", action: EXIT }] }.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "4096" }\ncomputeEnvironments:\n  - computeEnvironmentName: spot\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: spot }',
    good: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "4096" }\n    retryStrategy:\n      attempts: 3\n      evaluateOnExit:\n        - { onStatusReason: "Host EC2*", action: RETRY }\n        - { onReason: "*", action: EXIT }\ncomputeEnvironments:\n  - computeEnvironmentName: spot\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: spot }',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    noRetry: 'This job runs on Spot ({{spot}}, {{pairing}}) but {{why}}: a Spot reclaim fails it. Retry onStatusReason "Host EC2*" with attempts of at least 2.',
    noRetryFargateSpot: 'This job runs on Fargate Spot ({{spot}}, {{pairing}}) but {{why}}: a Fargate Spot interruption (two minutes\' notice) fails it. Set attempts of at least 2.',
  },
  check(resource, context) {
    // Which failures are retried is the model's to say (src/model/facts/retry-facts.ts), for this
    // rule and the cost advice alike.
    const { retry } = jobDefinitionFacts(resource);
    const spotOf = (provisioning: 'SPOT' | 'FARGATE_SPOT') => (p: JobQueuePairing) => {
      const spot = p.queue.environments.find((l) => l.environment && environmentPlatform(l.environment.data).enabled && environmentPlatform(l.environment.data).provisioning === provisioning);
      return spot?.environment?.name;
    };
    const noStrategy = retry.strategy.certainty === 'absent';
    const singleAttempt = retry.retriesNothing;
    if (retry.retriesSpotReclaim === false) {
      for (const { pairing, result } of violations(resource, context.model, spotOf('SPOT'))) {
        const why = noStrategy ? 'it has no retryStrategy' : singleAttempt ? 'retryStrategy allows a single attempt' : 'its evaluateOnExit exits on the reclaim reason before retrying it';
        const path = noStrategy ? ['jobDefinitionName'] : singleAttempt ? retry.attempts.path : retry.evaluateOnExit.path;
        context.report({ messageId: 'noRetry', data: { spot: result, pairing: describePairing(pairing), why }, path, key: path[0] === 'jobDefinitionName' });
      }
    }
    // Fargate Spot: the status reason Batch gives an interrupted task is not documented (ECS says
    // "Your Spot Task was interrupted."), so only a strategy that retries nothing is certain to fail it.
    if (!singleAttempt) return;
    for (const { pairing, result } of violations(resource, context.model, spotOf('FARGATE_SPOT'))) {
      const why = noStrategy ? 'it has no retryStrategy' : 'retryStrategy allows a single attempt';
      const path = noStrategy ? ['jobDefinitionName'] : retry.attempts.path;
      context.report({ messageId: 'noRetryFargateSpot', data: { spot: result, pairing: describePairing(pairing), why }, path, key: path[0] === 'jobDefinitionName' });
    }
  },
});

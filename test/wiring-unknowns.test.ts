// Wiring rules with a queue's facts not all known. An environment order that is not known (a placeholder,
// a template parameter) may put any environment of the queue after any other: a FARGATE_SPOT environment is
// reported only when no environment of the queue could be its FARGATE fallback. An environment state that
// is not known is neither disabled nor one the queue certainly runs on.
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

const queue = (spotOrder: string, fargate: boolean): string => `computeEnvironments:
  - computeEnvironmentName: fgs
    type: MANAGED
    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1], securityGroupIds: [sg-1] }
  - computeEnvironmentName: other
    type: MANAGED
    computeResources: { type: ${fargate ? 'FARGATE' : 'FARGATE_SPOT'}, maxvCpus: 64, subnets: [subnet-1], securityGroupIds: [sg-1] }
jobQueues:
  - jobQueueName: q
    priority: 1
    computeEnvironmentOrder:
      - { order: ${spotOrder}, computeEnvironment: fgs }
      - { order: 2, computeEnvironment: other }
`;

const template = `Parameters:
  SpotOrder: { Type: Number }
Resources:
  Spot:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: FARGATE_SPOT, MaxvCpus: 64, Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
  OnDemand:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: FARGATE, MaxvCpus: 64, Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: !Ref SpotOrder, ComputeEnvironment: !Ref Spot }
        - { Order: 2, ComputeEnvironment: !Ref OnDemand }
`;

ruleTester.run(RULES_BY_ID.get('fargate-spot-without-fallback')!, {
  valid: [
    { name: 'the FARGATE_SPOT order is a placeholder: it may come before the FARGATE one', code: queue('"<order>"', true) },
    { name: 'template: the FARGATE_SPOT order is a parameter', code: template, filename: 't.yaml' },
  ],
  invalid: [
    { name: 'known order: FARGATE_SPOT after FARGATE', code: queue('3', true), errors: [{ messageId: 'noFallback', line: 12, column: 41 }] },
    { name: 'order unknown but no FARGATE environment in the queue', code: queue('"<order>"', false), errors: [{ messageId: 'noFallback', line: 12, column: 49 }, { messageId: 'noFallback', line: 13, column: 41 }] },
  ],
});

const states = (a: string, b: string): string => `computeEnvironments:
  - computeEnvironmentName: a
    type: MANAGED
    state: ${a}
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1], securityGroupIds: [sg-1] }
  - computeEnvironmentName: b
    type: MANAGED
    state: ${b}
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1], securityGroupIds: [sg-1] }
jobQueues:
  - jobQueueName: q
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: a }
      - { order: 2, computeEnvironment: b }
`;

ruleTester.run(RULES_BY_ID.get('queue-some-environments-disabled')!, {
  valid: [
    // b is disabled, but a may be too: "the queue runs only on a" would not be known.
    { name: 'the other environment has a placeholder state', code: states('"{{ value }}"', 'DISABLED') },
    { name: 'the disabled one is a placeholder', code: states('ENABLED', '"<state>"') },
  ],
  invalid: [{ name: 'a ENABLED, b DISABLED', code: states('ENABLED', 'DISABLED'), errors: [{ messageId: 'someDisabled', line: 15, column: 41 }] }],
});

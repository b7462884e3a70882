// A template literal that is a placeholder (`Type: REPLACE_ME`, `AllocationStrategy: "<strategy>"`,
// `Value: "<vcpus>"`) is a value still to be filled in: unknown, as in API-shaped files, so neither the
// template schema check nor a rule about the value reports it. A wrong literal still is.
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

const job = (type: string, vcpus: string, memory: string): string => `Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: ${type}
      ContainerProperties:
        Image: app:1.0
        ResourceRequirements:
          - { Type: VCPU, Value: ${vcpus} }
          - { Type: MEMORY, Value: ${memory} }
`;

const environment = (strategy: string): string => `Resources:
  Env:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: SPOT
        AllocationStrategy: ${strategy}
        MaxvCpus: 16
        InstanceTypes: [m5]
        Subnets: [subnet-1]
`;

const fine = job('container', '"2"', '"4096"');

ruleTester.run(RULES_BY_ID.get('schema-enum')!, {
  valid: [
    { name: 'Type: REPLACE_ME', filename: 't.yaml', code: job('REPLACE_ME', '"2"', '"4096"') },
    { name: 'Type: "<job-type>"', filename: 't.yaml', code: job('"<job-type>"', '"2"', '"4096"') },
    { name: 'Type: "{{ job_type }}"', filename: 't.yaml', code: job('"{{ job_type }}"', '"2"', '"4096"') },
    { name: 'AllocationStrategy: "<strategy>"', filename: 't.yaml', code: environment('"<strategy>"') },
    { name: 'AllocationStrategy: ${ALLOCATION_STRATEGY}', filename: 't.yaml', code: environment('"${ALLOCATION_STRATEGY}"') },
    { name: 'AllocationStrategy: CHANGE_ME', filename: 't.yaml', code: environment('CHANGE_ME') },
  ],
  invalid: [
    { name: 'a wrong Type', filename: 't.yaml', code: job('containers', '"2"', '"4096"'), errors: [{ messageId: 'withSuggestion', line: 5, column: 13 }] },
    { name: 'a wrong AllocationStrategy', filename: 't.yaml', code: environment('SPOT_CHEAPEST'), errors: [{ messageId: 'issue', line: 8, column: 29 }] },
  ],
});

ruleTester.run(RULES_BY_ID.get('invalid-resource-value')!, {
  valid: [
    { name: 'Value: "<vcpus>"', filename: 't.yaml', code: job('container', '"<vcpus>"', '"4096"') },
    { name: 'Value: "{{ memory }}"', filename: 't.yaml', code: job('container', '"2"', '"{{ memory }}"') },
    { name: 'Value: XXXX', filename: 't.yaml', code: job('container', 'XXXX', '"4096"') },
    { name: 'known values', filename: 't.yaml', code: fine },
  ],
  invalid: [{ name: 'Value: "two"', filename: 't.yaml', code: job('container', '"two"', '"4096"'), errors: [{ messageId: 'notNumber', line: 9, column: 34 }] }],
});

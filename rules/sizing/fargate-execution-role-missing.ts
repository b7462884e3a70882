import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'fargate-execution-role-missing',
  title: 'Fargate job without an execution role',
  category: 'sizing',
  severity: 'error',
  description: 'A Fargate job definition has no executionRoleArn (in containerProperties, or in an ecsProperties task).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html',
  docs: {
    rationale: 'AWS: executionRoleArn is "required for jobs that run on Fargate resources". Fargate pulls the image and writes the logs with this role (trusting ecs-tasks.amazonaws.com, usually with AmazonECSTaskExecutionRolePolicy); without it the job definition is rejected.',
    fix: 'Set executionRoleArn to the ARN of a role that trusts ecs-tasks.amazonaws.com and has the AmazonECSTaskExecutionRolePolicy managed policy.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    missing: 'This Fargate job has no executionRoleArn in {{where}}; add the ARN of a task execution role (trusting ecs-tasks.amazonaws.com).',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'fargate') return;
    // The job's own tasks: node ranges cannot run on Fargate (fargate-unsupported-field says so).
    for (const task of facts.tasks) {
      if (task.path[0] === 'nodeProperties' || task.executionRoleArn.certainty !== 'absent') continue;
      if (task.shape === 'containerProperties') context.report({ messageId: 'missing', data: { where: 'containerProperties' }, path: task.path, key: true });
      else context.report({ messageId: 'missing', data: { where: 'the ecsProperties task' }, path: task.path });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { isUndecidedFact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { hasTaskRole } from '../../src/model/facts/task-facts.js';

export default defineRule({
  id: 'missing-job-role',
  title: 'No job IAM role',
  category: 'security',
  severity: 'note',
  description: 'An ECS job on EC2 declares no jobRoleArn (taskRoleArn in ecsProperties), so AWS SDKs in the container fall back to the instance role of the compute environment.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  docs: {
    rationale: 'Without a job role, the container has no credentials of its own: the SDK credential chain then reaches the instance metadata service and uses the ECS instance role, shared by every job on the instance and usually broader than any one job needs. Batch runs single-node EC2 jobs in host network mode, where the metadata service is reachable from the container. AWS recommends a role per task ("IAM roles for tasks"). Fargate jobs are not reported: Fargate has no instance role to fall back to.',
    fix: 'Create an IAM role trusted by ecs-tasks.amazonaws.com with only the permissions the job needs and set it as `jobRoleArn` (or `taskRoleArn` in `ecsProperties`). A job that calls no AWS API can still get an empty role, so that it cannot borrow the instance role.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1\n  command: [python, -m, etl]',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1\n  command: [python, -m, etl]\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    noRole: 'The {{where}} has no {{field}}, so the job uses the instance role of the compute environment; give it its own least-privilege role with {{field}}.',
  },
  check(resource, context) {
    const { platform, tasks } = jobDefinitionFacts(resource);
    // Fargate has no instance role to fall back to; when the platform is only known at deploy time, stay silent.
    if (isUndecidedFact(platform.capabilities) || platform.capacity === 'fargate') return;
    for (const task of tasks) {
      // A presence rule: a role from a variable or a conditional may be set; only a missing one is reported.
      if (hasTaskRole(task)) continue;
      context.report({ messageId: 'noRole', data: { where: task.label, field: task.roleField }, path: task.path });
    }
  },
});

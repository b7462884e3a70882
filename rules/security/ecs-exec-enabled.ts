import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { hasTaskRole } from '../../src/model/facts/task-facts.js';

export default defineRule({
  id: 'ecs-exec-enabled',
  title: 'ECS Exec enabled',
  category: 'security',
  severity: 'note',
  description: 'A job turns on ECS Exec (enableExecuteCommand), which lets anyone with ecs:ExecuteCommand open an interactive shell in its running containers.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
  docs: {
    rationale: 'AWS Batch: enableExecuteCommand "determines whether execute command functionality is turned on for this task. If true, execute command functionality is turned on all the containers in the task." An interactive shell in a production job can read its data and use its role; it is a debugging aid, best switched on for a revision used while debugging. ECS Exec also needs a job role (for the SSM messages channel) and a writable root file system.',
    fix: 'Remove `enableExecuteCommand` (it defaults to false) from production job definitions; if you keep it, restrict ecs:ExecuteCommand in IAM and log sessions.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job\n  enableExecuteCommand: true',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    exec: 'The {{where}} turns on ECS Exec, so its containers accept interactive shells; remove enableExecuteCommand outside debugging.',
    execNoRole: 'The {{where}} turns on ECS Exec, so its containers accept interactive shells, and it has no {{field}}, which ECS Exec needs; remove enableExecuteCommand outside debugging.',
  },
  check(resource, context) {
    for (const task of jobDefinitionFacts(resource).tasks) {
      if (known(task.enableExecuteCommand) !== true) continue;
      context.report({ messageId: hasTaskRole(task) ? 'exec' : 'execNoRole', data: { where: task.label, field: task.roleField }, path: task.enableExecuteCommand.path });
    }
  },
});

// Reported by the engine itself, about files rather than resources: no check.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'unrecognized-file',
  title: 'No AWS Batch configuration in a file named explicitly',
  category: 'run',
  severity: 'error',
  description: 'A file named on the command line holds no job definition, compute environment, job queue or scheduling policy that batchlint recognises.',
  helpUri: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
  docs: {
    rationale: 'Files found by searching a directory are skipped silently when they are not Batch configurations (package.json, tsconfig.json); a file you name yourself is expected to be one, so silence would hide a mistake.',
    fix: 'Check the path, or the shape: batchlint reads register-job-definition / create-* inputs, describe-* outputs and bundles with the keys jobDefinitions, computeEnvironments, jobQueues, schedulingPolicies.',
    bad: 'jobDefinitions:\n  - type: container\n    containerProperties:\n      image: my-image:1.0',
    good: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      image: my-image:1.0',
  },
  appliesTo: [],
  messages: { nothing: 'No AWS Batch job definition, compute environment, job queue or scheduling policy found in this file.', stray: 'Entry {{index}} of "{{list}}" is not a {{kind}} (it has no {{nameKey}}); it was not linted.' },
});

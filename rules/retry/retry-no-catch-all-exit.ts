import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'retry-no-catch-all-exit',
  title: 'evaluateOnExit without a catch-all entry',
  category: 'retry',
  severity: 'warning',
  description: 'A retryStrategy whose evaluateOnExit has no entry matching every exit: AWS Batch retries exits that match no entry, so application errors are retried too.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html',
  docs: {
    rationale: 'AWS: "If none of the EvaluateOnExit conditions in a RetryStrategy match, then the job is retried." Without an entry that matches everything, a bug, a bad input or an out-of-memory kill is retried up to `attempts` times, each attempt billed. AWS\'s own Spot example ends with {"onReason": "*", "action": "EXIT"}.',
    fix: 'End evaluateOnExit with a catch-all entry, usually `{ onReason: "*", action: EXIT }` (or RETRY, if retrying everything else is what you want).',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    noCatchAll: 'No evaluateOnExit entry matches every exit, and Batch retries exits that match no entry, so application failures are retried until all {{attempts}} attempts are used; add a final { onReason: "*", action: EXIT } entry.',
  },
  check(resource, context) {
    const { retry } = jobDefinitionFacts(resource);
    const attempts = known(retry.attempts);
    // With one attempt (or attempts missing, which another rule reports) nothing is retried anyway.
    if (attempts === undefined || attempts <= 1) return;
    const conditions = known(retry.evaluateOnExit);
    if (conditions === undefined || conditions.length === 0 || retry.hasCatchAll !== false) return;
    context.report({ messageId: 'noCatchAll', data: { attempts }, path: retry.evaluateOnExit.path, key: true });
  },
});

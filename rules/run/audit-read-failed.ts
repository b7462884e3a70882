// A finding about the audit itself, reported by the live audit rather than by a check on a
// resource (as parse-error is for files): no file can trigger it, so it is in the catalog (rules
// command, docs, config, --disable, SARIF) but not in the rules that run on files.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'audit-read-failed',
  title: 'Region or account could not be read',
  category: 'run',
  severity: 'error',
  description: 'A region (or a whole account, when its role cannot be assumed) could not be read, or was read only in part, so some of its resources were not linted.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/batch-supported-iam-actions-resources.html',
  docs: {
    rationale: 'An audit that silently skips a region reports a clean account that was never checked. Each such finding says which Regions were read completely, in part and not at all; throttling, server errors and unreadable answers are retried first, and a Region that does not answer within --timeout (per request) or --region-timeout does not hold up the others.',
    fix: 'Grant the read-only actions listed in docs/audit.md (batch:Describe*, batch:ListSchedulingPolicies) and, for --accounts, a role the caller may assume in each account; check the endpoint and the network path, or raise --timeout / --region-timeout for a slow one.',
  },
  appliesTo: [],
  messages: {
    region: 'Cannot read AWS Batch in {{where}}: {{reason}}. Nothing was read there. {{overview}}',
    regionInPart: 'AWS Batch in {{where}} was read only in part: {{missing}}. Read in full there: {{complete}}. What was read is linted, without the checks of references between resources. {{overview}}',
    account: 'Cannot assume {{role}}: {{reason}}. No region of account {{account}} was audited. {{overview}}',
  },
});

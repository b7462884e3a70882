// Findings about the audit itself, reported by the audit rather than by a rule's check (as parse-error
// is for files). They are not in the rule registry because no file can trigger them; reporters get
// their metadata with the findings (SARIF rule table, help links).
import { defineRule } from '../engine/rule.js';

export const AUDIT_READ_FAILED = defineRule({
  id: 'audit-read-failed',
  title: 'Region or account could not be read',
  category: 'schema',
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

export const AUDIT_REGION_NOT_ENABLED = defineRule({
  id: 'audit-region-not-enabled',
  title: 'Region not enabled for the account',
  category: 'schema',
  severity: 'note',
  description: 'With --all-regions, an opt-in region that rejects the credentials that work in the other regions: it is not enabled for the account, so it holds no Batch resources.',
  helpUri: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html',
  docs: {
    rationale: 'Regions introduced after 20 March 2019 are disabled until enabled for the account, and credentials are not accepted there; this is expected, not a failure of the audit.',
    fix: 'Nothing, or audit only the regions you use with --region.',
  },
  appliesTo: [],
  messages: { notEnabled: '{{where}} rejects credentials that work in the other regions ({{reason}}): an opt-in region not enabled for the account, nothing to audit there.' },
});

export const AUDIT_RULES = [AUDIT_READ_FAILED, AUDIT_REGION_NOT_ENABLED] as const;

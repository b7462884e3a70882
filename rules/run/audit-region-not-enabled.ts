// A finding about the audit itself, reported by the live audit rather than by a check on a
// resource (as parse-error is for files): no file can trigger it, so it is in the catalog (rules
// command, docs, config, --disable, SARIF) but not in the rules that run on files.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'audit-region-not-enabled',
  title: 'Region not enabled for the account',
  category: 'run',
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

// Reported by the engine itself (src/engine/suppressions.ts), after every other rule ran: no check.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'unused-suppression',
  title: 'Suppression that suppresses nothing',
  category: 'run',
  severity: 'note',
  description: 'A `batchlint:ignore` tag, a `# batchlint-disable` comment, template metadata or a config-file ignore names a rule that reports nothing there, or names no rule that exists.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/tag-resources.html',
  docs: {
    rationale: 'A suppression outlives the problem it excused: once the configuration is fixed (or the rule renamed), it silently waits to hide the next real finding. Reporting it keeps suppressions honest. It is reported only when the rule it names ran, so `--rule` never makes other suppressions look unused.',
    fix: 'Remove the suppression, or correct the rule id. Turn the check off with `rules: { unused-suppression: off }` in the config file.',
    bad: 'jobDefinitionName: etl\ntype: container\ntimeout: { attemptDurationSeconds: 3600 }\ntags:\n  batchlint:ignore: missing-timeout   # there is a timeout: nothing to suppress',
    good: 'jobDefinitionName: etl\ntype: container\ntags:\n  batchlint:ignore: missing-timeout   # this job really has no time limit',
  },
  appliesTo: [],
  messages: {
    unused: 'This {{what}} suppresses "{{rule}}", which reports nothing here; remove it.',
    unknownRule: 'This {{what}} names "{{rule}}", which is not a batchlint rule{{hint}}; it suppresses nothing.',
    noRule: 'This {{what}} names no rule; write the rule ids it silences (batchlint rules lists them).',
  },
});

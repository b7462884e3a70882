import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

// AWS (API_EvaluateOnExit): onStatusReason and onReason "can contain letters, numbers, periods (.),
// colons (:), and white space (including spaces and tabs)"; onExitCode "can contain only numbers";
// each "can optionally end with an asterisk (*)". Batch answers anything else with
// "Evaluate on exit condition contains restricted characters".
const TEXT_CHARACTER = /[A-Za-z0-9.: \t]/;
const EXIT_CODE_CHARACTER = /[0-9]/;
const GLOBS = [
  { name: 'onStatusReason', allowed: TEXT_CHARACTER, set: 'letters, digits, ".", ":" and spaces', example: '"Host EC2*"' },
  { name: 'onReason', allowed: TEXT_CHARACTER, set: 'letters, digits, ".", ":" and spaces', example: '"CannotPullContainerError*"' },
  { name: 'onExitCode', allowed: EXIT_CODE_CHARACTER, set: 'digits', example: '"13*"' },
] as const;

export default defineRule({
  id: 'retry-invalid-glob',
  title: 'evaluateOnExit pattern AWS rejects',
  category: 'retry',
  severity: 'error',
  description: 'An evaluateOnExit pattern with "*" anywhere but at the end, or with a character outside the documented set (letters, digits, ".", ":", white space; digits only for onExitCode).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EvaluateOnExit.html',
  docs: {
    rationale: 'The patterns are prefix globs, not general wildcards: AWS documents letters, digits, periods, colons and white space for onStatusReason and onReason, digits for onExitCode, and an optional "*" at the end only. Batch rejects anything else ("Evaluate on exit condition contains restricted characters"), so `*Spot*`, `Cannot*Error*` or `Host EC2 (instance i-*` fail registration.',
    fix: 'Match on a prefix that uses only the allowed characters and end it with "*": `Host EC2*` rather than `*Host EC2 (instance*`, `CannotPullContainerError*` rather than `*PullContainer*`.',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "*Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    innerStar: '{{field}} has "*" before its end, but AWS allows "*" only as the last character (a prefix match) and rejects the pattern; rewrite it as a prefix ending in "*", such as {{example}}.',
    badCharacter: '{{field}} contains {{character}}, which AWS rejects in this pattern (allowed: {{allowed}}, and a final "*"); cut the pattern before it and end it with "*".',
  },
  check(resource, context) {
    for (const entry of jobDefinitionFacts(resource).retry.entries) {
      for (const glob of GLOBS) {
        const condition = entry[glob.name];
        const pattern = known(condition);
        if (pattern === undefined) continue;
        const path = condition.path;
        const star = pattern.indexOf('*');
        if (star >= 0 && star < pattern.length - 1) {
          context.report({ messageId: 'innerStar', data: { field: glob.name, example: glob.example }, path });
          continue;
        }
        const bad = [...pattern.replace(/\*$/, '')].find((c) => !glob.allowed.test(c));
        if (bad !== undefined) {
          context.report({ messageId: 'badCharacter', data: { field: glob.name, character: JSON.stringify(bad), allowed: glob.set }, path });
        }
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { looksLikeSecret } from '../../src/engine/redact.js';
import { known, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { isNotASecretValue, isSecretName } from './secret-in-environment.js';

// `--password=x`, `-token=x`, `DB_PASSWORD=x` (in a shell line or as one argument).
const ASSIGNMENT = /(?:^|[\s;&|(])(?:--?|export\s+)?([A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|[^\s;&|)]+)/g;

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/**
 * How one argument, or one argument with the next, passes a credential: `value` when the text is
 * in a known credential format, `name` when only a flag or variable name says so.
 */
function passesSecret(args: readonly Fact<string>[], i: number): 'value' | 'name' | undefined {
  const arg = args[i] === undefined ? undefined : known(args[i]);
  if (arg === undefined) return undefined;
  if (looksLikeSecret(arg)) return 'value';
  for (const m of arg.matchAll(ASSIGNMENT)) {
    if (isSecretName(m[1]!) && !isNotASecretValue(unquote(m[2]!))) return 'name';
  }
  // `--password value`: the flag in one argument, the value in the next.
  const flag = /^--?([A-Za-z][\w-]*)$/.exec(arg.trim());
  const next = args[i + 1] === undefined ? undefined : known(args[i + 1]!);
  if (flag === null || next === undefined || !isSecretName(flag[1]!) || next.startsWith('-') || isNotASecretValue(next)) return undefined;
  return looksLikeSecret(next) ? 'value' : 'name';
}

export default defineRule({
  id: 'secret-in-command',
  title: 'Credential in the container command',
  category: 'security',
  severity: 'error',
  messageSeverity: { byName: 'warning' },
  severityNote: 'warning when only a flag or variable name says it is a credential',
  description: 'A container\'s command (ECS `command`, EKS `command` and `args`) passes a credential in plain text: a credential-shaped value, `--password value`, `--token=value` or `DB_PASSWORD=value` in a shell line.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html',
  docs: {
    rationale: 'A command line is stored in the job definition in plain text, like environment variables (AWS: "We don\'t recommend using plaintext environment variables for sensitive information"), and it is also visible to every process on the host through /proc and `ps`, and often logged. Parameter substitution placeholders (`Ref::password`) and `${VAR}` references are not reported: the value then comes from elsewhere. A value in a known credential format (AWS keys, private keys, connection-string passwords, GitHub, GitLab, Slack, Google, Stripe or npm tokens, JWTs) is an error; a value that only the flag or variable name flags is a warning. The message never repeats the value.',
    fix: 'Pass the credential through `secrets` (Secrets Manager or SSM Parameter Store) as an environment variable, and let the program read it from the environment or a file; on EKS mount a Kubernetes Secret. Rotate the credential: it has been exposed.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  command: [loader, --password, hunter2-but-longer]',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  command: [loader, --password-file, /run/secrets/db]',
    peers: ['Prowler batch_job_definition_no_secrets (containerProperties command only; this rule also covers node ranges, ecsProperties and EKS command and args)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    inCommand: 'Argument {{index}} of the {{list}} of the {{where}} passes a credential in plain text; pass it through {{fix}} instead, and rotate it.',
    byName: 'Argument {{index}} of the {{list}} of the {{where}} passes a credential in plain text, by its flag or variable name; pass it through {{fix}} instead, and rotate it.',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      const fix = c.kind === 'eks' ? 'a Kubernetes Secret volume' : '"secrets" (Secrets Manager or SSM Parameter Store)';
      for (const { list, args } of c.commands) {
        for (let i = 0; i < args.length; i += 1) {
          const how = passesSecret(args, i);
          if (how === undefined) continue;
          context.report({ messageId: how === 'value' ? 'inCommand' : 'byName', data: { index: i + 1, list, where: c.label, fix }, path: args[i]!.path });
          // `--password value` is one finding, on the flag.
          if (/^--?[A-Za-z][\w-]*$/.test(known(args[i]!)?.trim() ?? '')) i += 1;
        }
      }
    }
  },
});

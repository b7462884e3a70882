import { defineRule } from '../../src/engine/rule.js';
import { looksLikeSecret } from '../../src/engine/redact.js';
import { knownHeadOf, known, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

// Words that make a variable or flag name say "credential". Matched on whole words of the name
// (DB_PASSWORD, dbPassword, db-password), never on substrings (PASSENGER_COUNT, MAX_TOKENS).
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'CREDS', 'PRIVATEKEY']);
// Words that are credentials only at the end of a name (DB_PASS, DB_PWD; not PASS_RATE, and not PWD alone: the working directory).
const SECRET_LAST_WORDS = new Set(['PASS', 'PWD']);
// `<word>_KEY` pairs that name a credential; a bare KEY is too common (S3_KEY, PARTITION_KEY, CACHE_KEY).
const SECRET_KEY_QUALIFIERS = new Set(['API', 'PRIVATE', 'ACCESS', 'SECRET', 'SIGNING', 'ENCRYPTION', 'MASTER', 'SSH', 'HMAC', 'AUTH', 'CLIENT', 'SESSION', 'JWT', 'LICENSE', 'DEPLOY']);
// A last word that makes the variable a reference to or a setting of a secret, not the secret:
// TOKEN_URL, SECRET_ARN, PASSWORD_FILE, DB_SECRET_NAME, TOKEN_TTL, AWS_ACCESS_KEY_ID (the id is
// not secret; an AKIA value is still caught by value).
const REFERENCE_LAST_WORDS = new Set([
  'URL', 'URLS', 'URI', 'ENDPOINT', 'HOST', 'HOSTNAME', 'PORT', 'FILE', 'FILENAME', 'PATH', 'DIR', 'ARN', 'NAME', 'ID', 'IDS',
  'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'LIFETIME', 'TIMEOUT', 'TYPE', 'LENGTH', 'LEN', 'SIZE', 'ENABLED', 'DISABLED',
  'ENABLE', 'DISABLE', 'REQUIRED', 'POLICY', 'ROTATION', 'VERSION', 'FORMAT', 'HEADER', 'PARAM', 'PARAMETER', 'SSM', 'REF',
  'REGION', 'PREFIX', 'SUFFIX', 'COUNT', 'LIMIT', 'MAX', 'MIN', 'MODE', 'FIELD', 'LOCATION', 'SOURCE', 'PROVIDER', 'STORE',
  'VAULT', 'MANAGER', 'BACKEND', 'ALGORITHM', 'ALG', 'ISSUER', 'AUDIENCE', 'SCOPE', 'SCOPES', 'USER', 'USERNAME', 'EMAIL',
  'ACCOUNT', 'RATE', 'BUCKET', 'TABLE', 'QUEUE', 'TOPIC', 'KMS', 'LABEL', 'TAG', 'HASH', 'KEYS', 'ENV', 'ALGO',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
}

/** True when a variable or flag name says it holds a credential (and is not a reference to one). */
export function isSecretName(name: string): boolean {
  const ws = words(name);
  const last = ws.at(-1);
  if (last === undefined || REFERENCE_LAST_WORDS.has(last)) return false;
  if (ws.length > 1 && SECRET_LAST_WORDS.has(last)) return true;
  return ws.some((w, i) => SECRET_WORDS.has(w) || (w === 'KEY' && i > 0 && SECRET_KEY_QUALIFIERS.has(ws[i - 1]!)));
}

/**
 * True when a value is a reference to a secret or a stand-in for one, not a secret: empty, an ARN or
 * an SSM parameter path, a variable, command or template reference (`${X}`, `$X`, `$(cmd)`,
 * `{{resolve:...}}`, `Ref::x`), an obvious placeholder (`<password>`, `xxx`, `***`, `REPLACE_ME`), a boolean or a small
 * number. A weak real password such as `changeme` is still a password and is not excused.
 */
export function isNotASecretValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^arn:aws[a-z-]*:/i.test(v)) return true;
  if (/^\/[\w.\-/]+$/.test(v)) return true; // SSM parameter path or file path
  if (/^(?:ssm|secretsmanager):/i.test(v)) return true;
  // Shell expansions ($VAR, ${VAR}, $(command), `command`), templates ({{...}}, %(name)s) and Batch
  // parameter substitution (Ref::name) are filled in from elsewhere.
  if (/^[$`]|^\{\{.*\}\}$|^Ref::[\w-]+$|^%\([^)]*\)s?$/.test(v)) return true;
  if (/^<[^>]*>$|^(?:x+|\*+|\.+|-+|_+)$|^(?:replace[_-]?me|to[_-]?be[_-]?set|placeholder|none|null|nil|undefined|n\/a|tbd|todo)$/i.test(v)) return true;
  if (/^(?:true|false|yes|no|on|off|enabled|disabled)$/i.test(v)) return true;
  if (/^\d{1,5}$/.test(v)) return true;
  return false;
}

/**
 * An unknown environment value that is certainly set and is not a reference to a secret: not maybe
 * absent, not of the wrong type, not an ARN or path by its literal head (`arn:aws:secretsmanager:${...}`),
 * and not another resource's ARN, id or name (`aws_secretsmanager_secret.db.arn`, `!GetAtt Db.Arn`).
 */
/**
 * A CloudFormation dynamic reference to a Secrets Manager secret in the value (`{{resolve:secretsmanager:...}}`):
 * CloudFormation writes the secret itself into the property at deploy. (`{{resolve:ssm-secure:...}}` is
 * refused in a job definition, which is not among the properties that take it: cfn-lint E1027.)
 */
function isResolvedSecret(value: Fact<string>): boolean {
  return value.certainty === 'unknown' && value.origin.includes('{{resolve:secretsmanager:');
}

function isPlainUnknown(value: Fact<string>): boolean {
  if (value.certainty !== 'unknown' || value.invalid === true) return false;
  const head = knownHeadOf(value);
  if (head !== undefined && head.trim() !== '' && isNotASecretValue(head)) return false;
  return !/[.](?:arn|id|name|path|url)$/i.test(value.origin.trim());
}

export default defineRule({
  id: 'secret-in-environment',
  title: 'Credential in a plain environment variable',
  category: 'security',
  severity: 'error',
  messageSeverity: { byName: 'warning' },
  severityNote: 'warning when only the variable\'s name says it is a credential',
  description: 'A container\'s environment (ECS `environment`, EKS `env`) holds a credential in plain text: a variable whose name says so (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS...) or whose value is shaped like one (AWS access key id, secret key, PEM private key, connection string with a password, known token formats).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html',
  docs: {
    rationale: 'AWS Batch: "We don\'t recommend using plaintext environment variables for sensitive information, such as credential data." Plain environment values are stored in the job definition, which anyone with batch:DescribeJobDefinitions can read, are copied into every job and every revision, and show up in consoles, CloudTrail and logs. Batch can inject the value at start-up from Secrets Manager or SSM Parameter Store instead (`secrets`), so the job definition only holds the ARN. Names that refer to a secret rather than hold it (TOKEN_URL, SECRET_ARN, PASSWORD_FILE, DB_SECRET_NAME) and values that are ARNs, parameter paths, `${VAR}` references or placeholders are not reported. A value in a known credential format (an AWS access key id or secret key, a private key, a password in a connection string, a GitHub, GitLab, Slack, Google, Stripe or npm token, a JWT) is an error: it is a credential whatever the variable is called. A value that only a credential-sounding name flags is a warning, since the name can mislead. A CloudFormation dynamic reference to Secrets Manager (`{{resolve:secretsmanager:...}}`) is an error whatever the name: it keeps the secret out of the template, but CloudFormation writes the resolved secret into the job definition in plain text. The message never repeats the value.',
    fix: 'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString), remove it from `environment`, and add `secrets: [{name: DB_PASSWORD, valueFrom: <secret or parameter ARN>}]`; give the execution role secretsmanager:GetSecretValue or ssm:GetParameters on it. On EKS, mount a Kubernetes Secret (`volumes[].secret`). Rotate the credential: it has been exposed.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  environment:\n    - name: DB_PASSWORD\n      value: hunter2-but-longer',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  executionRoleArn: arn:aws:iam::123456789012:role/etl-execution\n  secrets:\n    - name: DB_PASSWORD\n      valueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:etl/db-AbCdEf',
    peers: ['Prowler batch_job_definition_no_secrets (containerProperties only; this rule also covers node ranges, ecsProperties and EKS containers)', 'Security Hub ECS.8 (same idea on ECS task definitions)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    byName: 'The {{where}} passes "{{name}}" as a plain environment variable, and its name says it is a credential; move it to {{fix}}.',
    byValue: 'The value of environment variable "{{name}}" in the {{where}} looks like a credential; move it to {{fix}}.',
    resolvedSecret: 'Environment variable "{{name}}" in the {{where}} takes a Secrets Manager dynamic reference, which CloudFormation resolves into the job definition in plain text; move it to {{fix}}.',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      const fix = c.kind === 'eks' ? 'a Kubernetes Secret volume (volumes[].secret) and rotate it' : '"secrets" (Secrets Manager or SSM Parameter Store) and rotate it';
      for (const entry of c.environment) {
        const name = known(entry.name);
        if (name === undefined) continue;
        const value = entry.value;
        const path = [...entry.path, 'value'];
        if (value.certainty === 'known') {
          if (isNotASecretValue(value.value)) continue;
          if (looksLikeSecret(value.value)) context.report({ messageId: 'byValue', data: { where: c.label, name, fix }, path });
          else if (isSecretName(name)) context.report({ messageId: 'byName', data: { where: c.label, name, fix }, path });
        } else if (isResolvedSecret(value)) {
          // The reference keeps the secret out of the template, not out of the job definition: anyone
          // who can describe it reads the value.
          context.report({ messageId: 'resolvedSecret', data: { where: c.label, name, fix }, path });
        } else if (isSecretName(name) && isPlainUnknown(value)) {
          // Present but unknown (`var.db_password`, `!Ref DbPassword`): whatever it holds is written in
          // plain text into the job definition, so the name alone decides.
          context.report({ messageId: 'byName', data: { where: c.label, name, fix }, path });
        }
      }
    }
  },
});

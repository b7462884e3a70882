import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { defineRule } from '../dist/src/engine/rule.js';
import { RULES } from '../dist/rules/index.js';
import { redactSecrets } from '../dist/src/engine/redact.js';
import { ROOT } from './helpers/cli.js';

const exploding = defineRule({
  id: 'exploding-rule',
  title: 'Explodes',
  category: 'security',
  severity: 'warning',
  description: 'A rule that throws, to show the run goes on.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/',
  docs: { rationale: 'test', fix: 'test' },
  appliesTo: ['jobDefinition'],
  messages: { never: 'never' },
  check() {
    throw new Error('boom with AKIAIOSFODNN7EXAMPLE inside');
  },
});

describe('engine', () => {
  it('turns a rule that throws into one internal finding per resource, and the other rules still run', async () => {
    const result = await lintPaths(['examples/etl-job-definition.json', 'examples/compute.yaml'], { cwd: ROOT, rules: [exploding, ...RULES] });
    const internal = result.findings.filter((f) => f.category === 'internal');
    expect(internal).toHaveLength(result.model.byKind.jobDefinition.length);
    expect(internal[0]).toMatchObject({ ruleId: 'exploding-rule', severity: 'error', resource: { kind: 'jobDefinition', name: 'nightly-etl' }, location: { file: 'examples/etl-job-definition.json', line: 1, column: 1 } });
    expect(internal[0]!.message).toContain('Rule exploding-rule crashed on job definition "nightly-etl": boom with **** inside');
    expect(result.findings.some((f) => f.ruleId === 'privileged-container')).toBe(true);
  });

  it('reports on the nearest existing parent when the path does not exist', async () => {
    const result = await lintPaths(['examples/etl-job-definition.json'], { cwd: ROOT });
    const missing = defineRule({
      id: 'missing-path',
      title: 'Missing path',
      category: 'sizing',
      severity: 'note',
      description: 'Reports a path that does not exist.',
      helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/',
      docs: { rationale: 'test', fix: 'test' },
      appliesTo: ['jobDefinition'],
      messages: { m: 'm' },
      check(_r, ctx) {
        ctx.report({ messageId: 'm', path: ['containerProperties', 'linuxParameters', 'devices', 0] });
      },
    });
    const [finding] = runRules(result.model, [missing], {});
    expect(finding!.location).toMatchObject({ line: 5, column: 26 }); // the containerProperties object
  });

  it('redacts secret-shaped text', () => {
    expect(redactSecrets('key AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('key **** and ****');
    expect(redactSecrets('postgres://app:hunter2@db:5432/x')).toBe('postgres://app:****@db:5432/x');
    expect(redactSecrets('commit 0123456789abcdef0123456789abcdef01234567')).toContain('0123456789abcdef0123456789abcdef01234567');
    expect(redactSecrets('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----')).toBe('****');
  });
});

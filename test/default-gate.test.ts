// What the default gate (--fail-on error: the pre-commit hook, the Action) blocks: what a security
// reviewer blocks, and nothing that is only a note.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../dist/src/cli/main.js';
import { CATALOG } from '../dist/rules/index.js';

interface Run {
  code: number;
  findings: { ruleId: string; severity: string; message: string }[];
}

async function lint(files: Record<string, string>, args: string[] = []): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-gate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let out = '';
  const code = await main(['lint', '--no-config', '-f', 'json', ...args, '.'], { stdout: (t) => void (out += t), stderr: () => undefined, isTTY: false, env: {}, cwd: dir });
  return { code, findings: JSON.parse(out).findings };
}

// Everything else about this job is clean, so the finding under test decides the exit code.
function job(container: string): string {
  return `jobDefinitionName: j\ntype: container\ntimeout: { attemptDurationSeconds: 60 }\nretryStrategy: { attempts: 2 }\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.4\n  user: "1000"\n  readonlyRootFilesystem: true\n  jobRoleArn: arn:aws:iam::123456789012:role/etl\n  resourceRequirements: [{ type: VCPU, value: "1" }, { type: MEMORY, value: "512" }]\n${container}`;
}

const levels = (run: Run, ruleId: string): string[] => run.findings.filter((f) => f.ruleId === ruleId).map((f) => f.severity);

describe('the default gate (--fail-on error)', () => {
  it('passes a clean job (the base the cases below add one problem to)', async () => {
    const run = await lint({ 'job.yaml': job('') });
    expect(run.findings).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('blocks a privileged container', async () => {
    const run = await lint({ 'job.yaml': job('  privileged: true\n') });
    expect(levels(run, 'privileged-container')).toEqual(['error']);
    expect(run.code).toBe(1);
  });

  it('blocks a plaintext credential in a known format; a credential-sounding name alone is a warning', async () => {
    const known = await lint({ 'job.yaml': job('  environment:\n    - { name: AWS_ACCESS_KEY_ID, value: AKIAIOSFODNN7EXAMPLE }\n    - { name: SETTING, value: "ghp_abcdefghijklmnopqrstuvwxyz0123456789" }\n') });
    expect(levels(known, 'secret-in-environment')).toEqual(['error', 'error']);
    expect(known.code).toBe(1);
    const named = await lint({ 'job.yaml': job('  environment:\n    - { name: DB_PASSWORD, value: hunter2-but-longer }\n') });
    expect(levels(named, 'secret-in-environment')).toEqual(['warning']);
    expect(named.code).toBe(0);
    expect((await lint({ 'job.yaml': job('  environment:\n    - { name: DB_PASSWORD, value: hunter2-but-longer }\n') }, ['--fail-on', 'warning'])).code).toBe(1);
  });

  it('does the same for credentials in the command', async () => {
    const known = await lint({ 'job.yaml': job('  command: [loader, --token, "xoxb-1234567890-abcdefghij"]\n') });
    expect(levels(known, 'secret-in-command')).toEqual(['error']);
    expect(known.code).toBe(1);
    const named = await lint({ 'job.yaml': job('  command: [loader, --password, hunter2-but-longer]\n') });
    expect(levels(named, 'secret-in-command')).toEqual(['warning']);
    expect(named.code).toBe(0);
    const assigned = await lint({ 'job.yaml': job('  command: [sh, -c, "DB_PASSWORD=hunter2-but-longer ./run"]\n') });
    expect(levels(assigned, 'secret-in-command')).toEqual(['warning']);
  });

  it('blocks a host mount of / or of the Docker socket; other sensitive paths are warnings', async () => {
    for (const path of ['/', '/var/run/docker.sock', '/run/docker.sock', '/var/run', '/run/containerd/containerd.sock']) {
      const run = await lint({ 'job.yaml': job(`  volumes: [{ name: v, host: { sourcePath: "${path}" } }]\n`) });
      expect(levels(run, 'sensitive-host-mount'), path).toEqual(['error']);
      expect(run.code, path).toBe(1);
    }
    for (const path of ['/etc', '/proc', '/var/lib/docker', '/dev']) {
      const run = await lint({ 'job.yaml': job(`  volumes: [{ name: v, host: { sourcePath: "${path}" } }]\n`) });
      expect(levels(run, 'sensitive-host-mount'), path).toEqual(['warning']);
      expect(run.code, path).toBe(0);
    }
  });

  it('a level set in the config applies to every message of the rule', async () => {
    const config = { '.batchlint.yaml': 'rules:\n  secret-in-environment: note\n  sensitive-host-mount: warning\n' };
    const dir = { ...config, 'job.yaml': job('  environment:\n    - { name: K, value: AKIAIOSFODNN7EXAMPLE }\n    - { name: DB_PASSWORD, value: hunter2-but-longer }\n  volumes: [{ name: v, host: { sourcePath: / } }]\n') };
    const run = await lint(dir, ['--config', '.batchlint.yaml']);
    expect(levels(run, 'secret-in-environment')).toEqual(['note', 'note']);
    expect(levels(run, 'sensitive-host-mount')).toEqual(['warning']);
    expect(run.code).toBe(0);
  });

  it('never fails on notes unless asked with --fail-on note', async () => {
    const notesOnly = job('').replace(/  image: .*\n/, '  image: public.ecr.aws/docker/library/busybox:1.36\n');
    const run = await lint({ 'job.yaml': notesOnly });
    expect(run.findings.length).toBeGreaterThan(0);
    expect(new Set(run.findings.map((f) => f.severity))).toEqual(new Set(['note']));
    expect(run.code).toBe(0);
    expect((await lint({ 'job.yaml': notesOnly }, ['--fail-on', 'warning'])).code).toBe(0);
    expect((await lint({ 'job.yaml': notesOnly }, ['--fail-on', 'note'])).code).toBe(1);
  });
});

describe('per-message levels in the rule metadata', () => {
  it('name existing messages, differ from the rule level, and come with a note saying which findings get them', () => {
    for (const rule of CATALOG) {
      const levels = Object.entries(rule.messageSeverity ?? {});
      expect(Boolean(rule.severityNote), rule.id).toBe(levels.length > 0);
      for (const [messageId, level] of levels) {
        expect(Object.keys(rule.messages), rule.id).toContain(messageId);
        expect(level, `${rule.id} ${messageId}`).not.toBe(rule.severity);
      }
    }
  });
});

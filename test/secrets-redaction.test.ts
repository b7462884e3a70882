// Rules that find credentials must never print them: the message names the variable or the
// argument, not the value, and the redaction in the engine masks anything shaped like a credential
// that slips into a message. Runs the built CLI on fixtures full of credential-shaped values and
// checks that none of the values reaches the text or the JSON report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeSecret, redactSecrets } from '../dist/src/engine/redact.js';
import { ROOT, runCli } from './helpers/cli.js';

const FILES = [
  'fixtures/secret-in-environment/bad/by-name.yaml',
  'fixtures/secret-in-environment/bad/by-value.json',
  'fixtures/secret-in-environment/bad/credential-shapes.yaml',
  'fixtures/secret-in-command/bad/command.yaml',
];

// Every secret value in those files (the distinctive part, so a partial leak is caught too).
const SECRETS = [
  'hunter2-but-longer', 'not-a-known-token-shape', 'plain-text-key-value', 'user:pass', 'changeme',
  'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFI/K7MDENG/bPxRfiCYzEXAMPLEKEY9', 's3cretPassw0rd', 'MIIEowIBAAKCAQEA7',
  'a-plain-webhook-secret', 'Hunter2Hunter2', 'ASIAY34FZKBOKMUTVV7A', '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',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'glpat-Xy9zAbCdEfGhIjKlMnOp', 'xoxb-123456789012-abcdefghijkl',
  'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'Zx81kfQ2mmPq', 'Pq8-xYz-4477', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ',
  'plain-text-key', 's3cret-value', 'p4ssw0rd-long',
];

describe('secrets never reach a report', () => {
  it('the fixtures hold every listed secret (so the test cannot pass on empty input)', () => {
    const text = FILES.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    for (const secret of SECRETS) expect(text, secret).toContain(secret);
  });

  it.each(['json', 'text'])('--format %s reports the secrets without their values', (format) => {
    const result = runCli(['lint', '--format', format, ...FILES]);
    expect(result.stderr).toBe('');
    const output = result.stdout;
    // The rules did run and report the credentials...
    const hits = format === 'json'
      ? (JSON.parse(output) as { findings: { ruleId: string }[] }).findings.filter((f) => f.ruleId.startsWith('secret-in-')).length
      : output.split('\n').filter((line) => / secret-in-(environment|command)$/.test(line.trimEnd())).length;
    expect(hits).toBe(28); // 5 + 6 + 12 in environments, 5 in commands
    // ...and no value, nor any part of one, appears anywhere in the report.
    for (const secret of SECRETS) expect(output, secret).not.toContain(secret);
  });
});

describe('looksLikeSecret', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFI/K7MDENG/bPxRfiCYzEXAMPLEKEY9', 'postgres://etl:s3cret@db:5432/etl',
    'https://:token@git.example.com/x.git', 'Server=db;Uid=sa;Pwd=Hunter2;', 'Host=db;Password=Hunter2', 'https://x.example.com/cb?token=abcdefgh1234',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF', 'glpat-Xy9zAbCdEfGhIjKlMnOp', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  ])('finds %s', (value) => {
    expect(looksLikeSecret(value)).toBe(true);
    expect(redactSecrets(value)).not.toBe(value);
  });

  it.each([
    '0123456789abcdef0123456789abcdef01234567', // a git SHA
    'prod/MyService2024/DatabaseConnectionUrl', // a 40-character path made of words
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:etl/db-AbCdEf',
    'postgres://etl@db.internal:5432/etl', 'postgres://etl:${DB_PASSWORD}@db/etl', 'Password=${DB_PASSWORD}', 'PWD=/workdir',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1', 'sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
  ])('leaves %s alone', (value) => {
    expect(looksLikeSecret(value)).toBe(false);
  });
});

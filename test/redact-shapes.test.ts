// The redaction's shapes, one credential format at a time, in the places a last pass over outputs
// meets them: inside paths, property paths, snake_case names, escaped line breaks, Markdown.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { looksLikeSecret, redactSecrets, redactStrings } from '../src/engine/redact.js';
import { CREDENTIALS, secretParts } from './helpers/planted-credentials.js';

describe('redactSecrets masks every planted credential format', () => {
  it.each(Object.entries(CREDENTIALS))('%s alone and inside other text', (_, secret) => {
    for (const text of [secret, `/dev/${secret}`, `containerProperties.${secret}.value`, `prefix_${secret}_suffix`, `"${secret}"`, `name "${secret}" is not valid`, `/mnt/${secret}/data`]) {
      const out = redactSecrets(text);
      for (const part of secretParts(secret)) expect(out, text).not.toContain(part);
      expect(out).toContain('****');
    }
  });

  it('masks a private key whose line breaks were already escaped, and nothing after it', () => {
    const key = CREDENTIALS.privateKeyPem.replace(/\n/g, '\\n');
    expect(redactSecrets(`TLS_KEY=${key} is set in plain text`)).toBe('TLS_KEY=**** is set in plain text');
  });

  it('a BEGIN line without its END masks the base64 body, not the rest of the text', () => {
    const truncated = `-----BEGIN RSA PRIVATE KEY-----\n${CREDENTIALS.privateKeyBody.slice(0, 40)}`;
    expect(redactSecrets(`${truncated} (value shortened)\nsecond line of the report\n`)).toBe('**** (value shortened)\nsecond line of the report\n');
  });

  it('recognises real private keys without BEGIN/END lines, but not certificates or public keys', () => {
    const keys = [generateKeyPairSync('rsa', { modulusLength: 1024 }), generateKeyPairSync('ec', { namedCurve: 'P-256' }), generateKeyPairSync('ed25519')];
    for (const { privateKey, publicKey } of keys) {
      const types = privateKey.asymmetricKeyType === 'rsa' ? ['pkcs1', 'pkcs8'] : privateKey.asymmetricKeyType === 'ec' ? ['sec1', 'pkcs8'] : ['pkcs8'];
      for (const type of types) {
        const body = (privateKey.export({ type: type as 'pkcs8', format: 'der' }) as Buffer).toString('base64');
        const lines = body.match(/.{1,64}/g)!.join('\n');
        // Every full line of the body is masked. A last line of under 16 characters without `=` padding
        // cannot be told from a word that follows the key, so it may remain: a tail that alone reveals nothing.
        const out = redactSecrets(lines);
        const what = `${privateKey.asymmetricKeyType} ${type}`;
        expect(out.startsWith('****'), what).toBe(true);
        for (const line of lines.split('\n').filter((l) => l.length >= 16)) expect(out, what).not.toContain(line);
      }
      const spki = (publicKey.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
      expect(looksLikeSecret(spki.slice(0, 39)), 'public key').toBe(false);
    }
    // A certificate's base64 starts with a SEQUENCE holding a SEQUENCE: public, left alone.
    expect(looksLikeSecret('MIIDdzCCAl+gAwIBAgIJAKDf')).toBe(false);
  });

  it('leaves ordinary text of reports alone', () => {
    for (const text of [
      'job-definition/etl-nightly:3', 'containerProperties.resourceRequirements[0].value', 'prefix ghp_short', 'xoxb-short', 'npm_config_cache',
      '/dev/xvda', '/mnt/efs/data', 'The memory of MIIE is odd', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'eyJhbGciOiJIUzI1NiJ9',
      'arn:aws:iam::123456789012:role/BatchServiceRole', 'postgres://etl@db.internal:5432/etl', 'AKIA is the prefix of access key ids',
    ]) expect(redactSecrets(text), text).toBe(text);
  });
});

describe('redactStrings', () => {
  it('redacts values and keys at any depth, keeps the chosen paths and non-strings exact, and keeps __proto__ an own key', () => {
    const input = JSON.parse(`{"a": [{"${CREDENTIALS.accessKeyId}": "${CREDENTIALS.npmToken}"}], "file": "${CREDENTIALS.githubClassic}.yaml", "n": 3, "__proto__": {"x": "${CREDENTIALS.jwt}"}}`) as Record<string, unknown>;
    const out = redactStrings(input, (path) => path.length === 1 && path[0] === 'file');
    const text = JSON.stringify(out);
    expect(text).not.toContain(CREDENTIALS.accessKeyId);
    expect(text).not.toContain(CREDENTIALS.npmToken);
    expect(text).not.toContain(CREDENTIALS.jwt);
    expect(out.file).toBe(`${CREDENTIALS.githubClassic}.yaml`);
    expect(out.n).toBe(3);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

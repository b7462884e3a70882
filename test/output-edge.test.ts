// The output edge: every write through Io and every output file passes the redaction, except a JSON
// text the structural pass produced (marked once, for one write).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactedJson, redactingIo, redactOutput, writeOutputFile } from '../src/cli/output-edge.js';
import { CREDENTIALS } from './helpers/planted-credentials.js';

const KEY = CREDENTIALS.accessKeyId;

describe('output edge', () => {
  it('masks stdout and stderr writes', () => {
    const written: string[] = [];
    const io = redactingIo({ stdout: (t) => void written.push(`out:${t}`), stderr: (t) => void written.push(`err:${t}`), isTTY: false, env: {}, cwd: '.' });
    io.stdout(`key ${KEY}\n`);
    io.stderr(`warning: ${CREDENTIALS.urlPassword}\n`);
    expect(written).toEqual(['out:key ****\n', 'err:warning: postgres://etl:****@db.internal:5432/warehouse\n']);
  });

  it('writes a structurally redacted JSON text as it is, once; the same text again is redacted', () => {
    const text = JSON.stringify({ file: `${KEY}.yaml` });
    expect(redactOutput(redactedJson(text))).toBe(text);
    expect(redactOutput(text)).toBe(JSON.stringify({ file: '****.yaml' }));
  });

  it('output files pass the same redaction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-edge-'));
    writeOutputFile({ cwd: dir }, 'report.txt', `token ${CREDENTIALS.githubClassic}\n`);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('token ****\n');
  });
});

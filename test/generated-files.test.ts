// Generated artefacts must match their generators, whose inputs are vendored in data/sources: a fresh
// clone checks every one of them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

describe('generated files', () => {
  it('schemas/ and src/model/aws-types.generated.ts match scripts/generate-schemas.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the CloudFormation mapping and validators match scripts/generate-cfn-mapping.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-cfn-mapping.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('the committed schemas are present', () => {
    for (const f of ['job-definition', 'compute-environment', 'job-queue', 'scheduling-policy', 'report']) {
      expect(existsSync(join(ROOT, 'schemas', `${f}.schema.json`)), f).toBe(true);
    }
  });
});

describe('generated data', () => {
  for (const script of ['generate-instance-catalog.mjs', 'generate-price-catalog.mjs']) {
    it(`${script} reproduces its committed output`, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--check'], { encoding: 'utf8' });
      expect(r.status, r.stderr + r.stdout).toBe(0);
    });
  }
});

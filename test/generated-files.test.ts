// Generated artefacts must match their generators. Generators read ../shared, which CI has beside
// the clone; where it is absent the check says so and passes on what it can see.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SHARED_MODEL = join(ROOT, '../shared/data/aws-models/batch/2016-08-10/service-2.json');

describe('generated files', () => {
  it.runIf(existsSync(SHARED_MODEL))('schemas/ and src/model/aws-types.generated.ts match scripts/generate-schemas.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(existsSync(join(ROOT, '../shared/data/cfn-schemas')))('the CloudFormation mapping and validators match scripts/generate-cfn-mapping.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-cfn-mapping.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('the committed schemas are present for a clone without ../shared', () => {
    for (const f of ['job-definition', 'compute-environment', 'job-queue', 'scheduling-policy', 'report']) {
      expect(existsSync(join(ROOT, 'schemas', `${f}.schema.json`)), f).toBe(true);
    }
  });
});

// Rules about compute environments, job queues and scheduling policies read the typed facts of the
// model, never the raw record: no `field(`/`hasField(`/`arrayOf(` reads and no `.data` of the resource
// or of an environment in their source. (Job definition rules get the same check when their facts land.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';

const RAW_READ = /\b(?:field|hasField|arrayOf|valueAt)\(|\b(?:resource|environment|ce|queue|policy)(?:!|\?)?\.data\b|\.environment!?\.data\b/;

const factRules = RULES.filter((r) => r.appliesTo.length > 0 && r.appliesTo.every((k) => k !== 'jobDefinition'));

describe('rules of environments, queues and policies read facts', () => {
  it('finds the rules', () => {
    expect(factRules.length).toBeGreaterThan(40);
  });

  it.each(factRules.map((r) => [r.id, `rules/${r.category}/${r.id}.ts`]))('%s', (_id, file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const raw = source.split('\n').filter((line) => RAW_READ.test(line) && !line.trim().startsWith('//'));
    expect(raw).toEqual([]);
  });

  it('the tag rules\' shared definition too', () => {
    expect(RAW_READ.test(readFileSync(join(ROOT, 'rules/security/define-tag-rule.ts'), 'utf8'))).toBe(false);
  });
});

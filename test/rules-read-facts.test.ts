// Rules read facts, not raw records (issue 13): every rule that applies to a covered kind, and every
// helper under rules/ such a rule imports, reads the model's facts (src/model/facts/) instead of
// `field(...)` on the resource's data. The covered kinds grow as their facts land: add a kind to
// COVERED_KINDS and the check holds for its rules too. Placement (src/placement/) and cost (src/cost/) are held to the
// same check: job sizes, architectures, storage and environment settings have one reader, the facts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const COVERED_KINDS = ['jobDefinition', 'computeEnvironment', 'jobQueue', 'schedulingPolicy'];

// A raw read: a value guard walking a record, or a property read on a resource's data (handing the
// record to a reader of src/, as `computeEnvironmentFactsOf(env.environment.data)`, is not one).
const RAW_READ = /\b(?:field|hasField|arrayOf|stringOf|numberOf|booleanOf)\(|\.data(?:\?\.|\.|\[)/;

// A line exempt from the check: none today (the list is kept so that an exemption must name its file).
const PENDING_ENVIRONMENT_READS: Record<string, RegExp> = {};

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The kinds a rule file names in `appliesTo: [...]` (a literal list; schema rules use a constant). */
function appliesTo(text: string): string[] {
  const m = /appliesTo:\s*\[([^\]]*)\]/.exec(text);
  return m ? [...m[1]!.matchAll(/'([A-Za-z]+)'/g)].map((k) => k[1]!) : [];
}

/** The covered rule files and the files under rules/ they import, transitively. */
function coveredFiles(): string[] {
  const files = tsFiles('rules');
  const todo = files.filter((f) => appliesTo(readFileSync(join(ROOT, f), 'utf8')).some((k) => COVERED_KINDS.includes(k)));
  const seen = new Set<string>();
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/from\s*'(\.[^']+)'/g)) {
      const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts');
      if (target.startsWith('rules/')) todo.push(target);
    }
  }
  return [...seen].sort();
}

describe('rules read facts, not raw records', () => {
  const covered = coveredFiles();

  it('finds the rules of the covered kinds', () => {
    expect(covered.length).toBeGreaterThan(40);
    expect(covered).toContain('rules/security/privileged-container.ts');
    expect(covered).toContain('rules/sizing/reading/node-ranges.ts');
  });

  it.each(covered)('%s reads no raw field of a job definition', (file) => {
    const pending = PENDING_ENVIRONMENT_READS[file];
    const raw = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter(({ text }) => RAW_READ.test(text) && !(pending?.test(text) ?? false));
    expect(raw).toEqual([]);
  });

  it('every pending exemption is still needed', () => {
    for (const [file, pattern] of Object.entries(PENDING_ENVIRONMENT_READS)) {
      expect(covered, file).toContain(file);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file}: drop it from PENDING_ENVIRONMENT_READS`).toMatch(pattern);
    }
  });
});

describe.each([
  ['placement', 'src/placement', ['src/placement/job-requirements.ts', 'src/placement/place-job.ts']],
  ['cost', 'src/cost', ['src/cost/estimate-costs.ts', 'src/cost/job-cost-inputs.ts']],
] as const)('%s reads facts, not raw records', (_, dir, expected) => {
  const files = tsFiles(dir);

  it('finds its modules', () => {
    for (const file of expected) expect(files).toContain(file);
  });

  it.each(files)('%s reads no raw field', (file) => {
    const raw = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter(({ text }) => RAW_READ.test(text));
    expect(raw).toEqual([]);
  });
});

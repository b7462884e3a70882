// End-to-end tier: the built CLI over the bundled examples, every output format compared with a
// reviewed, committed golden file. A change in any output shows up here as a diff to review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then review `git diff test/golden`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from './helpers/cli.js';

const GOLDEN = join(ROOT, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** SARIF's rule table repeats every rule's docs (checked by test/sarif.test.ts); the golden keeps what this run found. */
function sarifResults(text: string): string {
  const log = JSON.parse(text) as { runs: { tool: { driver: { name: string } }; results: unknown[] }[] };
  return `${JSON.stringify(log.runs.map((r) => ({ tool: r.tool.driver.name, results: r.results })), null, 2)}\n`;
}

const CASES: { name: string; args: string[]; normalize?: (out: string) => string }[] = [
  { name: 'lint.txt', args: ['lint', 'examples', '--format', 'text'] },
  { name: 'lint.json', args: ['lint', 'examples', '--format', 'json'] },
  { name: 'lint.sarif.json', args: ['lint', 'examples', '--format', 'sarif'], normalize: sarifResults },
  { name: 'lint.md', args: ['lint', 'examples', '--format', 'markdown'] },
  { name: 'cost.txt', args: ['cost', 'examples'] },
  { name: 'cost.json', args: ['cost', 'examples', '--format', 'json'] },
  { name: 'cost.md', args: ['cost', 'examples', '--format', 'markdown'] },
];

describe('golden outputs of the built CLI on examples/', () => {
  it.each(CASES)('$name', ({ name, args, normalize }) => {
    const result = spawnCli(args, { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const actual = normalize ? normalize(result.stdout) : result.stdout;
    const file = join(GOLDEN, name);
    if (update) writeFileSync(file, actual);
    expect(existsSync(file), `${name} has no golden file: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files whose time is mostly waiting on other processes (pre-commit installing the hook from a git
 * clone, npm pack, the Actions runner): started first, they overlap the rest of the run instead of
 * ending it alone. The order of the others is vitest's own.
 */
const START_FIRST = ['test/pre-commit.test.ts', 'test/package-contents.test.ts', 'test/action-runner.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const index = START_FIRST.findIndex((name) => spec.moduleId.endsWith(name));
      return index === -1 ? START_FIRST.length : index;
    };
    return sorted.map((spec, order) => ({ spec, order })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One process per worker for every file it runs, not one per file: each file re-imported dist/
    // and its dependencies in a fresh process (about a third of the suite's CPU on two cores). The
    // tests share no mutable state through modules: the environment variables some of them set are
    // restored in their afterEach/afterAll, and the CLI runs with an Io of its own.
    isolate: false,
    // vitest's default is one worker fewer than the cores: on the 2-core CI machine, one file at a
    // time, with every wait (pre-commit, npm pack, loopback servers, spawned CLIs) on the critical
    // path. Two at least, so the waits of one file overlap the work of another.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    // dist/ is compiled JavaScript: Node loads it directly, as the CLI does, instead of vitest
    // transforming it again in every test file (about 40% of the CPU of an in-process test file).
    // Nothing in test/ mocks a dist/ module, which only transformed modules would allow.
    server: { deps: { external: [/\/dist\//] } },
  },
});

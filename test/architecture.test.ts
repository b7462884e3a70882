// docs/architecture.md says which module may import which; this reads the imports and holds the code to it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

// Static and dynamic imports and re-exports, relative ones only (packages are not modules of ours).
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** file -> the files it imports (repository-relative, `.js` specifiers mapped to the `.ts` source). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('rules')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      targets.push(normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The module a file belongs to: `src/<folder>`, `rules`, or the file itself for top-level src files. */
const moduleOf = (file: string): string => (file.startsWith('rules/') ? 'rules' : file.split('/').slice(0, 2).join('/'));

const graph = importGraph();
const edges = (from: string): { file: string; target: string }[] =>
  [...graph].filter(([file]) => moduleOf(file) === from).flatMap(([file, targets]) => targets.filter((t) => moduleOf(t) !== from).map((target) => ({ file, target })));

describe('architecture (docs/architecture.md)', () => {
  it('reads a non-trivial import graph', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(edges('src/cli').length).toBeGreaterThan(10);
  });

  it('src/source knows nothing of Batch: it imports no other module of ours', () => {
    expect(edges('src/source')).toEqual([]);
  });

  it('rules never import loaders, audit, config, pricing, reporters or the CLI', () => {
    // Nor pricing: a rule's prices are the run's (context.prices()), so lint and cost agree.
    const banned = ['src/loaders', 'src/audit', 'src/config', 'src/reporters', 'src/cli', 'src/action', 'src/pricing'];
    expect(edges('rules').filter((e) => banned.includes(moduleOf(e.target)))).toEqual([]);
  });

  it('loaders name no rule: they import nothing from rules/ and nothing downstream of them', () => {
    const downstream = ['rules', 'src/engine', 'src/graph', 'src/placement', 'src/cost', 'src/reporters', 'src/cli'];
    expect(edges('src/loaders').filter((e) => downstream.includes(moduleOf(e.target)))).toEqual([]);
  });

  it('the model and schema know no input format and nothing downstream', () => {
    const allowed = new Set(['src/source', 'src/model', 'src/schema']);
    expect([...edges('src/model'), ...edges('src/schema')].filter((e) => !allowed.has(moduleOf(e.target)))).toEqual([]);
    expect(edges('src/model').filter((e) => moduleOf(e.target) === 'src/schema')).toEqual([]);
  });

  it('reporters know nothing of AWS input: no loaders, graph, model internals or rules', () => {
    const banned = ['src/loaders', 'src/graph', 'src/placement', 'rules', 'src/audit'];
    expect(edges('src/reporters').filter((e) => banned.includes(moduleOf(e.target)))).toEqual([]);
  });

  it('the modules form no cycle, and engine and graph have no import cycle inside them', () => {
    const moduleGraph = new Map<string, Set<string>>();
    for (const [file, targets] of graph) for (const t of targets) if (moduleOf(t) !== moduleOf(file)) (moduleGraph.get(moduleOf(file)) ?? moduleGraph.set(moduleOf(file), new Set()).get(moduleOf(file))!).add(moduleOf(t));
    const cycles: string[] = [];
    const findCycle = (nodes: Map<string, Iterable<string>>): void => {
      const state = new Map<string, 'open' | 'done'>();
      const stack: string[] = [];
      const visit = (n: string): void => {
        if (state.get(n) === 'done') return;
        if (state.get(n) === 'open') {
          cycles.push([...stack.slice(stack.indexOf(n)), n].join(' -> '));
          return;
        }
        state.set(n, 'open');
        stack.push(n);
        for (const next of nodes.get(n) ?? []) visit(next);
        stack.pop();
        state.set(n, 'done');
      };
      for (const n of nodes.keys()) visit(n);
    };
    findCycle(moduleGraph);
    for (const inner of ['src/engine', 'src/graph']) {
      findCycle(new Map([...graph].filter(([f]) => moduleOf(f) === inner).map(([f, ts]) => [f, ts.filter((t) => moduleOf(t) === inner)])));
    }
    expect(cycles.map((c) => relative('.', c))).toEqual([]);
  });

  it('findings are built in one place (src/engine/build-finding.ts), which the resource they are about travels with', () => {
    // An object literal with a ruleId and a message is a finding built by hand: it would skip the
    // rendering, redaction and ownership that build-finding gives every finding.
    // Reporters write findings out in their formats (JSON has the same fields); they make none.
    const makers = [...graph.keys()].filter((f) => f !== 'src/engine/build-finding.ts' && !f.startsWith('src/reporters/'));
    const handMade = makers.filter((f) => /\{[^{}]*\bruleId:[^{}]*\bcategory:[^{}]*\bmessage:[^{}]*\}/s.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(handMade).toEqual([]);
  });

  it('one pipeline: only the process entries read the process\'s directory; cost and explain load the model without running rules', () => {
    // A front door takes the directory from its Io (tests and the Action run it elsewhere); reading
    // process.cwd() deeper would lint or fingerprint relative to the wrong place behind the user's back.
    const readers = [...graph.keys()].filter((f) => /process\.cwd\(\)/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(readers.sort()).toEqual(['src/action/run-action.ts', 'src/cli/io.ts']);
    for (const door of ['src/cli/cost-command.ts', 'src/cli/explain-command.ts']) {
      const text = readFileSync(join(ROOT, door), 'utf8');
      expect(text, door).toContain('loadPaths(');
      expect(text, door).not.toMatch(/lintPaths\(|runRules\(/);
    }
  });
});

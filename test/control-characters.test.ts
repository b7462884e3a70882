// Nothing unsafe reaches a terminal: terminal escapes (window title, clear screen, OSC 52 clipboard
// writes), line breaks that forge log lines or workflow commands, bidi overrides and HTML planted in
// every place of every input kind and in a file name come out visible and inert in every
// human-readable output and on stderr; JSON and SARIF keep the values exact.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type InProcessRun } from './helpers/in-process-cli.js';
import { INPUT_KINDS, plant } from './helpers/planted-corpus.js';

const HOSTILE = 'job\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m\n::error::forged\u202e <img src=x onerror=alert(1)> | `tick` [link](https://evil.example)';
const FILE_NAME = 'evil\u001b[2J\n::warning::forged.yaml';
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

type Run = InProcessRun;
const run = (cwd: string, args: string[]): Promise<Run> => runInProcess(cwd, args);

/** What makes a text unsafe for a terminal or a CI log: raw control characters, or a line that starts a workflow command. */
function unsafety(text: string): string[] {
  const problems: string[] = [];
  const found = UNSAFE.exec(text);
  if (found) problems.push(`raw U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, found.index - 20), found.index + 20))}`);
  for (const line of text.split('\n')) if (/^\s*::/.test(line)) problems.push(`workflow command line: ${JSON.stringify(line.slice(0, 60))}`);
  return problems;
}

describe('control characters in input reach no terminal raw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-control-'));
  const human: Record<string, string> = {};
  const machine: Record<string, string> = {};

  beforeAll(async () => {
    plant(dir, 'hostile', HOSTILE);
    mkdirSync(join(dir, 'hostile', 'named'));
    writeFileSync(join(dir, 'hostile', 'named', FILE_NAME), INPUT_KINDS['API YAML']!.render('named-job'));
    for (const format of ['text', 'markdown', 'json', 'sarif']) {
      const r = await run(dir, ['lint', 'hostile', '--format', format, '--fail-on', 'none', '--verbose', '--write-baseline', `${format}.baseline.json`]);
      (format === 'json' || format === 'sarif' ? machine : human)[`lint ${format}`] = r.stdout;
      human[`lint ${format} stderr`] = r.stderr;
    }
    const explain = await run(dir, ['explain', HOSTILE, 'hostile']);
    human.explain = explain.stdout;
    human['explain stderr'] = explain.stderr;
    for (const format of ['text', 'markdown', 'json']) {
      const r = await run(dir, ['cost', 'hostile', '--format', format]);
      (format === 'json' ? machine : human)[`cost ${format}`] = r.stdout;
      human[`cost ${format} stderr`] = r.stderr;
    }
    const missing = await run(dir, ['lint', `hostile/none\u001b[2J\n::error::x.yaml`]);
    human['missing path stderr'] = missing.stderr;
    const unknownOption = await run(dir, ['lint', '--bogus\u001b]0;t\u0007\n::error::x']);
    human['unknown option stderr'] = unknownOption.stderr;
    const unknownJob = await run(dir, ['explain', `nope\u001b[2J\n::error::x`, 'hostile']);
    human['unknown job definition stderr'] = unknownJob.stderr;
  }, 300_000);

  it('every human-readable output and stderr line is inert', () => {
    const problems = Object.entries(human).flatMap(([name, text]) => unsafety(text).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the hostile value did reach those outputs, escaped', () => {
    for (const name of ['lint text', 'explain', 'cost text']) expect(human[name], name).toContain('\\e]0;pwned\\x07');
    // Markdown escapes the escapes' backslashes and brackets too; it renders as \e]0;pwned\x07.
    for (const name of ['lint markdown', 'cost markdown']) expect(human[name], name).toContain('\\\\e\\]0;pwned\\\\x07');
    for (const name of ['missing path stderr', 'unknown job definition stderr']) expect(human[name], name).toContain('\\e[2J\\n::error::x');
    expect(human['lint text']).toContain('evil\\e[2J\\n::warning::forged.yaml');
  });

  it('Markdown shows input as text: no HTML, link or code span from it', () => {
    for (const name of ['lint markdown', 'cost markdown']) {
      const md = human[name]!;
      expect(md, name).toContain('\\<img src=x onerror=alert(1)\\>');
      expect(md, name).not.toMatch(/(?<!\\)<img|\[link\]\(|(?<!\\)`tick/);
    }
  });

  it('JSON and SARIF keep the values exact', () => {
    const json = JSON.parse(machine['lint json']!) as { findings: { resource: { name: string } | null; location: { file: string } }[] };
    expect(json.findings.some((f) => f.resource?.name === HOSTILE)).toBe(true);
    expect(json.findings.some((f) => f.location.file === `hostile/named/${FILE_NAME}`)).toBe(true);
    const sarif = JSON.parse(machine['lint sarif']!) as { runs: { results: { locations: { logicalLocations?: { name: string }[] }[] }[] }[] };
    expect(sarif.runs[0]!.results.some((r) => r.locations[0]!.logicalLocations?.[0]?.name === HOSTILE)).toBe(true);
    expect(JSON.parse(machine['cost json']!)).toBeTypeOf('object');
  });
});

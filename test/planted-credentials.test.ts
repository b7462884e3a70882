// Never print a secret: each of 13 credential formats planted in every place of every input kind (and
// in file names and a config file) appears in no output: text, JSON, SARIF and Markdown reports,
// --verbose, the baseline file, explain, the cost report in its three formats, and stderr. A canary
// planted the same way shows those places do reach the outputs, so the absence is the redaction's work.
// JSON outputs are checked as parsed data; a finding's file path is the one string kept exact.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type InProcessRun } from './helpers/in-process-cli.js';
import { CREDENTIALS, FILE_NAME_CREDENTIALS, leaksIn, type CredentialName } from './helpers/planted-credentials.js';
import { INPUT_KINDS, plant, plantConfig } from './helpers/planted-corpus.js';

const CANARY = 'PlantedCanary7Q';

type Run = InProcessRun;
const run = (cwd: string, args: string[]): Promise<Run> => runInProcess(cwd, args);

/** Parsed JSON with the exact file paths taken out (findings' location.file, SARIF artifact URIs, baseline files). */
function withoutFilePaths(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === 'file' || key === 'uri' ? undefined : value));
}

/** Every output of a lint, explain and cost over `paths`, by name; JSON ones as text of their data without file paths. */
async function outputsOf(dir: string, paths: string[], config: string, explained: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of ['text', 'json', 'sarif', 'markdown']) {
    const baseline = `${format}.baseline.json`;
    const lint = await run(dir, ['lint', ...paths, '--config', config, '--format', format, '--fail-on', 'none', '--verbose', '--write-baseline', baseline]);
    out[`lint ${format}`] = format === 'json' || format === 'sarif' ? JSON.stringify(withoutFilePaths(lint.stdout)) : lint.stdout;
    out[`lint ${format} stderr (--verbose)`] = lint.stderr;
    out[`--write-baseline file (${format} run)`] = JSON.stringify(withoutFilePaths(readFileSync(join(dir, baseline), 'utf8')));
  }
  for (const [i, name] of explained.entries()) {
    const explain = await run(dir, ['explain', name, paths[i]!]);
    out[`explain ${i}`] = explain.stdout;
    out[`explain ${i} stderr`] = explain.stderr;
  }
  for (const format of ['text', 'json', 'markdown']) {
    const cost = await run(dir, ['cost', ...paths, '--format', format]);
    out[`cost ${format}`] = format === 'json' ? JSON.stringify(withoutFilePaths(cost.stdout)) : cost.stdout;
    out[`cost ${format} stderr`] = cost.stderr;
  }
  return out;
}

describe('planted credentials reach no output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-planted-'));
  const labels = Object.keys(CREDENTIALS) as CredentialName[];
  let planted: Record<string, string> = {};
  let canary: Record<string, string> = {};

  beforeAll(async () => {
    for (const label of labels) plant(dir, label, CREDENTIALS[label]);
    plantConfig(join(dir, 'planted.config.yaml'), labels.map((label) => CREDENTIALS[label]));
    planted = await outputsOf(dir, labels, 'planted.config.yaml', labels.map((label) => CREDENTIALS[label]));
    plant(dir, 'canary', CANARY);
    plantConfig(join(dir, 'canary.config.yaml'), [CANARY]);
    canary = await outputsOf(dir, ['canary'], 'canary.config.yaml', [CANARY]);
  }, 300_000);

  it('the corpus has every input kind, and the canary reaches every output (the places are echoed)', () => {
    expect(Object.keys(INPUT_KINDS)).toHaveLength(6);
    const reached = Object.entries(canary).filter(([, text]) => text.includes(CANARY)).map(([name]) => name);
    expect(reached.sort()).toEqual(Object.keys(canary).filter((name) => !/stderr/.test(name) || name.startsWith('cost')).sort());
  });

  it.each(labels)('%s: zero occurrences in every output and stderr', (label) => {
    const leaks = Object.entries(planted).flatMap(([name, text]) => leaksIn(text).filter((leak) => leak.startsWith(`${label}:`)).map((leak) => `${name}: ${leak}`));
    expect(leaks).toEqual([]);
  });

  it('credentials in file names: masked in human-readable outputs, exact only as JSON/SARIF file locations', async () => {
    const names = join(dir, 'names');
    mkdirSync(names);
    const files = FILE_NAME_CREDENTIALS.map((name) => `${CREDENTIALS[name]}.yaml`);
    for (const file of files) writeFileSync(join(names, file), INPUT_KINDS['API YAML']!.render(CANARY));
    const leaks: string[] = [];
    for (const format of ['text', 'markdown', 'json', 'sarif']) {
      const r = await run(dir, ['lint', 'names', '--format', format, '--fail-on', 'none', '--verbose', '--write-baseline', `names.${format}.json`]);
      expect(r.code).toBe(0);
      const machine = format === 'json' || format === 'sarif';
      leaks.push(...leaksIn(machine ? JSON.stringify(withoutFilePaths(r.stdout)) : r.stdout).map((l) => `${format}: ${l}`), ...leaksIn(r.stderr).map((l) => `${format} stderr: ${l}`));
      leaks.push(...leaksIn(JSON.stringify(withoutFilePaths(readFileSync(join(dir, `names.${format}.json`), 'utf8')))).map((l) => `baseline: ${l}`));
      if (format === 'json') {
        const located = new Set((JSON.parse(r.stdout) as { findings: { location: { file: string } }[] }).findings.map((f) => f.location.file));
        expect([...located].sort()).toEqual(files.map((f) => `names/${f}`).sort());
      }
    }
    expect(leaks).toEqual([]);
  });

  it('a config whose rule id is a credential: the usage error does not echo it', async () => {
    const leaks: string[] = [];
    for (const name of Object.keys(CREDENTIALS) as CredentialName[]) {
      const config = join(dir, `bad-${name}.yaml`);
      writeFileSync(config, `suppressions:\n  - rule: ${JSON.stringify(CREDENTIALS[name])}\n    resource: x\n    reason: y\n`);
      const r = await run(dir, ['lint', 'canary', '--config', config]);
      expect(r.code).toBe(2);
      leaks.push(...leaksIn(r.stdout + r.stderr).map((l) => `${name}: ${l}`));
    }
    expect(leaks).toEqual([]);
  });
});

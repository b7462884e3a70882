// Runs one case the way `batchlint lint FILE --no-config` does, in-process (collectLint, then the
// text report with color off and the JSON report), and classifies what went wrong.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectLint } from '../../dist/src/cli/lint-command.js';
import { writeReport } from '../../dist/src/cli/report-output.js';
import { lintPaths } from '../../dist/src/lint-files.js';
import { RULES } from '../../dist/rules/index.js';
import type { FuzzCase } from './input-kinds.js';

/**
 * What counts as a failure:
 * - crash: an exception escapes the lint run or a reporter, or the JSON report does not parse;
 * - internal: a finding of category `internal` (a rule that threw, contained by the engine);
 * - hang: one file took more than HANG_MS;
 * - control: the text report or batchlint's own stderr holds a character matching UNESCAPED, or a
 *   finding's message, file or address holding a line break appears verbatim in the text report;
 * - stderr: anything written to process.stderr, console or process.emitWarning during the case
 *   (a library talking past the reporters, e.g. the yaml library's warnings).
 */
export const FAILURE_CLASSES = ['crash', 'internal', 'hang', 'control', 'stderr'] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export const HANG_MS = 10_000;

/** C0 controls except tab and newline, DEL, C1 controls, line/paragraph separators and bidi overrides/isolates. */
export const UNESCAPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export interface Failure {
  class: FailureClass;
  /** Human-readable, with control characters escaped. */
  detail: string;
  /** Groups failures of one cause: class, the error with names and numbers blanked, and the throwing frame. */
  signature: string;
  /** The first stack frame inside batchlint's code, where known. */
  frame?: string;
}

export interface CaseResult {
  failures: Failure[];
  elapsedMs: number;
}

/** Shows any control character as an escape, so reports about them are safe to print. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function normalize(text: string): string {
  return visible(text)
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 200);
}

/** The first frame in batchlint's own code, relative to the repository: `fn (dist/src/x.js:1:2)`. */
export function batchlintFrame(stack: string | undefined): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    // dist/ when run as built; src/ and rules/ .ts when vitest maps the stack through source maps.
    const m = /\/((?:dist\/)?(?:src|rules)\/[^:)]+:\d+:\d+)/.exec(line);
    if (m) return `${/^\s*at (?:async )?(.+?) \(/.exec(line)?.[1] ?? '<anonymous>'} (${m[1]})`;
  }
  return undefined;
}

interface Captured {
  text: string[];
  restore(): void;
}

/** Captures everything written past the reporters: process.stderr, console and process warnings. */
function captureLibraryOutput(): Captured {
  const text: string[] = [];
  const originalWrite = process.stderr.write;
  const originalEmit = process.emitWarning;
  const methods = ['log', 'warn', 'error', 'info', 'debug', 'trace'] as const;
  const originalConsole = methods.map((m) => console[m]);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    text.push(`stderr: ${String(chunk)}`);
    return true;
  }) as typeof process.stderr.write;
  process.emitWarning = ((warning: string | Error) => void text.push(`warning: ${String(warning)}`)) as typeof process.emitWarning;
  for (const m of methods) console[m] = (...args: unknown[]) => void text.push(`console.${m}: ${args.map(String).join(' ')}`);
  return {
    text,
    restore() {
      process.stderr.write = originalWrite;
      process.emitWarning = originalEmit;
      methods.forEach((m, i) => (console[m] = originalConsole[i]!));
    },
  };
}

/** For an `internal` finding: where the rule threw (the engine keeps only the message). */
async function ruleCrashFrames(dir: string, fileName: string): Promise<Map<string, string>> {
  const frames = new Map<string, string>();
  const wrapped = RULES.map((rule) =>
    rule.check
      ? {
          ...rule,
          check(resource: Parameters<NonNullable<typeof rule.check>>[0], context: Parameters<NonNullable<typeof rule.check>>[1]) {
            try {
              rule.check!(resource, context);
            } catch (error) {
              const frame = batchlintFrame((error as Error)?.stack);
              if (frame && !frames.has(rule.id)) frames.set(rule.id, frame);
              throw error;
            }
          },
        }
      : rule,
  );
  try {
    await lintPaths([fileName], { cwd: dir, rules: wrapped });
  } catch {
    // the crash itself is reported by the case
  }
  return frames;
}

/** Lints one case, alone in `workDir` (the file is removed afterwards). Never throws. */
export async function runCase(fuzzCase: FuzzCase, workDir: string): Promise<CaseResult> {
  const dir = workDir;
  mkdirSync(dir, { recursive: true });
  const failures: Failure[] = [];
  const out: { text: string; json: string; stderr: string } = { text: '', json: '', stderr: '' };
  const io = (sink: 'text' | 'json') => ({ stdout: (t: string) => void (out[sink] += t), stderr: (t: string) => void (out.stderr += t), isTTY: false, env: {}, cwd: dir });
  const captured = captureLibraryOutput();
  const started = performance.now();
  let findings: { category: string; ruleId: string; message: string; location: { file: string | null; arn: string | null; address: string | null } }[] = [];
  try {
    writeFileSync(join(dir, fuzzCase.fileName), fuzzCase.text);
    const run = await collectLint([fuzzCase.fileName], { format: 'text', failOn: 'error', config: false }, io('text'));
    findings = run.findings;
    const scope = { files: run.result.files, resources: run.result.resources };
    writeReport(run.findings, scope, { format: 'text', failOn: 'error' }, io('text'), RULES, run.result.suppressed);
    writeReport(run.findings, scope, { format: 'json', failOn: 'error' }, io('json'), RULES, run.result.suppressed);
    JSON.parse(out.json);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const frame = batchlintFrame(e.stack);
    failures.push({ class: 'crash', detail: visible(`${e.name}: ${e.message}`), signature: `crash ${e.name}: ${normalize(e.message)} @ ${frame ?? '?'}`, ...(frame ? { frame } : {}) });
  } finally {
    captured.restore();
  }
  const elapsedMs = performance.now() - started;
  if (elapsedMs > HANG_MS) failures.push({ class: 'hang', detail: `${Math.round(elapsedMs)} ms for one file`, signature: `hang ${fuzzCase.kind}` });

  const internal = findings.filter((f) => f.category === 'internal');
  if (internal.length > 0) {
    const frames = await ruleCrashFrames(dir, fuzzCase.fileName);
    for (const f of internal) {
      const cause = /crashed on [^"]*"[\s\S]*": ([\s\S]*?)\. Please report/.exec(f.message)?.[1] ?? f.message;
      const frame = frames.get(f.ruleId);
      failures.push({ class: 'internal', detail: visible(f.message), signature: `internal ${f.ruleId}: ${normalize(cause)} @ ${frame ?? '?'}`, ...(frame ? { frame } : {}) });
    }
  }

  for (const [where, text] of [['text report', out.text], ['batchlint stderr', out.stderr]] as const) {
    const line = text.split('\n').find((l) => UNESCAPED.test(l));
    if (line !== undefined) {
      // One cause per place in the layout: the file header or a finding's line (the rule id is in the detail).
      const part = where === 'batchlint stderr' ? normalize(line).slice(0, 40) : /^\S/.test(line) ? 'file header' : 'finding line';
      failures.push({ class: 'control', detail: visible(`${where}: ${line.slice(0, 160)}`), signature: `control ${where}: ${part}` });
    }
  }
  for (const f of findings) {
    for (const [field, value] of [['message', f.message], ['file', f.location.file], ['arn', f.location.arn], ['address', f.location.address]] as const) {
      if (value && value.includes('\n') && out.text.includes(value)) {
        failures.push({ class: 'control', detail: visible(`line break printed raw in the ${field} of a ${f.ruleId} finding: ${value.slice(0, 160)}`), signature: `control raw line break in a finding's ${field}` });
      }
    }
  }
  if (captured.text.length > 0) {
    const first = captured.text[0]!;
    failures.push({ class: 'stderr', detail: visible(first.slice(0, 200)), signature: `stderr ${normalize(first).slice(0, 80)}` });
  }
  rmSync(join(dir, fuzzCase.fileName), { force: true });
  return { failures, elapsedMs };
}

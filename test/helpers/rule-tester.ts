// A RuleTester in the spirit of ESLint's: a rule's cases as a table, each one an input written to a
// temporary directory and linted in-process by lintPaths, the way the CLI lints a file named on the
// command line. Every invalid case names the messageId, line and column of each finding it expects
// (and the rule must report nothing else); every valid case must leave the rule silent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../dist/src/engine/finding.js';
import type { Rule } from '../../dist/src/engine/rule.js';
import type { RuleSettings } from '../../dist/src/engine/run-rules.js';
import { lintPaths } from '../../dist/src/lint-files.js';

export interface ValidCase {
  /** The file's content: text, or bytes for inputs that are not UTF-8 (parse errors). */
  code: string | Uint8Array;
  /** Name (and extension, which picks the parser) of the file written; default `input.yaml`. */
  filename?: string;
  /** Shown as the test's title; default the filename. */
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in any order; the case fails on a missing, an extra or a different one. */
  errors: readonly ExpectedError[];
}

export interface RuleTests {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

export interface RuleTesterOptions {
  /**
   * Run the default rule set beside the rule under test instead of that rule alone. Only
   * unused-suppression needs it: whether a suppression is used depends on the rules it names running.
   */
  withDefaultRules?: boolean;
}

export interface CaseResult {
  /** The findings of the rule under test. */
  hits: Finding[];
  /** Findings of any rule that crashed (category `internal`): never acceptable. */
  internal: Finding[];
  resources: number;
}

/** Naming the rule's severity also turns on rules that are off by default (enabledByDefault: false). */
function settingsFor(rule: Rule, options: RuleTesterOptions): RuleSettings {
  const severity = new Map([[rule.id, rule.severity]]);
  return options.withDefaultRules ? { severity } : { only: new Set([rule.id]), severity };
}

/** Writes one case's input to a fresh temporary directory and lints it with the rule enabled. */
export async function lintCase(rule: Rule, testCase: ValidCase, options: RuleTesterOptions = {}): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-rule-tester-'));
  try {
    const filename = testCase.filename ?? 'input.yaml';
    mkdirSync(dirname(join(dir, filename)), { recursive: true });
    writeFileSync(join(dir, filename), testCase.code);
    // The rule itself is the rule list (not looked up by id), so a rule under construction runs too.
    const rules = options.withDefaultRules ? undefined : [rule];
    const result = await lintPaths([filename], { cwd: dir, settings: settingsFor(rule, options), ...(rules ? { rules } : {}) });
    return {
      hits: result.findings.filter((f) => f.ruleId === rule.id && f.category !== 'internal'),
      internal: result.findings.filter((f) => f.category === 'internal'),
      resources: result.resources,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "line:column messageId": one string per finding, so a difference shows as a readable diff. */
export function describeFinding(f: Pick<Finding, 'messageId'> & { location: Pick<Finding['location'], 'line' | 'column'> }): string {
  return `${f.location.line}:${f.location.column} ${f.messageId ?? '(no messageId)'}`;
}

function describeExpected(e: ExpectedError): string {
  return `${e.line}:${e.column} ${e.messageId}`;
}

function internalMessages(result: CaseResult): string[] {
  return result.internal.map((f) => `${describeFinding(f)}: ${f.message}`);
}

/** Asserts that the rule stays silent on a case that loads resources (and that no rule crashes on it). */
export function expectValid(rule: Rule, result: CaseResult, label: string): void {
  // Silence on an input that loads no resource would prove nothing about the rule.
  expect(result.resources, `resources loaded from ${label}`).toBeGreaterThan(0);
  expect(result.hits.map((f) => `${describeFinding(f)}: ${f.message}`), `${rule.id} on ${label}`).toEqual([]);
  expect(internalMessages(result), `crashes on ${label}`).toEqual([]);
}

/** Asserts exactly the expected findings, each rendered completely at the rule's own severity. */
export function expectInvalid(rule: Rule, result: CaseResult, errors: readonly ExpectedError[], label: string): void {
  const sort = (list: string[]): string[] => list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  expect(sort(result.hits.map(describeFinding)), `${rule.id} on ${label}`).toEqual(sort(errors.map(describeExpected)));
  for (const hit of result.hits) {
    expect(Object.keys(rule.messages), `${label}: messageId`).toContain(hit.messageId);
    expect(hit.severity).toBe(rule.severity);
    expect(hit.category).toBe(rule.category);
    expect(hit.message, `${label}: unfilled placeholder`).not.toMatch(/\{\{\s*\w+\s*\}\}/);
  }
  expect(internalMessages(result), `crashes on ${label}`).toEqual([]);
}

function titleOf(testCase: ValidCase): string {
  return testCase.name ?? testCase.filename ?? 'input.yaml';
}

/** Declares one vitest test per case, under `describe(rule.id)`. */
export const ruleTester = {
  run(rule: Rule, tests: RuleTests, options: RuleTesterOptions = {}): void {
    describe(rule.id, () => {
      if (tests.valid.length === 0 && tests.invalid.length === 0) throw new Error(`${rule.id}: no cases`);
      for (const testCase of tests.valid) {
        it(`valid: ${titleOf(testCase)}`, async () => {
          expectValid(rule, await lintCase(rule, testCase, options), titleOf(testCase));
        });
      }
      for (const testCase of tests.invalid) {
        it(`invalid: ${titleOf(testCase)}`, async () => {
          // A case that lists no error could only pass when the rule is silent: that is a valid case.
          expect(testCase.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
          expectInvalid(rule, await lintCase(rule, testCase, options), testCase.errors, titleOf(testCase));
        });
      }
    });
  },
};

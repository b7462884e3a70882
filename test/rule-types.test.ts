// Rule options and messages are typed from one declaration. At compile time (`tsc -p
// tsconfig.test.json` checks this file): `context.options` has the declared options' types, and
// `report` takes exactly the placeholders of its message (each `@ts-expect-error` below fails the
// type check if the mistake were accepted). At run time: the config file is validated against the
// schema derived from the same declaration, and a wrong type is rejected naming the rule.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, type Placeholders, type RuleContext } from '../dist/src/engine/rule.js';
import { option } from '../dist/src/engine/rule-options.js';
import { ConfigError, resolveConfig } from '../dist/src/config/load-config.js';
import { RULES, RULES_BY_ID } from '../dist/rules/index.js';
import { lintPaths } from '../dist/src/lint-files.js';

const MESSAGES = {
  tooMany: 'maxvCpus is {{ max }}, above {{limit}}.',
  none: 'No maxvCpus.',
} as const;

// Type-level: the placeholders of a message, spaces inside the braces allowed.
const names: Placeholders<(typeof MESSAGES)['tooMany']>[] = ['max', 'limit'];

/** Mistakes the type checker must refuse; never called. */
export function mistakes(context: RuleContext<typeof MESSAGES, { readonly limit: number }>): void {
  // @ts-expect-error a placeholder the message does not have
  context.report({ messageId: 'tooMany', data: { max: 1, limit: 2, other: 3 }, path: [] });
  // @ts-expect-error a placeholder missing
  context.report({ messageId: 'tooMany', data: { max: 1 }, path: [] });
  // @ts-expect-error data for a message without placeholders
  context.report({ messageId: 'none', data: { max: 1 }, path: [] });
  // @ts-expect-error a message id the rule does not have
  context.report({ messageId: 'tooFew', path: [] });
  // @ts-expect-error an option that is a number, not a string
  const text: string = context.options.limit;
  // @ts-expect-error an option the rule does not declare
  void context.options.budget;
  void text;
}

const rule = defineRule({
  id: 'test-typed-rule',
  title: 'test',
  category: 'sizing',
  severity: 'warning',
  description: 'test',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: { rationale: 'test', fix: 'test' },
  appliesTo: ['computeEnvironment'],
  options: { limit: option.integer(100, { minimum: 1 }), label: option.oneOf(['a', 'b'], 'a') },
  messages: MESSAGES,
  check(_resource, context) {
    const limit: number = context.options.limit;
    const label: 'a' | 'b' = context.options.label;
    context.report({ messageId: 'tooMany', data: { max: 512, limit: `${limit}${label}` }, path: ['computeResources', 'maxvCpus'] });
    context.report({ messageId: 'none', path: [] });
  },
});

describe('typed rule options and messages', () => {
  it('derives the options schema and defaults from the declaration', () => {
    expect(names).toEqual(['max', 'limit']);
    expect(rule.defaultOptions).toEqual({ limit: 100, label: 'a' });
    expect(rule.optionsSchema).toEqual({ type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1 }, label: { enum: ['a', 'b'] } } });
  });

  it('gives the rule its typed options, defaults merged with the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-rule-types-'));
    writeFileSync(join(dir, 'ce.yaml'), 'computeEnvironmentName: ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 512\n');
    const run = async (options?: Record<string, unknown>) =>
      (await lintPaths(['ce.yaml'], { cwd: dir, rules: [rule], settings: { ...(options ? { options: new Map([[rule.id, options]]) } : {}) } })).findings.map((f) => f.message).sort();
    expect(await run()).toEqual(['No maxvCpus.', 'maxvCpus is 512, above 100a.']);
    expect(await run({ limit: 64, label: 'b' })).toEqual(['No maxvCpus.', 'maxvCpus is 512, above 64b.']);
  });

  it('rejects an option of the wrong type in the config file, naming the rule and the option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-rule-types-'));
    writeFileSync(join(dir, '.batchlint.yaml'), 'rules:\n  spot-bid-percentage: [warning, { lowBidPercentage: "half" }]\n');
    await expect(resolveConfig(dir, RULES)).rejects.toThrow(ConfigError);
    await expect(resolveConfig(dir, RULES)).rejects.toThrow(/\.batchlint\.yaml:2:\d+: rules\.spot-bid-percentage\S*lowBidPercentage must be integer/);
    const ok = mkdtempSync(join(tmpdir(), 'batchlint-rule-types-'));
    writeFileSync(join(ok, '.batchlint.yaml'), 'rules:\n  spot-bid-percentage: [warning, { lowBidPercentage: 40 }]\n');
    expect((await resolveConfig(ok, RULES))?.config.rules).toBeDefined();
  });

  it('every rule with options declares them once: schema properties and defaults come from the same names', () => {
    for (const r of RULES_BY_ID.values()) {
      if (!r.options) {
        expect(r.optionsSchema, r.id).toBeUndefined();
        continue;
      }
      const declared = Object.keys(r.options);
      expect(Object.keys((r.optionsSchema as { properties: object }).properties), r.id).toEqual(declared);
      for (const name of Object.keys(r.defaultOptions ?? {})) expect(declared, r.id).toContain(name);
    }
  });
});

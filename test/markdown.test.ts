// Markdown for PR comments and step summaries: grouped by severity and resource, escaped, and still
// readable (and under GitHub's comment limit) at 500 findings.
import { describe, expect, it } from 'vitest';
import { RULES } from '../dist/rules/index.js';
import { escapeMarkdown, formatMarkdown } from '../dist/src/reporters/markdown-reporter.js';
import type { Finding } from '../dist/src/engine/finding.js';
import { runCli } from './helpers/cli.js';

function finding(i: number, severity: Finding['severity'], name = `job-${i % 40}`): Finding {
  return {
    ruleId: severity === 'error' ? 'schema-type' : severity === 'warning' ? 'privileged-container' : 'missing-retry-strategy',
    severity,
    category: 'schema',
    message: `Finding number ${i} about ${name}, with a message of ordinary length for a rule.`,
    resource: { kind: 'jobDefinition', name },
    location: { file: `batch/jobs-${i % 7}.yaml`, line: i + 1, column: 3, endLine: i + 1, endColumn: 9, arn: null, address: null },
    path: [],
  };
}

const summary = (findings: Finding[]) => ({
  files: 7, resources: 40,
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
  notes: findings.filter((f) => f.severity === 'note').length,
});

describe('Markdown report', () => {
  it('groups findings by severity, then resource, with positions and rule links', () => {
    const findings = [finding(1, 'warning', 'etl'), finding(2, 'error', 'etl'), finding(3, 'warning', 'etl'), finding(4, 'warning', 'render')];
    const md = formatMarkdown({ version: '1', findings, summary: summary(findings), rules: RULES });
    expect(md).toContain('**1 error, 3 warnings, 0 notes** in 40 resources from 7 files.');
    expect(md.indexOf('Errors (1)')).toBeLessThan(md.indexOf('Warnings (3)'));
    expect(md).not.toContain('Notes (');
    const warnings = md.slice(md.indexOf('Warnings (3)'));
    expect(warnings.match(/\*\*etl\*\* \(jobDefinition\)/g)).toHaveLength(2); // one group per resource and file
    expect(md).toContain('- `2:3` Finding number 1 about etl');
    const privileged = RULES.find((r) => r.id === 'privileged-container')!;
    expect(md).toContain(`[\`privileged-container\`](${privileged.helpUri})`);
    expect(formatMarkdown({ version: '1', findings, summary: summary(findings), rules: RULES }, { docsBaseUrl: 'https://github.com/o/batchlint/blob/main/docs/rules' }))
      .toContain('[`privileged-container`](https://github.com/o/batchlint/blob/main/docs/rules/privileged-container.md)');
  });

  it('escapes text from configurations so it cannot become markup or HTML', () => {
    expect(escapeMarkdown('<img src=x> | **bold** [link](http://x)')).toBe('\\<img src=x\\> \\| \\*\\*bold\\*\\* \\[link\\](http://x)');
    const f = { ...finding(1, 'error', 'evil</details><script>'), message: 'a\nb' };
    const md = formatMarkdown({ version: '1', findings: [f], summary: summary([f]), rules: RULES });
    expect(md).not.toContain('<script>');
    expect(md).toContain('a b');
  });

  it('stays readable at 500 findings: folded sections, under 60,000 characters, nothing silently lost', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding(i, i % 10 === 0 ? 'error' : i % 3 === 0 ? 'warning' : 'note'));
    const md = formatMarkdown({ version: '1', findings, summary: summary(findings), rules: RULES });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toContain('<details><summary><strong>🔴 Errors (50)</strong></summary>');
    expect(md).not.toContain('<details open>');
    const shown = (md.match(/^- `/gm) ?? []).length;
    const notShown = [...md.matchAll(/_(\d+) more findings? not shown/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(shown + notShown).toBe(500);
    expect(shown).toBeGreaterThan(100);
    // Every <details> is closed.
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('says so when there is nothing to report', () => {
    const md = formatMarkdown({ version: '1', findings: [], summary: summary([]), rules: RULES });
    expect(md).toContain('✅ No problems in 40 resources from 7 files.');
  });

  it('is what `lint --format markdown` prints', () => {
    const r = runCli(['lint', 'examples', '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^## batchlint\n/);
    expect(r.stdout).toContain('**nightly-etl** (jobDefinition) in `examples/etl-job-definition.json`');
  });
});

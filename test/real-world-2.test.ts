// Recall and precision on a second set of configurations nobody on this project wrote: 18 Terraform files and
// 11 CloudFormation templates (one of them broken YAML) from public repositories (fixtures/real-world-2/SOURCES.md),
// linted together as `batchlint lint fixtures/real-world-2` would. Every finding was reviewed and every problem
// batchlint misses was listed (fixtures/real-world-2/REVIEW.md). This test pins today's output exactly, as
// expected-findings.json lists it: no false positive was found, so a new finding is a new false alarm until
// reviewed, and a lost one is a lost true positive. The misses are not pinned here; when the evaluation work makes
// one of them appear, this test fails on purpose and the new finding is added after review (the Terraform
// evaluation of 2026-12-07 added eleven, all reviewed in REVIEW.md).
import { expect } from 'vitest';
import { describeRealWorldSet } from './helpers/real-world-set.js';

describeRealWorldSet('fixtures/real-world-2', 'real-world AWS Batch configurations, second set (fixtures/real-world-2)', (configFiles, expected) => {
  expect(configFiles.filter((f) => f.endsWith('.tf')).length).toBeGreaterThanOrEqual(15);
  expect(configFiles.filter((f) => /\.ya?ml$/.test(f) && !expected.parseErrors.includes(f)).length).toBeGreaterThanOrEqual(10);
});

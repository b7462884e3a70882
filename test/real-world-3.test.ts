// Recall and precision on a third set of configurations nobody on this project wrote: 16 Terraform files, 8
// CloudFormation templates and 7 AWS API JSON documents (CLI inputs and describe outputs) from 20 public repositories
// (fixtures/real-world-3/SOURCES.md), linted together as `batchlint lint fixtures/real-world-3` would. Every
// finding was reviewed and every problem batchlint misses was listed (fixtures/real-world-3/REVIEW.md). This test
// pins today's output exactly, as expected-findings.json lists it: no false positive was found, so a new finding
// is a new false alarm until reviewed, and a lost one is a lost true positive. The misses are not pinned here;
// when later work makes one of them appear, this test fails on purpose and the finding is added after review.
import { expect } from 'vitest';
import { describeRealWorldSet } from './helpers/real-world-set.js';

describeRealWorldSet('fixtures/real-world-3', 'real-world AWS Batch configurations, third set (fixtures/real-world-3)', (configFiles, expected) => {
  expect(configFiles.filter((f) => f.endsWith('.tf')).length).toBeGreaterThanOrEqual(12);
  expect(configFiles.filter((f) => /\.ya?ml$/.test(f)).length).toBeGreaterThanOrEqual(8);
  expect(configFiles.filter((f) => f.endsWith('.json') && !expected.parseErrors.includes(f)).length).toBeGreaterThanOrEqual(4);
});

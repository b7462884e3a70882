// Precision on configurations nobody on this project wrote: 30 AWS Batch files collected from public
// repositories (fixtures/real-world/SOURCES.md), linted together as `batchlint lint fixtures/real-world`
// would. Every finding was reviewed (fixtures/real-world/REVIEW.md); the accepted ones are listed in
// expected-findings.json and must come back exactly, so a new false alarm or a lost true positive fails.
import { expect } from 'vitest';
import { describeRealWorldSet } from './helpers/real-world-set.js';

describeRealWorldSet('fixtures/real-world', 'real-world AWS Batch configurations (fixtures/real-world)', (configFiles) => {
  expect(configFiles.length).toBeGreaterThanOrEqual(25);
});

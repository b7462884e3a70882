// Where a job runs is read with the job definition's facts (src/model/facts/job-platform-facts.ts).
// This path stays only for src/graph/platform.ts, which the compute-environment facts work rewrites.
export { jobPlatformFact, type JobCapacity, type JobPlatformFact } from './facts/job-platform-facts.js';

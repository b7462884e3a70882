// Where a job runs is now read with the job definition's facts (src/model/facts/job-platform-facts.ts);
// this path stays for the modules that import it.
export { isFargateJob, jobPlatformFact, type JobCapacity, type JobPlatformFact } from './facts/job-platform-facts.js';

// The real BatchClient behind BatchReadApi, with retries and timeouts chosen for an audit.
import { silenceSdkNodeVersionWarning } from '../aws/sdk-quiet.js';
import type { BatchReadApi } from './batch-read-api.js';
import type { CredentialsProvider } from './aws-credentials.js';

export interface RetrySettings {
  maxAttempts: number;
  retryMode: 'standard' | 'adaptive';
}

/**
 * Standard retry mode with 6 attempts (the SDK default is 3): throttling (429,
 * TooManyRequestsException) and transient errors (5xx, connection resets and refusals) back off
 * exponentially with full jitter, up to 20 s a wait, so a busy account slows the audit down rather
 * than failing a region. Not adaptive mode: after one throttle its client-side rate limiter can drop to
 * half a request per second for the rest of the region, and an audit's calls are few and sequential
 * per region already. AWS_MAX_ATTEMPTS and AWS_RETRY_MODE still win when set, as for the AWS CLI.
 */
export function retrySettings(env: NodeJS.ProcessEnv): RetrySettings {
  const attempts = Number(env.AWS_MAX_ATTEMPTS);
  const mode = env.AWS_RETRY_MODE;
  return {
    maxAttempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 6,
    retryMode: mode === 'adaptive' || mode === 'standard' ? mode : 'standard',
  };
}

export interface BatchClientSettings {
  region: string;
  credentials: CredentialsProvider;
  /** --endpoint-url: a VPC endpoint, or a test server. */
  endpoint?: string;
  retry: RetrySettings;
}

export interface BatchReader {
  api: BatchReadApi;
  close(): void;
}

export async function batchReader(settings: BatchClientSettings): Promise<BatchReader> {
  silenceSdkNodeVersionWarning();
  const sdk = await import('@aws-sdk/client-batch');
  const client = new sdk.BatchClient({
    region: settings.region,
    credentials: settings.credentials,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    maxAttempts: settings.retry.maxAttempts,
    retryMode: settings.retry.retryMode,
    // An unreachable endpoint (a region blocked by a firewall) fails in seconds, not minutes.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  return {
    api: {
      describeComputeEnvironments: (input) => client.send(new sdk.DescribeComputeEnvironmentsCommand(input)),
      describeJobQueues: (input) => client.send(new sdk.DescribeJobQueuesCommand(input)),
      describeJobDefinitions: (input) => client.send(new sdk.DescribeJobDefinitionsCommand(input)),
      listSchedulingPolicies: (input) => client.send(new sdk.ListSchedulingPoliciesCommand(input)),
      describeSchedulingPolicies: (input) => client.send(new sdk.DescribeSchedulingPoliciesCommand(input)),
    },
    close: () => client.destroy(),
  };
}

/** The region of the SDK's chain (AWS_REGION, the profile's `region`), or undefined when none is configured. */
export async function defaultRegion(profile: string | undefined): Promise<string | undefined> {
  silenceSdkNodeVersionWarning();
  const sdk = await import('@aws-sdk/client-batch');
  const client = new sdk.BatchClient(profile ? { profile } : {});
  try {
    const region = await client.config.region();
    return typeof region === 'string' && region !== '' ? region : undefined;
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}

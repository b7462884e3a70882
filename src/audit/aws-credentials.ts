// Credentials through the SDK's standard chain (environment, SSO and shared config profiles,
// web identity, container and instance roles), and, for --accounts, a role assumed in each account
// through STS. The SDK is imported here, lazily: `batchlint lint` and `--version` never load it.
import { SILENT_SDK_LOGGER, silenceSdkNodeVersionWarning } from '../aws/sdk-quiet.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, requestHandlerOptions, type RetrySettings } from './batch-sdk-client.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type CredentialsProvider = () => Promise<AwsCredentials>;

/** Refresh this long before temporary credentials expire (an audit of many regions can outlast a short session). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One resolution shared by every regional client of an account: SSO logins, credential processes and
 * AssumeRole run once per account, not once per region.
 */
export function sharedCredentials(provider: CredentialsProvider): CredentialsProvider {
  let cached: AwsCredentials | undefined;
  let inFlight: Promise<AwsCredentials> | undefined;
  return async () => {
    const fresh = cached && !(cached.expiration && cached.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS);
    if (cached && fresh) return cached;
    inFlight ??= provider()
      .then((credentials) => (cached = credentials))
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}

/** The caller's own credentials: the SDK's default chain, or one shared-config/SSO profile. */
export async function callerCredentials(profile: string | undefined): Promise<CredentialsProvider> {
  silenceSdkNodeVersionWarning();
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  return sharedCredentials(fromNodeProviderChain(profile ? { profile } : {}) as CredentialsProvider);
}

/**
 * Credentials of `roleArn`, assumed with the caller's credentials. The STS endpoint is the SDK's
 * (regional in `stsRegion`); AWS_ENDPOINT_URL_STS overrides it as for every SDK client.
 */
export async function assumedRoleCredentials(caller: CredentialsProvider, roleArn: string, stsRegion: string, retry: RetrySettings, requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<CredentialsProvider> {
  silenceSdkNodeVersionWarning();
  const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  const provider = fromTemporaryCredentials({
    masterCredentials: caller,
    params: { RoleArn: roleArn, RoleSessionName: 'batchlint-audit', DurationSeconds: 3600 },
    clientConfig: { region: stsRegion, maxAttempts: retry.maxAttempts, retryMode: retry.retryMode, requestHandler: requestHandlerOptions(requestTimeoutMs), logger: SILENT_SDK_LOGGER },
  });
  return sharedCredentials(provider as CredentialsProvider);
}

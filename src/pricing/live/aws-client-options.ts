// How the live pricing paths build their AWS SDK clients. The SDK itself honours the standard
// settings (credential chain, AWS_ENDPOINT_URL_PRICING / AWS_ENDPOINT_URL_EC2, proxies); tests and
// callers can also pass an endpoint and credentials directly.
export interface AwsClientOptions {
  /** Price List Query API endpoint (else the SDK's: AWS_ENDPOINT_URL_PRICING or the public one). */
  pricingEndpoint?: string;
  /** EC2 endpoint for DescribeSpotPriceHistory (else AWS_ENDPOINT_URL_EC2 or the region's). */
  ec2Endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  maxAttempts?: number;
}

/**
 * The Price List Query API is served from us-east-1 (also eu-central-1 and ap-south-1), whatever
 * region is priced. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-price-list-query-api.html
 */
export const PRICING_API_REGION = 'us-east-1';

export function sdkConfig(region: string, endpoint: string | undefined, options: AwsClientOptions): Record<string, unknown> {
  return {
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? 3,
  };
}

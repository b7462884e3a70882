// The AWS partition of a Region code: what ARNs (`arn:<partition>:...`) and endpoint domains depend on.

/** The partition a region belongs to: `aws-cn` for cn-*, `aws-us-gov` for us-gov-*, else `aws`. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The domain suffix of the Region's endpoints (CloudFormation's AWS::URLSuffix): `amazonaws.com.cn` in China. */
export function urlSuffixOf(region: string): string {
  return partitionOf(region) === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
}

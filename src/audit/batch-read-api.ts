import type {
  DescribeComputeEnvironmentsRequest,
  DescribeComputeEnvironmentsResponse,
  DescribeJobDefinitionsRequest,
  DescribeJobDefinitionsResponse,
  DescribeJobQueuesRequest,
  DescribeJobQueuesResponse,
  DescribeSchedulingPoliciesRequest,
  DescribeSchedulingPoliciesResponse,
  ListSchedulingPoliciesRequest,
  ListSchedulingPoliciesResponse,
} from '@aws-sdk/client-batch';

/**
 * Everything the audit may call: five read operations, nothing that changes an account. The
 * minimal IAM policy in docs/audit.md lists exactly these actions; test/audit.test.ts checks that
 * the wire sees nothing else.
 */
export interface BatchReadApi {
  describeComputeEnvironments(input: DescribeComputeEnvironmentsRequest): Promise<DescribeComputeEnvironmentsResponse>;
  describeJobQueues(input: DescribeJobQueuesRequest): Promise<DescribeJobQueuesResponse>;
  describeJobDefinitions(input: DescribeJobDefinitionsRequest): Promise<DescribeJobDefinitionsResponse>;
  listSchedulingPolicies(input: ListSchedulingPoliciesRequest): Promise<ListSchedulingPoliciesResponse>;
  describeSchedulingPolicies(input: DescribeSchedulingPoliciesRequest): Promise<DescribeSchedulingPoliciesResponse>;
}

export const READ_ACTIONS = [
  'batch:DescribeComputeEnvironments',
  'batch:DescribeJobQueues',
  'batch:DescribeJobDefinitions',
  'batch:ListSchedulingPolicies',
  'batch:DescribeSchedulingPolicies',
] as const;

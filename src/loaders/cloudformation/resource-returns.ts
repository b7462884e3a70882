// What `Ref` and `Fn::GetAtt` return for the resource types a Batch template wires together, from each
// type's "Return values" in the CloudFormation template reference
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-batch-jobdefinition.html
// and its siblings for JobQueue, ComputeEnvironment, SchedulingPolicy, IAM Role and InstanceProfile,
// ECR Repository, Logs LogGroup, S3 Bucket, SSM Parameter, Secrets Manager Secret). A value is a list
// of pieces, `null` where the deploy decides (the account, a generated name, a revision), so that a
// rule can still read the literal text (`arn:aws:iam::`...`:role/batch`).
import { partitionOf, urlSuffixOf } from '../../model/partition.js';
import { NAME_PIECE, type Piece } from '../../model/values.js';

/** What the caller knows of the resource and the run. */
export interface ReturnContext {
  /** The resource's literal name, or null when CloudFormation generates it. */
  name: string | null;
  /** An IAM role's or instance profile's literal Path (default `/`). */
  path?: string;
  region?: string;
  /**
   * Leave out a job definition's revision (`:<n>`): a reference without one means the latest ACTIVE
   * revision, which is what the resource graph wires by.
   */
  withoutRevision?: boolean;
}

type Pieces = Piece[];
type Builder = (c: ReturnContext, partition: string | null, region: string | null) => Pieces;

const batchArn =
  (resource: string, revision = false): Builder =>
  (c, p, r) => ['arn:', p, ':batch:', r, ':', null, `:${resource}/`, c.name, ...(revision && !c.withoutRevision ? [':', null] : [])];
/**
 * An IAM role's or instance profile's ARN as pieces (`null` where the deploy decides): the one shape
 * the CloudFormation and Terraform evaluators both give (a path always starts with `/`).
 */
export function iamArnPieces(resource: 'role' | 'instance-profile', partition: string | null, path: string, name: string | null): Pieces {
  return ['arn:', partition, ':iam::', null, `:${resource}`, path, name];
}

/**
 * An ECR repository's URI as pieces (`<account>.dkr.ecr.<region>.<suffix>/<name>`): the one shape both
 * evaluators give. A name not given is an unknown name (NAME_PIECE: never a tag), so an image that is the
 * URI alone has no tag.
 */
export function ecrRepositoryUriPieces(region: string | null, name: string | null): Pieces {
  return [null, '.dkr.ecr.', region, '.', region === null ? null : urlSuffixOf(region), '/', name ?? NAME_PIECE];
}

const iamArn =
  (resource: 'role' | 'instance-profile'): Builder =>
  (c, p) => iamArnPieces(resource, p, c.path ?? '/', c.name);
const name: Builder = (c) => [c.name];

interface Returns {
  ref: Builder;
  attributes: Readonly<Record<string, Builder>>;
}

const RETURNS: Readonly<Record<string, Returns>> = {
  // Ref of each Batch resource is its ARN (a job definition's with its revision).
  'AWS::Batch::JobDefinition': { ref: batchArn('job-definition', true), attributes: { JobDefinitionArn: batchArn('job-definition', true) } },
  'AWS::Batch::JobQueue': { ref: batchArn('job-queue'), attributes: { JobQueueArn: batchArn('job-queue') } },
  'AWS::Batch::ComputeEnvironment': { ref: batchArn('compute-environment'), attributes: { ComputeEnvironmentArn: batchArn('compute-environment') } },
  'AWS::Batch::SchedulingPolicy': { ref: batchArn('scheduling-policy'), attributes: { Arn: batchArn('scheduling-policy') } },
  // Ref of a role or an instance profile is its name; its ARN is an attribute.
  'AWS::IAM::Role': { ref: name, attributes: { Arn: iamArn('role') } },
  'AWS::IAM::InstanceProfile': { ref: name, attributes: { Arn: iamArn('instance-profile') } },
  // A repository's name, when the template does not give it, is a name all the same (NAME_PIECE), so an
  // image that is `!Sub .../${Repo}` has no tag either.
  'AWS::ECR::Repository': {
    ref: (c) => [c.name ?? NAME_PIECE],
    attributes: {
      Arn: (c, p, r) => ['arn:', p, ':ecr:', r, ':', null, ':repository/', c.name],
      RepositoryUri: (c, _p, r) => ecrRepositoryUriPieces(r, c.name),
    },
  },
  'AWS::Logs::LogGroup': { ref: name, attributes: { Arn: (c, p, r) => ['arn:', p, ':logs:', r, ':', null, ':log-group:', c.name, ':*'] } },
  'AWS::S3::Bucket': { ref: name, attributes: { Arn: (c, p) => ['arn:', p, ':s3:::', c.name] } },
  'AWS::SSM::Parameter': { ref: name, attributes: {} },
  // Secrets Manager appends six random characters to a secret's ARN.
  'AWS::SecretsManager::Secret': { ref: (c, p, r) => ['arn:', p, ':secretsmanager:', r, ':', null, ':secret:', c.name, '-', null], attributes: {} },
};

/** The property that holds a resource type's literal name. */
export const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::Batch::JobDefinition': 'JobDefinitionName',
  'AWS::Batch::ComputeEnvironment': 'ComputeEnvironmentName',
  'AWS::Batch::JobQueue': 'JobQueueName',
  'AWS::Batch::SchedulingPolicy': 'Name',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::ECR::Repository': 'RepositoryName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::SSM::Parameter': 'Name',
  'AWS::SecretsManager::Secret': 'Name',
};

/**
 * The pieces of what `Ref` (attribute undefined) or `Fn::GetAtt` returns for a resource of `type`, or
 * undefined when this table does not describe it (the value is then wholly unknown).
 */
export function returnValue(type: string, attribute: string | undefined, context: ReturnContext): Pieces | undefined {
  const returns = Object.hasOwn(RETURNS, type) ? RETURNS[type] : undefined;
  if (!returns) return undefined;
  const build = attribute === undefined ? returns.ref : Object.hasOwn(returns.attributes, attribute) ? returns.attributes[attribute] : undefined;
  if (!build) return undefined;
  const region = context.region ?? null;
  return build(context, region === null ? null : partitionOf(region), region);
}

// Names of Object.prototype members (`__proto__`, `constructor`, `toString`...) are ordinary data in
// every input, and values of the wrong shape (an object where a string or number belongs, AWS::NoValue
// as an index) are left to the schema rules: neither may crash a loader, a rule or the cost advisor.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { estimateCosts } from '../dist/src/cost/estimate-costs.js';
import { bundledPriceCatalog } from '../dist/src/pricing/price-catalog.js';
import { expandInstanceTypeList } from '../dist/src/catalog/expand-instance-types.js';
import { describeValue, isUnknown, lookup, scalarText, setField } from '../dist/src/model/values.js';
import { parseBaseline } from '../dist/src/engine/baseline.js';
import { evaluateExpressionText as readHclLiteral } from '../dist/src/loaders/terraform/tf-evaluate.js';
import { fetchLivePrices } from '../dist/src/pricing/live/live-prices.js';
import { startPricingServer } from './helpers/pricing-server.js';
import { ROOT } from './helpers/cli.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString'] as const;

const GOOD_JOB = JSON.stringify({ jobDefinitionName: 'good-job', type: 'container', containerProperties: { image: 'busybox', privileged: true } });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-proto-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function lint(files: Record<string, string>) {
  const dir = workspace({ ...files, 'good.json': GOOD_JOB });
  const result = await lintPaths([...Object.keys(files), 'good.json'], { cwd: dir });
  return {
    result,
    internal: result.findings.filter((f) => f.category === 'internal').map((f) => f.message),
    goodLinted: result.findings.some((f) => f.location.file === 'good.json' && f.ruleId === 'privileged-container'),
  };
}

function template(name: string): string {
  // Every section keyed by the name: parameter, condition, mapping (all three levels), logical id, Type.
  return `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  ${name}:
    Type: String
    Default: prod
Conditions:
  ${name}: !Equals [!Ref ${name}, prod]
Mappings:
  ${name}:
    ${name}:
      ${name}: "4"
Resources:
  ${name}:
    Type: AWS::Batch::JobDefinition
    Condition: ${name}
    Properties:
      Type: container
      JobDefinitionName: !Sub "job-\${${name}}"
      Tags:
        ${name}: tagged
      ContainerProperties:
        Image: !If [${name}, busybox, alpine]
        Command: [!GetAtt ${name}.${name}, !GetAtt x.__proto__]
        ResourceRequirements:
          - Type: VCPU
            Value: !FindInMap [${name}, ${name}, ${name}]
          - Type: MEMORY
            Value: "2048"
  Other:
    Type: ${name}
`;
}

describe('values.ts: lookups and coercion of input', () => {
  it('lookup finds own entries only, so prototype names find nothing', () => {
    const table: Record<string, number> = { VCPU: 1 };
    expect(lookup(table, 'VCPU')).toBe(1);
    for (const name of PROTOTYPE_NAMES) expect(lookup(table, name)).toBeUndefined();
  });

  it('setField stores "__proto__" as an own key and leaves the prototype alone', () => {
    const record: Record<string, unknown> = {};
    setField(record, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect((record as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('scalarText converts strings, finite numbers and booleans, and nothing else', () => {
    expect([scalarText('a'), scalarText(2), scalarText(false)]).toEqual(['a', '2', 'false']);
    for (const bad of [{ toString: 1 }, ['1'], Symbol('AWS::NoValue'), null, undefined, Number.NaN]) expect(scalarText(bad)).toBeUndefined();
  });

  it('describeValue never throws, whatever the value', () => {
    expect(describeValue({ toString: 1, valueOf: 1 })).toBe('(an object)');
    expect(describeValue(Symbol('x'))).toBe('(a symbol)');
    expect(describeValue(['a'])).toBe('(a list)');
    expect(describeValue('m5.large')).toBe('m5.large');
  });
});

describe('prototype names in Terraform', () => {
  it('resource types "constructor" / "toString" are not Batch resources; a Batch resource named "__proto__" is linted', async () => {
    const tf = `resource "constructor" "x" {}
resource "toString" "y" {}
resource "hasOwnProperty" "constructor" {}
resource "aws_batch_job_definition" "__proto__" {
  name = "proto-job"
  type = "container"
  container_properties = jsonencode({ image = "busybox", privileged = true })
}
`;
    const { result, internal, goodLinted } = await lint({ 'main.tf': tf });
    expect(internal).toEqual([]);
    expect(goodLinted).toBe(true);
    expect(result.model.resources.map((r) => r.address).filter(Boolean)).toEqual(['aws_batch_job_definition.__proto__']);
    expect(result.findings.some((f) => f.location.file === 'main.tf' && f.ruleId === 'privileged-container')).toBe(true);
  });

  it('jsonencode literals keep a "__proto__" key as data', () => {
    const value = readHclLiteral('{ "__proto__" = { polluted = true }, constructor = 1 }') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('plan JSON: a "constructor" type is skipped, and map keys named "__proto__" stay data', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'constructor.x', mode: 'managed', type: 'constructor', name: 'x', values: {} },
            { address: 'aws_batch_job_definition.j', mode: 'managed', type: 'aws_batch_job_definition', name: 'j', values: { name: 'j', type: 'container', tags: JSON.parse('{"__proto__": "kept", "constructor": "also"}'), container_properties: '{"image":"busybox"}' } },
          ],
        },
      },
    };
    const { result, internal, goodLinted } = await lint({ 'plan.json': JSON.stringify(plan) });
    expect(internal).toEqual([]);
    expect(goodLinted).toBe(true);
    const job = result.model.byKind.jobDefinition.find((r) => r.name === 'j')!;
    const tags = (job.data as { tags: Record<string, unknown> }).tags;
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.keys(tags).sort()).toEqual(['__proto__', 'constructor']);
  });
});

describe('prototype names in CloudFormation', () => {
  it.each(PROTOTYPE_NAMES)('a template whose ids, Types, parameters, conditions and mappings are all "%s" loads', async (name) => {
    const { result, internal, goodLinted } = await lint({ 'template.yaml': template(name) });
    expect(internal).toEqual([]);
    expect(goodLinted).toBe(true);
    const job = result.model.byKind.jobDefinition.find((r) => r.address === name)!;
    expect(job).toBeDefined();
    const data = job.data as unknown as { jobDefinitionName: unknown; tags: Record<string, unknown>; containerProperties: { image: unknown; resourceRequirements: { value: unknown }[] } };
    // Parameter default, condition, mapping and Sub all resolve through the prototype-named entries.
    expect(data.jobDefinitionName).toBe('job-prod');
    expect(data.containerProperties.image).toBe('busybox');
    expect(data.containerProperties.resourceRequirements[0]!.value).toBe('4');
    expect(Object.keys(data.tags)).toEqual([name]);
    expect(Object.getPrototypeOf(data.tags)).toBe(Object.prototype);
    // The resource whose Type is the prototype name is not a Batch resource.
    expect(result.model.resources.some((r) => r.address === 'Other')).toBe(false);
  });

  it('!FindInMap, !Sub and !If with prototype names that the template does not declare resolve to nothing known', async () => {
    const text = `Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: !Sub "\${constructor}-\${toString.Arn}"
      ContainerProperties:
        Image: !FindInMap [__proto__, constructor, toString]
        Command: [!If [valueOf, a, b]]
`;
    const { result, internal } = await lint({ 'template.yaml': text });
    expect(internal).toEqual([]);
    const data = result.model.byKind.jobDefinition[0]!.data as unknown as { jobDefinitionName: unknown; containerProperties: { image: unknown; command: unknown[] } };
    expect(isUnknown(data.jobDefinitionName)).toBe(true);
    expect(isUnknown(data.containerProperties.image)).toBe(true);
    expect(isUnknown(data.containerProperties.command[0])).toBe(true);
  });
});

describe('values of the wrong shape', () => {
  it('!Select with an object or AWS::NoValue index, and !Sub / !Equals over objects, are unknown rather than a crash', async () => {
    const text = `Conditions:
  Odd: !Equals [{toString: 1}, a]
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: !Select [{toString: 1}, [a, b]]
        Command: [!Select [!Ref AWS::NoValue, [a, b]], !Sub ["\${v}", {v: {valueOf: 1}}], !If [Odd, x, y]]
`;
    const { result, internal, goodLinted } = await lint({ 'template.yaml': text });
    expect(internal).toEqual([]);
    expect(goodLinted).toBe(true);
    const container = (result.model.byKind.jobDefinition[0]!.data as unknown as { containerProperties: { image: unknown; command: unknown[] } }).containerProperties;
    expect(isUnknown(container.image)).toBe(true);
    expect(container.command.slice(0, 2).map(isUnknown)).toEqual([true, true]);
    // An object equals no string: the condition is false, as CloudFormation compares.
    expect(container.command[2]).toBe('y');
  });

  it('instance types, resource requirement values, status reasons and GPU counts given as objects crash no rule and no cost estimate', async () => {
    const bundle = {
      computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'SPOT', maxvCpus: 4, instanceTypes: [{ toString: 1 }, ['m5.large'], '__proto__', 'c5.large'], subnets: ['s'], instanceRole: 'r' } }],
      jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
      jobDefinitions: [
        { jobDefinitionName: 'jd', type: 'container', retryStrategy: { attempts: 2, evaluateOnExit: [{ onStatusReason: { toString: 1 }, action: 'RETRY' }] }, containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: { toString: 1 } }, { type: 'MEMORY', value: ['1'] }, { type: '__proto__', value: '1' }] } },
        { jobDefinitionName: 'fj', type: 'container', platformCapabilities: ['FARGATE'], containerProperties: { image: 'x', resourceRequirements: [{ type: 'GPU', value: { valueOf: 1 } }] } },
      ],
    };
    const { result, internal, goodLinted } = await lint({ 'bundle.json': JSON.stringify(bundle) });
    expect(internal).toEqual([]);
    expect(goodLinted).toBe(true);
    // The schema rules still say what is wrong with them.
    expect(result.findings.filter((f) => f.ruleId === 'schema-type').length).toBeGreaterThan(0);
    expect(() => estimateCosts(result.model, { catalog: bundledPriceCatalog(), workloads: [], livePricing: false })).not.toThrow();
  });

  it('an instance type list describes entries of the wrong type as unresolved', () => {
    const expansion = expandInstanceTypeList([{ toString: 1 }, 'c5.large']);
    expect(expansion.unresolved).toEqual(['(an object)']);
    expect(expansion.types.map((t) => t.name)).toEqual(['c5.large']);
  });

  it('a baseline whose version is an object is refused with a plain reason', () => {
    expect(() => parseBaseline('{"tool":"batchlint","version":{"toString":1},"findings":[]}')).toThrow(/baseline version \(an object\) is not supported/);
  });
});

describe('live prices for a region read from an ARN', () => {
  it('a region named "__proto__" (arn:aws:batch:__proto__:...) is a key of the catalog, not its prototype', async () => {
    // (The EC2 client refuses such a region before any request; the Price List query takes it as a filter.)
    const response = JSON.parse(readFileSync(join(ROOT, 'fixtures/pricing-api/ecs-fargate-getproducts-response-us-east-1.json'), 'utf8')) as { PriceList: string[] };
    const items = response.PriceList.map((text) => {
      const item = JSON.parse(text) as { product: { attributes: Record<string, string> } };
      item.product.attributes.regionCode = '__proto__';
      return item;
    });
    const pricing = await startPricingServer(items as never[]);
    try {
      const catalog = await fetchLivePrices({ ec2: new Map(), fargateRegions: new Set(['__proto__']) }, { pricingEndpoint: pricing.url, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example' } });
      expect(Object.getPrototypeOf(catalog.fargate.onDemand)).toBe(Object.prototype);
      expect(Object.keys(catalog.fargate.onDemand)).toEqual(['__proto__']);
      expect(Object.getOwnPropertyDescriptor(catalog.fargate.onDemand, '__proto__')?.value).toMatchObject({ x86_64: { vcpuHour: expect.any(Number) } });
    } finally {
      await pricing.close();
    }
  });
});

// Terraform evaluated the way a plan would (src/loaders/terraform/tf-module-eval.ts and friends):
// variables and their files, locals, templates and heredocs, functions, conditionals, count/for_each,
// dynamic blocks, Terraform 0.11 syntax, local modules; Unknown kept at the smallest place.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { evaluateExpressionText } from '../dist/src/loaders/terraform/tf-evaluate.js';
import { isPresent, isUnknown, knownTail } from '../dist/src/model/values.js';
import { ROOT, runCli } from './helpers/cli.js';

type Found = { ruleId: string; location: { file: string | null; line: number | null; address: string | null } };
type LintOptions = Parameters<typeof lintPaths>[1];

const JOB = (extra: string): string => `resource "aws_batch_job_definition" "j" {
  name = "j"
  type = "container"
  timeout {
    attempt_duration_seconds = 60
  }
${extra}
}
`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-tfeval-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function lint(dir: string, paths: string[] = ['.'], options: Partial<LintOptions> = {}) {
  const result = await lintPaths(paths, { cwd: dir, ...options });
  const data = new Map(result.model.resources.map((r) => [r.address ?? r.name, r.data as Record<string, unknown>]));
  const at = (ruleId: string): string[] => (result.findings as Found[]).filter((f) => f.ruleId === ruleId).map((f) => `${f.location.address}@${f.location.file}:${f.location.line}`).sort();
  return { result, data, at };
}

const container = (data: Map<string, Record<string, unknown>>, address: string): Record<string, unknown> => data.get(address)!.containerProperties as Record<string, unknown>;

describe('variables: defaults, variable files and the command line, in Terraform\'s order', () => {
  const files = {
    'variables.tf': 'variable "tag" {\n  default = "1.0"\n}\n',
    'job.tf': JOB('  container_properties = jsonencode({ image = "repo:${var.tag}", command = ["x"] })'),
  };
  const image = async (extra: Record<string, string>, options: Partial<LintOptions> = {}): Promise<unknown> => container((await lint(project({ ...files, ...extra }), ['.'], options)).data, 'aws_batch_job_definition.j').image;

  it('default < terraform.tfvars < *.auto.tfvars (name order) < --var-file < --var', async () => {
    expect(await image({})).toBe('repo:1.0');
    expect(await image({ 'terraform.tfvars': 'tag = "2.0"\n' })).toBe('repo:2.0');
    expect(await image({ 'terraform.tfvars': 'tag = "2.0"\n', 'a.auto.tfvars': 'tag = "3.0"\n', 'b.auto.tfvars.json': '{"tag": "4.0"}' })).toBe('repo:4.0');
    const withFiles = { 'terraform.tfvars': 'tag = "2.0"\n', 'a.auto.tfvars': 'tag = "3.0"\n', 'prod.tfvars': 'tag = "5.0"\n' };
    expect(await image(withFiles, { terraformVariables: { varFiles: ['prod.tfvars'], vars: [] } })).toBe('repo:5.0');
    expect(await image(withFiles, { terraformVariables: { varFiles: ['prod.tfvars'], vars: [['tag', '6.0']] } })).toBe('repo:6.0');
  });

  it('a variable with no value keeps the literal text around it; the tag after it decides the rule', async () => {
    const { data, at } = await lint(project({ 'job.tf': JOB('  container_properties = jsonencode({ image = "${var.registry}/app:latest", command = ["x"] })') }));
    const image = container(data, 'aws_batch_job_definition.j').image;
    expect(isUnknown(image) && knownTail(image)).toBe('/app:latest');
    expect(at('mutable-image-tag')).toEqual(['aws_batch_job_definition.j@job.tf:7']);
  });

  it('an ECR repository URL is the registry around the repository\'s name, never a tag: named or not, declared here or not, the image has no tag', async () => {
    const job = (name: string, image: string): string => `resource "aws_batch_job_definition" "${name}" {\n  name = "${name}"\n  type = "container"\n  timeout {\n    attempt_duration_seconds = 60\n  }\n  container_properties = jsonencode({ image = ${image}, command = ["x"] })\n}\n`;
    const { data, at } = await lint(
      project({
        'ecr.tf': 'resource "aws_ecr_repository" "repo" {\n  name = "etl"\n}\ndata "aws_ecr_repository" "shared" {\n  name = "unzip"\n}\ndata "aws_ecr_repository" "named" {\n  name = var.repository\n}\nvariable "repository" {}\nvariable "tag" {}\n',
        'jobs.tf': [
          job('bare', 'aws_ecr_repository.repo.repository_url'),
          job('data', 'data.aws_ecr_repository.shared.repository_url'),
          job('tagged', '"${aws_ecr_repository.repo.repository_url}:${var.tag}"'),
          job('latest', '"${data.aws_ecr_repository.shared.repository_url}:latest"'),
          job('unnamed', 'data.aws_ecr_repository.named.repository_url'),
          job('undeclared', 'aws_ecr_repository.elsewhere.repository_url'),
          job('pinned', '"${data.aws_ecr_repository.named.repository_url}:v1"'),
        ].join(''),
        // As container definitions are often written: a heredoc of JSON with the URL interpolated.
        'heredoc.tf': 'resource "aws_batch_job_definition" "heredoc" {\n  name = "heredoc"\n  type = "container"\n  timeout {\n    attempt_duration_seconds = 60\n  }\n  container_properties = <<EOF\n{\n  "image": "${data.aws_ecr_repository.named.repository_url}",\n  "command": ["x"]\n}\nEOF\n}\n',
      }),
    );
    expect(knownTail(container(data, 'aws_batch_job_definition.bare').image)).toBe('/etl');
    expect(knownTail(container(data, 'aws_batch_job_definition.data').image)).toBe('/unzip');
    // A repository named by a variable, or not declared here, has an unknown name (values.ts NAME_PIECE):
    // still no tag. With a tag after it (unknown or known), nothing is reported.
    expect(at('mutable-image-tag')).toEqual([
      'aws_batch_job_definition.bare@jobs.tf:7',
      'aws_batch_job_definition.data@jobs.tf:15',
      'aws_batch_job_definition.heredoc@heredoc.tf:9',
      'aws_batch_job_definition.latest@jobs.tf:31',
      'aws_batch_job_definition.undeclared@jobs.tf:47',
      'aws_batch_job_definition.unnamed@jobs.tf:39',
    ]);
  });

  it('`default = null` is maybe absent (a presence rule stays silent); no default is present but unknown', async () => {
    const ce = (key: string): string => `variable "key" {${key}}
resource "aws_batch_compute_environment" "ce" {
  name = "ce"
  type = "MANAGED"
  compute_resources {
    type               = "EC2"
    max_vcpus          = 4
    instance_type      = ["m5.large"]
    subnets            = ["s"]
    security_group_ids = ["g"]
    instance_role      = "arn:aws:iam::123456789012:instance-profile/r"
    ec2_key_pair       = var.key
  }
}
`;
    const maybe = await lint(project({ 'ce.tf': ce('\n  default = null\n') }));
    expect(isPresent((maybe.data.get('aws_batch_compute_environment.ce')!.computeResources as Record<string, unknown>).ec2KeyPair)).toBe(false);
    expect(maybe.at('ec2-key-pair')).toEqual([]);
    // Reported on the ec2_key_pair argument (the rule's path), though its value is unknown.
    expect((await lint(project({ 'ce.tf': ce('') }))).at('ec2-key-pair')).toEqual(['aws_batch_compute_environment.ce@ce.tf:12']);
    expect((await lint(project({ 'ce.tf': ce(''), 'terraform.tfvars': 'key = null\n' }))).at('ec2-key-pair')).toEqual([]);
  });
});

describe('expressions', () => {
  it('a template of several interpolations keeps its text as the origin and its literal parts', async () => {
    const name = '\${var.a}_\${var.b}';
    const { data } = await lint(project({ 'job.tf': `variable "a" {}\nvariable "b" {}\n${JOB('  container_properties = jsonencode({ image = "app:1.0" })').replace('name = "j"', `name = "${name}"`)}` }));
    const value = data.get('aws_batch_job_definition.j')!.jobDefinitionName;
    // Not `var.a}_${var.b`: only a string that is one interpolation as a whole is read as its expression.
    expect(value).toEqual({ origin: name, parts: [null, '_', null] });
    expect(evaluateExpressionText('"${var.inp.app.id}_${var.job_name}"')).toEqual({ origin: '"${var.inp.app.id}_${var.job_name}"', parts: [null, '_', null] });
  });

  it('locals and merge(): the known keys stay known, an unknown leaf stays a leaf (scpca, REVIEW.md cause 1)', async () => {
    const { data, at } = await lint(project({
      'job.tf': `locals {
  image = { image = "\${var.account}/api:latest" }
  env   = { environment = [{ name = "HOST", value = var.db.address }] }
}
${JOB('  container_properties = jsonencode(merge(local.image, local.env, { command = ["run"], vcpus = 1 }))')}`,
    }));
    const c = container(data, 'aws_batch_job_definition.j');
    expect(c.command).toEqual(['run']);
    expect(isUnknown((c.environment as { value: unknown }[])[0]!.value)).toBe(true);
    expect(at('mutable-image-tag')).toEqual(['aws_batch_job_definition.j@job.tf:11']);
    expect(at('legacy-resource-fields')).toEqual(['aws_batch_job_definition.j@job.tf:11']);
  });

  it('a merge() with a wholly unknown map is unknown (it may set any key)', async () => {
    const { data, at } = await lint(project({ 'job.tf': JOB('  container_properties = jsonencode(merge({ command = ["run"], image = "a:1" }, var.overrides))') }));
    expect(isUnknown(data.get('aws_batch_job_definition.j')!.containerProperties)).toBe(true);
    expect(at('writable-root-filesystem')).toEqual([]);
  });

  it('a conditional with an unknown condition inside jsonencode leaves the rest known (popiol, REVIEW.md cause 1)', async () => {
    const { data, at } = await lint(project({
      'job.tf': JOB(`  container_properties = jsonencode({
    image  = "repo:1"
    memory = 1500
    environment = [{ name = "T", value = var.temporary ? "1" : "0" }]
  })`),
    }));
    const value = (container(data, 'aws_batch_job_definition.j').environment as { value: unknown }[])[0]!.value;
    expect(isUnknown(value) && value.possible).toEqual(['1', '0']);
    expect(at('legacy-resource-fields')).toEqual(['aws_batch_job_definition.j@job.tf:9']);
  });

  it('heredoc JSON with unquoted interpolations is parsed with the unknowns as leaves (iamlmn, REVIEW.md cause 1)', async () => {
    const { data, at } = await lint(project({
      'job.tf': JOB(`  container_properties = <<EOF
{
  "command": \${jsonencode(var.cmd)},
  "image": "\${var.account}.dkr.ecr.us-east-1.amazonaws.com/app:latest",
  "memory": \${var.memory},
  "vcpus": 2
}
EOF`),
    }));
    const c = container(data, 'aws_batch_job_definition.j');
    expect(isUnknown(c.command) && isUnknown(c.memory)).toBe(true);
    expect(c.vcpus).toBe(2);
    // Each finding on its own line inside the heredoc.
    expect(at('legacy-resource-fields')).toEqual(['aws_batch_job_definition.j@job.tf:11', 'aws_batch_job_definition.j@job.tf:12']);
    expect(at('mutable-image-tag')).toEqual(['aws_batch_job_definition.j@job.tf:10']);
  });

  it('file() and templatefile() of JSON next to the module, yamldecode(file()) of YAML', async () => {
    const { data, at } = await lint(project({
      'job.tf': `${JOB('  container_properties = templatefile("${path.module}/container.json.tpl", { image = "repo:latest", memory = var.memory })')}
resource "aws_batch_job_definition" "k" {
  name = "k"
  type = "container"
  container_properties = file("\${path.module}/k.json")
}
resource "aws_batch_job_definition" "y" {
  name = "y"
  type = "container"
  container_properties = jsonencode(yamldecode(file("y.yaml")))
}`,
      'container.json.tpl': '{ "image": "${image}", "memory": ${memory}, "command": ["x"] }',
      'k.json': '{ "image": "busybox:1", "privileged": true, "command": ["x"] }',
      'y.yaml': 'image: repo:2\nvcpus: 4\ncommand: [x]\n',
    }));
    expect(container(data, 'aws_batch_job_definition.j').image).toBe('repo:latest');
    expect(isUnknown(container(data, 'aws_batch_job_definition.j').memory)).toBe(true);
    expect(container(data, 'aws_batch_job_definition.k').privileged).toBe(true);
    expect(container(data, 'aws_batch_job_definition.y').vcpus).toBe(4);
    expect(at('mutable-image-tag')).toEqual(['aws_batch_job_definition.j@job.tf:7']);
    expect(at('privileged-container')).toEqual(['aws_batch_job_definition.k@job.tf:13']);
  });

  it('functions: merge, concat, lookup, coalesce, format, join, tostring, tonumber, upper, lower, try', () => {
    expect(evaluateExpressionText('merge({ a = 1, b = 2 }, { b = 3 })')).toEqual({ a: 1, b: 3 });
    expect(evaluateExpressionText('concat(["a"], ["b", "c"])')).toEqual(['a', 'b', 'c']);
    expect(evaluateExpressionText('lookup({ a = "x" }, "b", "d")')).toBe('d');
    expect(evaluateExpressionText('coalesce(null, "", "z")')).toBe('z');
    expect(evaluateExpressionText('format("%s:%d", "img", 3)')).toBe('img:3');
    expect(knownTail(evaluateExpressionText('format("%s:latest", var.repo)'))).toBe(':latest');
    expect(evaluateExpressionText('join(",", ["a", "b"])')).toBe('a,b');
    expect(evaluateExpressionText('tostring(5)')).toBe('5');
    expect(evaluateExpressionText('tonumber("2048")')).toBe(2048);
    expect(evaluateExpressionText('upper("a")')).toBe('A');
    expect(knownTail(evaluateExpressionText('lower("${var.x}:LATEST")'))).toBe(':latest');
    expect(evaluateExpressionText('try({ a = 1 }.b, "fallback")')).toBe('fallback');
    expect(evaluateExpressionText('[for s in ["a", "b"] : upper(s) if s != "b"]')).toEqual(['A']);
    expect(evaluateExpressionText('2 * 1024 + 1 > 2048 && !false')).toBe(true);
    // Unknown where an input is unknown, never a guess.
    expect(isUnknown(evaluateExpressionText('merge(var.a, { b = 1 })'))).toBe(true);
    expect(isUnknown(evaluateExpressionText('lookup(var.m, "k", "d")'))).toBe(true);
    expect(isUnknown(evaluateExpressionText('coalesce(var.a, "z")'))).toBe(true);
  });

  it('conditionals: a known condition takes its branch; an unknown one keeps both scalar branches as possible values', () => {
    expect(evaluateExpressionText('true ? "a" : "b"')).toBe('a');
    expect(evaluateExpressionText('1 == 2 ? "a" : "b"')).toBe('b');
    const both = evaluateExpressionText('var.on ? "SPOT" : "EC2"');
    expect(isUnknown(both) && both.possible).toEqual(['SPOT', 'EC2']);
    expect(isPresent(both)).toBe(true);
    expect(isPresent(evaluateExpressionText('var.on ? "k" : null'))).toBe(false);
  });
});

describe('instances and blocks', () => {
  it('count: 0 makes no resource, a number makes that many, an unknown count one; for_each keys name the instances', async () => {
    const { data } = await lint(project({
      'q.tf': `variable "n" {
  default = 2
}
resource "aws_batch_job_queue" "none" {
  count    = 0
  name     = "none"
  state    = "ENABLED"
  priority = 1
}
resource "aws_batch_job_queue" "two" {
  count    = var.n
  name     = "q-\${count.index}"
  state    = "ENABLED"
  priority = 1
}
resource "aws_batch_job_queue" "maybe" {
  count    = var.enabled ? 1 : 0
  name     = "maybe"
  state    = "ENABLED"
  priority = 1
}
resource "aws_batch_job_queue" "each" {
  for_each = { gpu = 10, cpu = 1 }
  name     = each.key
  state    = "ENABLED"
  priority = each.value
}
`,
    }));
    expect([...data.keys()].sort()).toEqual(['aws_batch_job_queue.each["cpu"]', 'aws_batch_job_queue.each["gpu"]', 'aws_batch_job_queue.maybe', 'aws_batch_job_queue.two[0]', 'aws_batch_job_queue.two[1]']);
    expect(data.get('aws_batch_job_queue.two[1]')!.jobQueueName).toBe('q-1');
    expect(data.get('aws_batch_job_queue.each["gpu"]')!.priority).toBe(10);
  });

  it('dynamic blocks with a known collection become blocks; Terraform 0.11 `tags { }` blocks are maps and "${var.x}" is x', async () => {
    const { data, at } = await lint(project({
      'job.tf': `variable "attempts" {
  default = 3
}
variable "team" {
  default = "data"
}
resource "aws_batch_job_definition" "j" {
  name = "j"
  type = "container"
  container_properties = "\${jsonencode({ image = "repo:1", command = ["x"] })}"
  dynamic "retry_strategy" {
    for_each = [var.attempts]
    content {
      attempts = retry_strategy.value
      dynamic "evaluate_on_exit" {
        for_each = ["Host EC2*"]
        iterator = rule
        content {
          on_status_reason = rule.value
          action           = "RETRY"
        }
      }
    }
  }
  tags {
    team = "\${var.team}"
  }
}
`,
    }));
    const j = data.get('aws_batch_job_definition.j')!;
    expect(j.retryStrategy).toEqual({ attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }] });
    expect(j.tags).toEqual({ team: 'data' });
    expect(at('missing-retry-strategy')).toEqual([]);
  });
});

describe('local modules', () => {
  const files = {
    'main.tf': `module "prod" {
  source = "./modules/batch"
  image  = "repo:latest"
}
module "dev" {
  source = "./modules/batch"
  image  = "repo:1.2"
}
module "registry" {
  source  = "terraform-aws-modules/batch/aws"
  version = "~> 2.0"
}
`,
    'modules/batch/main.tf': `variable "image" {}
locals {
  base = { image = var.image, command = ["run"] }
}
resource "aws_batch_job_definition" "this" {
  name = "job"
  type = "container"
  timeout {
    attempt_duration_seconds = 60
  }
  container_properties = jsonencode(merge(local.base, {
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "2048" }]
  }))
}
`,
  };

  it('each call evaluates the module with its arguments; findings point inside the module with the calling address', async () => {
    const { data, at } = await lint(project(files));
    expect([...data.keys()].sort()).toEqual(['module.dev.aws_batch_job_definition.this', 'module.prod.aws_batch_job_definition.this']);
    expect(container(data, 'module.dev.aws_batch_job_definition.this').image).toBe('repo:1.2');
    expect(at('mutable-image-tag')).toEqual(['module.prod.aws_batch_job_definition.this@modules/batch/main.tf:11']);
  });

  it('count and for_each on a module call: no instance, or one per key in the address', async () => {
    const { data } = await lint(project({
      ...files,
      'main.tf': `module "off" {
  source = "./modules/batch"
  count  = 0
  image  = "a:1"
}
module "per_env" {
  source   = "./modules/batch"
  for_each = { prod = "repo:2", dev = "repo:3" }
  image    = each.value
}
`,
    }));
    expect([...data.keys()].sort()).toEqual(['module.per_env["dev"].aws_batch_job_definition.this', 'module.per_env["prod"].aws_batch_job_definition.this']);
    expect(container(data, 'module.per_env["prod"].aws_batch_job_definition.this').image).toBe('repo:2');
  });

  it('a module directory linted on its own still works: its variables are unknown', async () => {
    const { data, at } = await lint(project(files), ['modules/batch']);
    expect([...data.keys()]).toEqual(['aws_batch_job_definition.this']);
    expect(isUnknown(container(data, 'aws_batch_job_definition.this').image)).toBe(true);
    expect(at('mutable-image-tag')).toEqual([]);
    expect(at('missing-timeout')).toEqual([]);
  });
});

describe('instances in the text and compact reports', () => {
  it('a finding on a block with count names its instance, since the instances share the line', () => {
    const dir = project({ 'main.tf': `resource "aws_batch_job_definition" "j" {\n  count = 2\n  name  = "j-\${count.index}"\n  type  = "container"\n  container_properties = jsonencode({ image = "busybox:1.36", privileged = true })\n}\n` });
    const compact = runCli(['lint', 'main.tf', '-f', 'compact', '--rule', 'privileged-container'], { cwd: dir }).stdout.trim().split('\n');
    expect(compact).toEqual([0, 1].map((i) => expect.stringMatching(new RegExp(`^main\\.tf:5:\\d+: error: .* \\[privileged-container\\] \\(aws_batch_job_definition\\.j\\[${i}\\]\\)$`))));
    const text = runCli(['lint', 'main.tf', '--rule', 'privileged-container'], { cwd: dir }).stdout;
    expect(text).toMatch(/privileged-container {2}aws_batch_job_definition\.j\[0\]\n/);
    expect(text).toMatch(/privileged-container {2}aws_batch_job_definition\.j\[1\]\n/);
  });
});

describe('.tf.json files (Terraform\'s JSON syntax)', () => {
  it('are evaluated with the rest of their directory: a variable from a .tf file decides the value, findings point into the .tf.json', async () => {
    const container = JSON.stringify({ image: 'busybox:1.36', privileged: '${var.privileged}', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] }).replace('"${var.privileged}"', '${var.privileged}');
    const dir = project({
      'variables.tf': 'variable "privileged" {\n  default = true\n}\n',
      'main.tf.json': `${JSON.stringify({ resource: { aws_batch_job_definition: { etl: { name: 'etl', type: 'container', container_properties: container } } } }, null, 2)}\n`,
    });
    const { at, data } = await lint(dir);
    expect(at('privileged-container')).toEqual(['aws_batch_job_definition.etl@main.tf.json:7']);
    expect((data.get('aws_batch_job_definition.etl')!.containerProperties as Record<string, unknown>).privileged).toBe(true);
    // Named on its own, it is still read with its directory.
    expect((await lint(dir, ['main.tf.json'])).at('privileged-container')).toEqual(['aws_batch_job_definition.etl@main.tf.json:7']);
  });
});

describe('positions', () => {
  it('a finding inside a nested block and inside a jsonencode object points at its own line', async () => {
    const { at } = await lint(project({
      'ce.tf': `resource "aws_batch_compute_environment" "ce" {
  name = "ce"
  type = "MANAGED"
  compute_resources {
    type                = "SPOT"
    allocation_strategy = "BEST_FIT"
    max_vcpus           = 4
    instance_type       = ["m5.large"]
    subnets             = ["s"]
    security_group_ids  = ["g"]
  }
}
`,
      'job.tf': JOB(`  container_properties = jsonencode({
    image   = "repo:1"
    command = ["x"]
    privileged = true
  })`),
    }));
    expect(at('spot-allocation-strategy')).toEqual(['aws_batch_compute_environment.ce@ce.tf:6']);
    expect(at('privileged-container')).toEqual(['aws_batch_job_definition.j@job.tf:10']);
  });
});

describe('fixtures/real-world-2: the Terraform misses of REVIEW.md cause 1 are reported', () => {
  it('scpca merge of locals, popiol conditional in jsonencode, iamlmn heredoc', async () => {
    const result = await lintPaths(['scpca-job-definition.tf', 'popiol-daytrader-batchjob.tf', 'iamlmn-job-definition.tf'], { cwd: join(ROOT, 'fixtures/real-world-2') });
    const warnings = (result.findings as (Found & { severity: string })[]).filter((f) => f.severity !== 'note' && f.ruleId !== 'missing-timeout').map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort();
    expect(warnings).toEqual([
      'legacy-resource-fields iamlmn-job-definition.tf:61',
      'legacy-resource-fields iamlmn-job-definition.tf:62',
      'legacy-resource-fields popiol-daytrader-batchjob.tf:7',
      'legacy-resource-fields popiol-daytrader-batchjob.tf:8',
      'mutable-image-tag scpca-job-definition.tf:112',
      'mutable-image-tag scpca-job-definition.tf:148',
    ]);
  });
});

describe('lint --var-file and --var (the bundled CLI)', () => {
  const files = {
    'variables.tf': 'variable "tag" {\n  default = "1.0"\n}\n',
    'job.tf': JOB('  container_properties = jsonencode({ image = "repo:${var.tag}", command = ["x"], resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }] })'),
    'latest.tfvars': 'tag = "latest"\n',
  };
  const mutable = (args: string[]): { code: number; lines: number } => {
    const r = runCli(['lint', '.', '-f', 'json', '--rule', 'mutable-image-tag', ...args], { cwd: project(files) });
    return { code: r.code, lines: r.code === 2 ? -1 : (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length };
  };

  it('a variables file and a NAME=VALUE setting decide the value; --var wins', () => {
    // A warning: exit 0 under the default --fail-on error.
    expect(mutable([])).toEqual({ code: 0, lines: 0 });
    expect(mutable(['--var-file', 'latest.tfvars'])).toEqual({ code: 0, lines: 1 });
    expect(mutable(['--var', 'tag=latest'])).toEqual({ code: 0, lines: 1 });
    expect(mutable(['--var-file', 'latest.tfvars', '--var', 'tag=2.0'])).toEqual({ code: 0, lines: 0 });
  });

  it('a missing --var-file or a --var without = is a usage error (exit 2), and --help names both', () => {
    const dir = project(files);
    const missing = runCli(['lint', '.', '--var-file', 'nope.tfvars'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, 'batchlint: cannot read the --var-file "nope.tfvars"\n']);
    const bad = runCli(['lint', '.', '--var', 'tag'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--var takes NAME=VALUE');
    const help = runCli(['lint', '--help']).stdout;
    expect(help).toContain('--var-file <file>');
    expect(help).toContain('--var <name=value>');
  });
});

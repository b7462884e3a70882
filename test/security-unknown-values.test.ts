// Values that cannot be known before deploy (template intrinsics, plan values) never produce a
// security finding from a rule about a value. Each case takes a bad fixture, replaces the value one finding depends on with an
// Unknown, and checks that this finding goes away.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { unknownValue } from '../dist/src/model/values.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';
import { makeUnknown } from './helpers/with-unknown.js';

type Path = (string | number)[];

const CP = 'containerProperties';
const EKS0: Path = ['eksProperties', 'podProperties', 'containers', 0];
// [rule id, bad fixture, resource name, path made unknown, path of the finding that must go away]
const CASES: [string, string, string, Path, Path][] = [
  ['privilege-escalation-allowed', 'escalation.yaml', 'eks-escalation', ['eksProperties', 'podProperties', 'initContainers', 0, 'securityContext', 'allowPrivilegeEscalation'], ['eksProperties', 'podProperties', 'initContainers', 0, 'securityContext', 'allowPrivilegeEscalation']],
  ['container-runs-as-root', 'root.yaml', 'root-name', [CP, 'user'], [CP, 'user']],
  ['container-runs-as-root', 'root.yaml', 'root-eks', [...EKS0, 'securityContext', 'runAsUser'], [...EKS0, 'securityContext', 'runAsUser']],
  ['eks-host-network', 'host-network.yaml', 'eks-default-network', ['eksProperties', 'podProperties', 'hostNetwork'], ['eksProperties', 'podProperties']],
  ['writable-root-filesystem', 'writable.yaml', 'ecs-writable', [CP, 'readonlyRootFilesystem'], [CP, 'readonlyRootFilesystem']],
  // The value unknown is a finding (the name decides: test/job-definition-presence.test.ts); the name unknown is not.
  ['secret-in-environment', 'by-name.yaml', 'secrets-by-name', [CP, 'environment', 0, 'name'], [CP, 'environment', 0, 'value']],
  ['secret-in-command', 'command.yaml', 'command-secrets', [CP, 'command', 2], [CP, 'command', 1]],
  ['sensitive-host-mount', 'mounts.yaml', 'docker-in-docker', [CP, 'volumes', 0, 'host', 'sourcePath'], [CP, 'volumes', 0, 'host', 'sourcePath']],
  ['host-device-access', 'devices.yaml', 'raw-disk', [CP, 'linuxParameters', 'devices', 0, 'hostPath'], [CP, 'linuxParameters', 'devices', 0, 'hostPath']],
  ['efs-transit-encryption-disabled', 'efs.yaml', 'efs-plain', [CP, 'volumes', 0, 'efsVolumeConfiguration', 'transitEncryption'], [CP, 'volumes', 0, 'efsVolumeConfiguration']],
  ['efs-transit-encryption-required', 'efs.yaml', 'efs-iam-unencrypted', [CP, 'volumes', 0, 'efsVolumeConfiguration', 'transitEncryption'], [CP, 'volumes', 0, 'efsVolumeConfiguration']],
  ['efs-iam-without-job-role', 'efs.yaml', 'efs-iam-no-role', [CP, 'jobRoleArn'], [CP, 'volumes', 0, 'efsVolumeConfiguration', 'authorizationConfig', 'iam']],
  ['missing-job-role', 'no-role.yaml', 'no-role', [CP, 'jobRoleArn'], [CP]],
  ['missing-job-role', 'no-role.yaml', 'no-role', ['platformCapabilities'], [CP]],
  ['ecs-exec-enabled', 'exec.yaml', 'exec-on', [CP, 'enableExecuteCommand'], [CP, 'enableExecuteCommand']],
  ['role-not-arn', 'roles.yaml', 'short-names', ['serviceRole'], ['serviceRole']],
  ['mutable-image-tag', 'tags.yaml', 'latest-tag', [CP, 'image'], [CP, 'image']],
  ['public-registry-image', 'public.yaml', 'docker-hub-implicit', [CP, 'image'], [CP, 'image']],
  ['public-registry-image', 'public.yaml', 'docker-hub-implicit', [CP, 'repositoryCredentials'], [CP, 'image']],
  ['job-queue-untagged', 'queues.yaml', 'no-tags', ['tags'], ['tags']],
  ['scheduling-policy-untagged', 'policy.yaml', 'fair-untagged', ['tags'], ['tags']],
  ['compute-environment-untagged', 'environments.yaml', 'fargate-untagged', ['tags'], ['tags']],
  ['compute-resources-untagged', 'environments.yaml', 'ec2-untagged-instances', ['computeResources', 'tags'], ['computeResources', 'tags']],
  ['compute-resources-untagged', 'environments.yaml', 'ec2-untagged-instances', ['computeResources', 'type'], ['computeResources', 'tags']],
];

describe('security rules stay silent on unknown values', () => {
  it.each(CASES)('%s (%s, resource %s, %j unknown)', async (id, file, name, unknownPath, findingPath) => {
    const rule = RULES_BY_ID.get(id)!;
    const settings = { only: new Set([id]) };
    const { model, findings } = await lintPaths([join('bad', file)], { cwd: join(ROOT, 'fixtures', id), settings });
    const resource = model.resources.find((r) => r.name === name)!;
    expect(resource, name).toBeDefined();
    const at = (list: typeof findings): string[] => list
      .filter((f) => f.ruleId === id && f.resource?.name === name)
      .map((f) => JSON.stringify(f.path.slice(resource.source.path.length)))
      .filter((p) => p === JSON.stringify(findingPath));
    expect(at(findings), 'the fixture must trigger the rule there before the value is made unknown').toHaveLength(1);
    makeUnknown(resource, unknownPath);
    expect(at(runRules(model, [rule], settings))).toEqual([]);
  });
});

// A rule about presence decides on an unknown value: a key pair set from a variable or a parameter is
// set, whatever it holds. One that may be absent (an unresolved Fn::If, a Terraform conditional) is not.
describe('presence rules decide on present unknown values', () => {
  it.each([
    ['var.key', 1],
    ['!Ref KeyName', 1],
    ['(known after apply)', 1],
    ['!If HasKey', 0],
    ['var.key != "" ? var.key : null', 0],
    ['try(var.settings.key, null)', 0],
  ])('ec2-key-pair with ec2KeyPair unknown as %s: %i finding', async (origin, count) => {
    const id = 'ec2-key-pair';
    const settings = { only: new Set([id]) };
    const { model } = await lintPaths([join('bad', 'key-pair.yaml')], { cwd: join(ROOT, 'fixtures', id), settings: { only: new Set<string>() } });
    const resource = model.resources.find((r) => r.name === 'with-key')!;
    (resource.data as { computeResources: Record<string, unknown> }).computeResources.ec2KeyPair = unknownValue(origin);
    const found = runRules(model, [RULES_BY_ID.get(id)!], settings).filter((f) => f.resource?.name === 'with-key');
    expect(found).toHaveLength(count);
  });
});

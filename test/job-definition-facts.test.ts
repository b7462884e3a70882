// The job definition's facts (src/model/facts/): what each field says and how sure we are of it, for
// every container kind, with the retry semantics the retry, Spot and cost readers share.
import { describe, expect, it } from 'vitest';
import { jobDefinitionFacts, jobDefinitionFactsOf } from '../dist/src/model/facts/job-definition-facts.js';
import { memoisedPerRecord } from '../dist/src/model/facts/fact.js';
import { declaresRequirement, requirementNumber } from '../dist/src/model/facts/container-facts.js';
import { hasTaskRole } from '../dist/src/model/facts/task-facts.js';
import { unknownValue } from '../dist/src/model/values.js';

const facts = (data: Record<string, unknown>) => jobDefinitionFacts({ data: data as never });
const variable = unknownValue('var.x');
const maybe = unknownValue('!If HasIt');

describe('certainty of a fact', () => {
  it.each([
    ['known', true, { certainty: 'known', value: true }],
    ['known from "true"', 'true', { certainty: 'known', value: true }],
    ['unknown', variable, { certainty: 'unknown', origin: 'var.x' }],
    ['maybe absent', maybe, { certainty: 'maybeAbsent', origin: '!If HasIt' }],
    ['absent', undefined, { certainty: 'absent' }],
    ['null is absent', null, { certainty: 'absent' }],
    ['wrong type', { a: 1 }, { certainty: 'unknown', invalid: true }],
  ])('privileged %s', (_, privileged, expected) => {
    const [c] = facts({ containerProperties: { image: 'x:1', ...(privileged === undefined ? {} : { privileged }) } }).containers;
    expect(c!.privileged).toMatchObject({ ...expected, path: ['containerProperties', 'privileged'] });
  });

  it('keeps the literal parts and the possible values of an unknown', () => {
    const [c] = facts({ containerProperties: { image: unknownValue('!Sub', [null, ':latest']), privileged: unknownValue('!Ref P', undefined, ['true', true]) } }).containers;
    expect(c!.image).toMatchObject({ certainty: 'unknown', parts: [null, ':latest'] });
    expect(c!.privileged).toMatchObject({ certainty: 'unknown', possible: [true, true] });
  });
});

describe('every container kind', () => {
  const jd = {
    containerProperties: { image: 'a:1', user: 'root' },
    nodeProperties: {
      numNodes: 2,
      mainNode: 0,
      nodeRangeProperties: [
        { targetNodes: '0:', container: { image: 'b:1', instanceType: 'p4d.24xlarge' }, instanceTypes: ['p4d.24xlarge', variable] },
        { targetNodes: '1', ecsProperties: { taskProperties: [{ containers: [{ name: 'n', image: 'c:1' }] }] } },
      ],
    },
    ecsProperties: { taskProperties: [{ taskRoleArn: 'arn:aws:iam::1:role/r', containers: [{ name: 'app', image: 'd:1', privileged: true }] }] },
    eksProperties: {
      podProperties: {
        hostNetwork: false,
        volumes: [{ name: 'root', hostPath: { path: '/' } }],
        initContainers: [{ name: 'init', image: 'e:1', securityContext: { runAsUser: 0 } }],
        containers: [{ name: 'main', image: 'f:1', securityContext: { privileged: true, readOnlyRootFilesystem: true }, env: [{ name: 'TOKEN', value: variable }], args: ['--password', 'x'], resources: { limits: { cpu: '1' } } }],
      },
    },
  };
  const f = facts(jd);

  it('walks containerProperties, node ranges, ecsProperties task containers, EKS containers and init containers', () => {
    expect(f.containers.map((c) => [c.kind, c.shape, c.label])).toEqual([
      ['ecs', 'containerProperties', 'container in containerProperties'],
      ['ecs', 'containerProperties', 'container in node range 0:'],
      ['ecs', 'ecsTask', 'ecsProperties container "n" in node range 1'],
      ['ecs', 'ecsTask', 'ecsProperties container "app"'],
      ['eks', 'eksPod', 'EKS init container "init"'],
      ['eks', 'eksPod', 'EKS container "main"'],
    ]);
    expect(f.containers.map((c) => c.image.certainty === 'known' && c.image.value)).toEqual(['a:1', 'b:1', 'c:1', 'd:1', 'e:1', 'f:1']);
  });

  it('reads each kind\'s fields at their own paths', () => {
    const eks = f.containers[5]!;
    expect(eks.privileged).toMatchObject({ certainty: 'known', value: true, path: ['eksProperties', 'podProperties', 'containers', 0, 'securityContext', 'privileged'] });
    expect(eks.readonlyRootFilesystem).toMatchObject({ certainty: 'known', value: true });
    expect(eks.environmentList).toBe('env');
    expect(eks.environment[0]!.value.certainty).toBe('unknown');
    expect(eks.commands.map((l) => l.list)).toEqual(['command', 'args']);
    expect(eks.commands[1]!.args.map((a) => a.path)).toEqual([[...eks.path, 'args', 0], [...eks.path, 'args', 1]]);
    expect(eks.eksResources.find((r) => r.side === 'limits' && r.key === 'cpu')!.value).toMatchObject({ certainty: 'known', value: '1' });
    expect(f.containers[4]!.runAsUser).toMatchObject({ certainty: 'known', value: 0 });
    expect(f.containers[4]!.init).toBe(true);
    expect(f.containers[0]!.user).toMatchObject({ certainty: 'known', value: 'root', path: ['containerProperties', 'user'] });
    expect(f.containers[3]!.privileged.path).toEqual(['ecsProperties', 'taskProperties', 0, 'containers', 0, 'privileged']);
  });

  it('gives the ECS tasks with their role field, and the EKS pods', () => {
    expect(f.tasks.map((t) => [t.label, t.roleField, hasTaskRole(t)])).toEqual([
      ['containerProperties', 'jobRoleArn', false],
      ['container in node range 0:', 'jobRoleArn', false],
      ['ecsProperties task in node range 1', 'taskRoleArn', false],
      ['ecsProperties task', 'taskRoleArn', true],
    ]);
    expect(f.pods).toHaveLength(1);
    expect(f.pods[0]!.hostNetwork).toMatchObject({ certainty: 'known', value: false });
    expect(f.pods[0]!.volumes[0]!.hostPath).toMatchObject({ certainty: 'known', value: '/', path: ['eksProperties', 'podProperties', 'volumes', 0, 'hostPath', 'path'] });
  });

  it('reads node properties', () => {
    expect(f.multinode).toBe(true);
    expect(f.nodes.numNodes).toMatchObject({ certainty: 'known', value: 2 });
    expect(f.nodes.ranges.map((r) => r.label)).toEqual(['node range 0:', 'node range 1']);
    expect(f.nodes.ranges[0]!.instanceTypes.map((t) => t.certainty)).toEqual(['known', 'unknown']);
    expect(f.nodes.ranges[0]!.containerFacts?.label).toBe('container in node range 0:');
    expect(f.nodes.ranges[1]!.containerFacts).toBeUndefined();
  });
});

describe('a task role is missing only when absent', () => {
  it.each([
    ['absent', undefined, false],
    ['blank', ' ', false],
    ['known', 'arn:aws:iam::1:role/r', true],
    ['unknown', variable, true],
    ['maybe absent', maybe, true],
  ])('jobRoleArn %s', (_, jobRoleArn, has) => {
    const [task] = facts({ containerProperties: { image: 'x:1', ...(jobRoleArn === undefined ? {} : { jobRoleArn }) } }).tasks;
    expect(hasTaskRole(task!)).toBe(has);
  });
});

describe('resource requirements', () => {
  it('reads VCPU / MEMORY / GPU entries in any case, and the legacy fields', () => {
    const [c] = facts({ containerProperties: { vcpus: 2, resourceRequirements: [{ type: 'memory', value: '2048' }, { type: 'GPU', value: variable }] } }).containers;
    expect(requirementNumber(c!, 'MEMORY')).toEqual({ value: 2048, path: ['containerProperties', 'resourceRequirements', 0, 'value'] });
    expect(requirementNumber(c!, 'GPU')).toBeUndefined();
    expect(declaresRequirement(c!, 'VCPU')).toBe(true);
    expect(c!.requirementsUnknown).toBe(false);
  });

  it('says when the requirements cannot be read yet', () => {
    expect(facts({ containerProperties: { resourceRequirements: variable } }).containers[0]!.requirementsUnknown).toBe(true);
    expect(facts({ containerProperties: { resourceRequirements: [{ type: variable, value: '1' }] } }).containers[0]!.requirementsUnknown).toBe(true);
  });
});

describe('where a job runs: one case rule for every platform', () => {
  it.each([
    [{}, 'ec2'],
    [{ platformCapabilities: ['FARGATE'] }, 'fargate'],
    [{ platformCapabilities: ['fargate'] }, 'fargate'],
    [{ platformCapabilities: [' Fargate '] }, 'fargate'],
    [{ platformCapabilities: ['ec2'] }, 'ec2'],
    [{ platformCapabilities: ['EC2', 'FARGATE'] }, undefined],
    [{ platformCapabilities: variable }, undefined],
    [{ platformCapabilities: [variable] }, undefined],
    [{ eksProperties: { podProperties: {} } }, 'eks'],
    [{ eksProperties: variable }, undefined],
  ])('%j -> %s', (data, kind) => {
    expect(facts(data).platform.kind).toBe(kind);
  });

  it('an unknown capability entry makes the list unknown (present, not decided)', () => {
    expect(facts({ platformCapabilities: ['EC2', variable] }).platform.capabilities.certainty).toBe('unknown');
    expect(facts({ platformCapabilities: ['ec2'] }).platform.capabilities).toMatchObject({ certainty: 'known', value: ['EC2'] });
  });
});

describe('retry semantics', () => {
  const retry = (retryStrategy: unknown) => facts(retryStrategy === undefined ? {} : { retryStrategy }).retry;
  const HOST = { onStatusReason: 'Host EC2*', action: 'RETRY' };
  const EXIT_ALL = { onReason: '*', action: 'EXIT' };

  it.each([
    ['no strategy', undefined, false, true],
    ['unknown strategy', variable, undefined, false],
    ['maybe-absent strategy', maybe, undefined, false],
    ['one attempt', { attempts: 1 }, false, true],
    ['attempts missing', { evaluateOnExit: [HOST] }, false, true],
    ['attempts unknown', { attempts: variable }, undefined, false],
    ['attempts, no entries: everything retried', { attempts: 3 }, true, false],
    ['Host EC2* retried, rest exits', { attempts: 3, evaluateOnExit: [HOST, EXIT_ALL] }, true, false],
    ['catch-all EXIT first', { attempts: 3, evaluateOnExit: [EXIT_ALL, HOST] }, false, false],
    ['only an exit-code entry: the reclaim matches none, so it is retried', { attempts: 3, evaluateOnExit: [{ onExitCode: '1', action: 'EXIT' }] }, true, false],
    ['Host EC2* with an exit code: cannot tell', { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', onExitCode: '137', action: 'RETRY' }] }, undefined, false],
    ['an unknown condition: cannot tell', { attempts: 3, evaluateOnExit: [{ onStatusReason: variable, action: 'EXIT' }] }, undefined, false],
    ['unknown entries', { attempts: 3, evaluateOnExit: variable }, undefined, false],
    ['attempts as "3"', { attempts: '3', evaluateOnExit: [HOST] }, true, false],
  ])('%s: Spot reclaim retried %s, retries nothing %s', (_, strategy, reclaim, nothing) => {
    const r = retry(strategy);
    expect(r.retriesSpotReclaim).toBe(reclaim);
    expect(r.retriesNothing).toBe(nothing);
  });

  it.each([
    [[HOST, EXIT_ALL], true],
    [[HOST], false],
    [[{ onReason: variable, action: 'EXIT' }], undefined],
    [[{ onExitCode: 137, action: 'EXIT' }], undefined],
    [[{ onStatusReason: '*', onReason: '*', action: 'EXIT' }], true],
  ])('catch-all in %j: %s', (entries, catchAll) => {
    expect(retry({ attempts: 3, evaluateOnExit: entries }).hasCatchAll).toBe(catchAll);
  });
});

describe('computed once', () => {
  it('returns the same facts for the same record', () => {
    const data = { containerProperties: { image: 'x:1' } };
    expect(facts(data)).toBe(facts(data));
    expect(facts({ ...data })).not.toBe(facts(data));
  });
});

describe('known scalars shared per path and value', () => {
  it('gives two job definitions that write the same value at the same path one frozen fact', () => {
    const a = facts({ containerProperties: { image: 'x:1', user: '1000', privileged: true } }).containers[0]!;
    const b = facts({ containerProperties: { image: 'y:1', user: '1000', privileged: 'true' } }).containers[0]!;
    expect(a.user).toBe(b.user);
    expect(a.privileged).toBe(b.privileged); // `true` and "true" read the same
    expect(Object.isFrozen(a.user)).toBe(true);
    expect(a.image).not.toBe(b.image);
    expect(b.image).toMatchObject({ certainty: 'known', value: 'y:1', path: ['containerProperties', 'image'] });
  });

  it('stops sharing at a path that holds many values, and reads each value right', () => {
    const images = Array.from({ length: 200 }, (_, i) => facts({ containerProperties: { image: `many-${i}:1` } }).containers[0]!.image);
    expect(images.map((f) => f.certainty === 'known' && f.value)).toEqual(Array.from({ length: 200 }, (_, i) => `many-${i}:1`));
    const again = facts({ containerProperties: { image: 'many-199:1' } }).containers[0]!.image;
    expect(again).toEqual(images[199]);
    expect(again).not.toBe(images[199]);
  });
});

describe('memoised facts', () => {
  it('reads a record once while it is among the recent ones, and again to the same facts after it left', () => {
    const reads: unknown[] = [];
    const factsOf = memoisedPerRecord((data) => {
      reads.push(data);
      return { size: Object.keys(data as object).length };
    }, { recent: 2 });
    const [a, b, c] = [{ x: 1 }, { x: 1, y: 2 }, { z: 3 }];
    const first = factsOf(a);
    expect(factsOf(a)).toBe(first);
    factsOf(b);
    expect(factsOf(a)).toBe(first); // a and b are the two recent records
    factsOf(c); // a leaves the window
    expect(reads).toEqual([a, b, c]);
    const again = factsOf(a);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(reads).toEqual([a, b, c, a]);
  });

  it('keeps every record without a window', () => {
    let reads = 0;
    const factsOf = memoisedPerRecord(() => ++reads);
    const records = Array.from({ length: 100 }, () => ({}));
    for (const r of records) factsOf(r);
    for (const r of records) factsOf(r);
    expect(reads).toBe(100);
  });

  it('the resource reader and the record reader share one memo', () => {
    const data = { type: 'container', containerProperties: { image: 'x:1' } };
    expect(jobDefinitionFacts({ data: data as never })).toBe(jobDefinitionFactsOf(data));
  });
});

// The causes seen in the field, as generators: object-prototype names used as data, values of the
// wrong shape where a string or number is expected, intrinsics with every argument shape, and
// control characters in names and values. Every input kind draws its keys and values from here.
import fc from 'fast-check';

/** Names that exist on every object's prototype chain: used as keys, types, logical ids, labels. */
export const PROTOTYPE_NAMES = [
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'valueOf', 'toString', 'toLocaleString',
  'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', '__lookupGetter__', '__defineSetter__', '__lookupSetter__',
] as const;

/** Terminal and log escapes seen in file names and values: title set, screen clear, OSC 52 clipboard, CSI, forged lines, bidi. */
export const CONTROL_STRINGS = [
  '\u001b]0;pwned\u0007', '\u001b[2J', '\u001b]52;c;ZXZpbA==\u0007', '\u001b[31mred\u001b[0m', 'a\nforged: line', 'x\r\ny',
  '\rover', '\u009b31m', '\u0000', '\u007f', '\u0008\u0008\u0008', '\u202eevil', 'x\u2028y', '\u2066iso\u2069', '\u000b\u000c',
  '::error::forged', 'tab\there',
] as const;

/** Values a real configuration holds, so mutations reach the rules and not only the schema checks. */
export const REALISTIC_STRINGS = [
  'm5.large', 'c6i', 'optimal', 'p3.2xlarge', 'FARGATE', 'FARGATE_SPOT', 'EC2', 'SPOT', 'MANAGED', 'UNMANAGED', 'ENABLED', 'DISABLED',
  'container', 'multinode', 'VCPU', 'MEMORY', 'GPU', '1024', '0.25', '2048', 'BEST_FIT_PROGRESSIVE', 'SPOT_CAPACITY_OPTIMIZED',
  'arn:aws:iam::123456789012:role/batch', 'arn:aws:batch:us-east-1:123456789012:compute-environment/ce', 'public.ecr.aws/x/y:latest',
  'subnet-0123456789abcdef0', 'sg-0a1b2c3d4e5f67890', 'AWS::NoValue', 'AWS::Region', '${AWS::Region}', 'Ref::param', '*', 'LATEST',
  'ecsInstanceRole', 'RETRY', 'EXIT', 'CANCEL', 'ECS_AL2', 'ECS_AL2_NVIDIA', 'ARM64', 'X86_64', 'LINUX', 'true', '', ' ',
] as const;

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROL_STRINGS) },
  { weight: 4, arbitrary: fc.constantFrom(...REALISTIC_STRINGS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...REALISTIC_STRINGS), fc.constantFrom(...CONTROL_STRINGS, ...PROTOTYPE_NAMES)).map(([a, b]) => a + b) },
  // Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit builds a table of all of Unicode: slow).
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }) },
);

export const nastyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, 1.5, 256, 1024, 4096, 1e308, -1e308, 2 ** 53 + 2, 1e-7, 14 * 24 * 3600 + 1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Sets an own enumerable property, even `__proto__` (plain assignment would change the prototype instead). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** The intrinsic functions of CloudFormation (long-form keys; the YAML printer writes the short form). */
export const INTRINSICS = [
  'Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Select', 'Fn::Join', 'Fn::If', 'Fn::FindInMap', 'Fn::Split', 'Fn::ImportValue', 'Fn::GetAZs',
  'Fn::Base64', 'Fn::Cidr', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Condition', 'Fn::Length', 'Fn::ToJsonString',
] as const;

/** Functions and how many arguments they take (1: a single value, not a list). */
const INTRINSIC_SHAPES: readonly (readonly [string, number])[] = [
  ['Ref', 1], ['Fn::GetAtt', 2], ['Fn::GetAtt', 1], ['Fn::Sub', 1], ['Fn::Sub', 2], ['Fn::Select', 2], ['Fn::Join', 2], ['Fn::If', 3],
  ['Fn::FindInMap', 3], ['Fn::Split', 2], ['Fn::ImportValue', 1], ['Fn::GetAZs', 1], ['Fn::Base64', 1], ['Fn::Cidr', 3],
  ['Fn::Equals', 2], ['Fn::Not', 1], ['Fn::And', 2], ['Fn::Or', 2], ['Fn::Length', 1], ['Fn::ToJsonString', 1],
];

/** Objects where a string or number is expected: `Number()` and template strings throw on the first two. */
const WRONG_SHAPED = fc.constantFrom(objectOf([['toString', 1]]), objectOf([['valueOf', 1]]), objectOf([['toString', 1], ['valueOf', 1]]), objectOf([['__proto__', objectOf([['x', 1]])]]), objectOf([['constructor', 'x']]), {}, [], [[]]);

const NO_VALUE = objectOf([['Ref', 'AWS::NoValue']]);

/** One argument of an intrinsic: a plausible value (index, list, name, condition) or a hostile one. */
function slot(tie: (key: 'value' | 'scalar' | 'object' | 'array' | 'intrinsic') => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, '0', 'IsProd', 'Environment', 'AWS::Region', ',', 'a.b', ['a', 'b'], []) },
    { weight: 3, arbitrary: fc.oneof(WRONG_SHAPED, fc.constant(NO_VALUE), fc.constant([objectOf([['toString', 1]])])) },
    { weight: 1, arbitrary: tie('scalar') },
    { weight: 1, arbitrary: tie('array') },
    { weight: 1, arbitrary: tie('intrinsic') },
  );
}

export interface ValueOptions {
  /** CloudFormation: values may be intrinsic functions with any argument shape. */
  intrinsics: boolean;
  maxDepth: number;
}

/** A value of any shape: the hostile scalars, objects with prototype-named keys, arrays, and (for templates) intrinsics. */
export function hostileValue(options: ValueOptions): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown; scalar: unknown; object: unknown; array: unknown; intrinsic: unknown }>((tie) => ({
    scalar: fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null)),
    object: fc.oneof(
      WRONG_SHAPED,
      fc.array(fc.tuple(fc.oneof(nastyKey, fc.constantFrom(...REALISTIC_STRINGS)), tie('value')), { maxLength: 3 }).map(objectOf),
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    // Each function with its documented argument shape, any slot replaced by a hostile value
    // (`!Select [{toString: 1}, [a, b]]`, `!Select [!Ref AWS::NoValue, ...]`), or with any argument at all.
    intrinsic: fc.oneof(
      { weight: 4, arbitrary: fc
        .constantFrom(...INTRINSIC_SHAPES)
        .chain(([name, slots]) =>
          (slots === 1 ? slot(tie) : fc.tuple(...Array.from({ length: slots }, () => slot(tie)))).map((arg) => objectOf([[name, arg]])),
        ) },
      fc.tuple(fc.constantFrom(...INTRINSICS), fc.oneof(tie('scalar'), tie('array'), tie('object'))).map(([name, arg]) => objectOf([[name, arg]])),
    ),
    value: fc.oneof(
      { maxDepth: options.maxDepth, depthSize: 'small' },
      { weight: 5, arbitrary: tie('scalar') },
      { weight: 2, arbitrary: WRONG_SHAPED },
      { weight: 2, arbitrary: tie('object') },
      { weight: 1, arbitrary: tie('array') },
      ...(options.intrinsics ? [{ weight: 4, arbitrary: tie('intrinsic') }] : []),
    ),
  }));
  return value;
}

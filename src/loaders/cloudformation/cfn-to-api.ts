// Turns a Batch resource's CloudFormation Properties into the API's camelCase shape, resolving
// intrinsics on the way, and remembers where each value came from in the template so that findings
// on API paths land on the template's lines.
import { isRecord, isUnknown, lookup, setField, unknownValue, type JsonRecord } from '../../model/values.js';
import { API_SHAPES, type ApiShape } from '../terraform/api-shape-tree.generated.js';
import { CFN_SHAPES, type CfnShape } from './cfn-mapping.generated.js';
import { isPlaceholder } from '../../model/placeholder.js';
import { dynamicReference } from './dynamic-references.js';
import { intrinsicName, NO_VALUE, resolveIntrinsic, resolveValue } from './intrinsics.js';
import type { TemplateContext } from './template-context.js';
import { PathNode, type PathMap } from './path-node.js';

export interface ConvertedProperties {
  /** API-shaped data for the rules. */
  api: JsonRecord;
  /** The resolved CloudFormation-shaped properties, for validation against the CloudFormation schema. */
  cfn: unknown;
  /** API path (JSON of the segments) -> path relative to Properties in the template. */
  apiToTemplate: PathMap;
  /** Resolved CloudFormation path (JSON) -> API path (unknown properties: the parent's API path + the key as written). */
  cfnToApi: PathMap;
}


/** Scalars in the type the API declares: CloudFormation converts `"2"` to 2, `true` to "true", and enums are case-insensitive. */
export function coerceScalar(value: unknown, shape: ApiShape | undefined): unknown {
  if (!shape || isUnknown(value)) return value;
  switch (shape.t) {
    case 'i':
    case 'n':
      return typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
    case 'b':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 's': {
      const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
      if (shape.e && typeof text === 'string') return shape.e.find((e) => e.toLowerCase() === text.toLowerCase()) ?? text;
      return text;
    }
    default:
      return value;
  }
}

export function convertProperties(properties: unknown, root: string, context: TemplateContext): ConvertedProperties {
  const apiToTemplate = new PathNode();
  const cfnToApi = new PathNode();

  // Three paths as nodes (path-node.ts): in the template (relative to Properties), in the resolved
  // CloudFormation properties, in the API shape.
  const walk = (raw: unknown, tpl: PathNode, cfnAt: PathNode, apiAt: PathNode, shapeRef: string | undefined, depth: number): { cfn: unknown; api: unknown } | typeof NO_VALUE => {
    if (depth > 64) return { cfn: unknownValue('(nested too deeply)'), api: unknownValue('(nested too deeply)') };
    // A computed value (a mapping entry, a parameter default) may itself resolve to AWS::NoValue.
    if (raw === NO_VALUE) return NO_VALUE;
    // Mapped before intrinsics are resolved: a finding about a value written as `!Ref P` points at
    // its own key (a branch of Fn::If maps again, to the branch).
    apiAt.target = tpl;
    cfnAt.target = apiAt;
    if (intrinsicName(raw)) {
      const tplPath = tpl.path();
      const resolution = resolveIntrinsic(raw as JsonRecord, tplPath, context);
      switch (resolution.kind) {
        case 'novalue':
          return NO_VALUE;
        case 'unknown':
          return { cfn: resolution.value, api: resolution.value };
        case 'branch':
          return walk(resolution.raw, PathNode.of(resolution.path), cfnAt, apiAt, shapeRef, depth + 1);
        case 'value':
          // A computed value (a parameter's default, a mapping entry) has no positions of its own:
          // everything in it is reported on the intrinsic.
          return walk(resolveValue(resolution.value, tplPath, context), tpl, cfnAt, apiAt, shapeRef, depth + 1);
      }
    }
    const shape: CfnShape | undefined = shapeRef ? lookup(CFN_SHAPES, shapeRef) : undefined;
    if (Array.isArray(raw)) {
      const cfn: unknown[] = [];
      const api: unknown[] = [];
      const itemShape = shape?.t === 'l' ? shape.i : undefined;
      for (let i = 0; i < raw.length; i++) {
        const out = walk(raw[i], tpl.extend(i), cfnAt.child(cfn.length), apiAt.child(api.length), itemShape, depth + 1);
        if (out === NO_VALUE) continue;
        cfn.push(out.cfn);
        api.push(out.api);
      }
      return { cfn, api };
    }
    if (isRecord(raw)) {
      const cfn: JsonRecord = {};
      const api: JsonRecord = {};
      for (const name in raw) {
        if (!Object.prototype.hasOwnProperty.call(raw, name)) continue;
        const value = raw[name];
        // Object properties are renamed to the API's; map keys (tags, parameters, EKS limits) are data.
        const mapped = shape?.t === 'o' ? lookup(shape.p, name) : undefined;
        const apiName = shape?.t === 'o' ? mapped?.[0] : name;
        const child = shape?.t === 'o' ? mapped?.[1] : shape?.t === 'm' ? shape.v : undefined;
        const out = walk(value, tpl.extend(name), cfnAt.child(name), apiAt.child(apiName ?? name), child, depth + 1);
        if (out === NO_VALUE) continue;
        setField(cfn, name, out.cfn);
        // A property CloudFormation does not define is a schema finding, and never reaches the rules.
        if (apiName !== undefined) setField(api, apiName, out.api);
      }
      return { cfn, api };
    }
    // A dynamic reference is resolved by CloudFormation at deploy: unknown, not the text `{{resolve:...}}`.
    const resolved = typeof raw === 'string' ? dynamicReference(raw) : undefined;
    if (resolved) return { cfn: resolved, api: resolved };
    // A literal that is a placeholder as a whole (`REPLACE_ME`, `"<vcpus>"`) is a value still to be
    // filled in: unknown, as in API-shaped files (src/loaders/api-placeholders.ts), never a wrong value.
    if (typeof raw === 'string' && isPlaceholder(raw)) {
      const unknown = unknownValue(raw.trim());
      return { cfn: unknown, api: unknown };
    }
    const apiShape = shape?.t === 's' && shape.a ? lookup(API_SHAPES, shape.a) : undefined;
    return { cfn: raw, api: coerceScalar(raw, apiShape) };
  };

  apiToTemplate.target = new PathNode();
  cfnToApi.target = apiToTemplate;
  const out = walk(properties ?? {}, new PathNode(), cfnToApi, apiToTemplate, root, 0);
  if (out === NO_VALUE) return { api: {}, cfn: {}, apiToTemplate, cfnToApi };
  const api = isRecord(out.api) ? out.api : {};
  return { api, cfn: out.cfn, apiToTemplate, cfnToApi };
}

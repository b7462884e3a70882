// Turns a Batch resource's CloudFormation Properties into the API's camelCase shape, resolving
// intrinsics on the way, and remembers where each value came from in the template so that findings
// on API paths land on the template's lines.
import { isRecord, isUnknown, lookup, setField, unknownValue, type JsonRecord } from '../../model/values.js';
import type { JsonPath } from '../../source/source-document.js';
import { API_SHAPES, type ApiShape } from '../terraform/api-shape-tree.generated.js';
import { CFN_SHAPES, type CfnShape } from './cfn-mapping.generated.js';
import { isPlaceholder } from '../../model/placeholder.js';
import { dynamicReference } from './dynamic-references.js';
import { intrinsicName, NO_VALUE, resolveIntrinsic, resolveValue } from './intrinsics.js';
import type { TemplateContext } from './template-context.js';
import type { PathMap } from './mapped-source-document.js';

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

/**
 * Paths by path, both kept as their JSON text: the walk extends a parent's text by one segment
 * instead of copying an array at every value, and a path is parsed back only when a finding is
 * located through it.
 */
class KeyedPaths implements PathMap {
  readonly byKey = new Map<string, string>();

  get(key: string): JsonPath | undefined {
    const path = this.byKey.get(key);
    return path === undefined ? undefined : (JSON.parse(path) as JsonPath);
  }
}

const key = (path: JsonPath): string => JSON.stringify(path);
/** key([...path, segment]) from key(path), without serialising the whole path again at every value. */
const childKey = (parent: string, segment: string | number): string => (parent.length === 2 ? `[${JSON.stringify(segment)}]` : `${parent.slice(0, -1)},${JSON.stringify(segment)}]`);

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
  const apiToTemplate = new KeyedPaths();
  const cfnToApi = new KeyedPaths();
  const toTemplate = apiToTemplate.byKey;
  const toApi = cfnToApi.byKey;

  // Paths as their JSON text (see KeyedPaths): in the template (relative to Properties), in the
  // resolved CloudFormation properties, in the API shape.
  const walk = (raw: unknown, tplKey: string, cfnKey: string, apiKey: string, shapeRef: string | undefined, depth: number): { cfn: unknown; api: unknown } | typeof NO_VALUE => {
    if (depth > 64) return { cfn: unknownValue('(nested too deeply)'), api: unknownValue('(nested too deeply)') };
    // A computed value (a mapping entry, a parameter default) may itself resolve to AWS::NoValue.
    if (raw === NO_VALUE) return NO_VALUE;
    // Mapped before intrinsics are resolved: a finding about a value written as `!Ref P` points at
    // its own key (a branch of Fn::If maps again, to the branch).
    toTemplate.set(apiKey, tplKey);
    toApi.set(cfnKey, apiKey);
    if (intrinsicName(raw)) {
      const tplPath = JSON.parse(tplKey) as JsonPath;
      const resolution = resolveIntrinsic(raw as JsonRecord, tplPath, context);
      switch (resolution.kind) {
        case 'novalue':
          return NO_VALUE;
        case 'unknown':
          return { cfn: resolution.value, api: resolution.value };
        case 'branch':
          return walk(resolution.raw, key(resolution.path), cfnKey, apiKey, shapeRef, depth + 1);
        case 'value':
          // A computed value (a parameter's default, a mapping entry) has no positions of its own:
          // everything in it is reported on the intrinsic.
          return walk(resolveValue(resolution.value, tplPath, context), tplKey, cfnKey, apiKey, shapeRef, depth + 1);
      }
    }
    const shape: CfnShape | undefined = shapeRef ? lookup(CFN_SHAPES, shapeRef) : undefined;
    if (Array.isArray(raw)) {
      const cfn: unknown[] = [];
      const api: unknown[] = [];
      const itemShape = shape?.t === 'l' ? shape.i : undefined;
      for (let i = 0; i < raw.length; i++) {
        const out = walk(raw[i], childKey(tplKey, i), childKey(cfnKey, cfn.length), childKey(apiKey, api.length), itemShape, depth + 1);
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
        const out = walk(value, childKey(tplKey, name), childKey(cfnKey, name), childKey(apiKey, apiName ?? name), child, depth + 1);
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

  const out = walk(properties ?? {}, key([]), key([]), key([]), root, 0);
  if (out === NO_VALUE) return { api: {}, cfn: {}, apiToTemplate, cfnToApi };
  const api = isRecord(out.api) ? out.api : {};
  return { api, cfn: out.cfn, apiToTemplate, cfnToApi };
}

// Reads the committed JSON Schemas to answer "which properties are allowed here?" for did-you-mean
// suggestions. Loaded only when an unknown property is found.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResourceKind } from '../model/resource.js';
import type { JsonPath } from '../source/source-document.js';

type Schema = Record<string, unknown>;
const FILES: Record<ResourceKind, string> = {
  jobDefinition: 'job-definition',
  computeEnvironment: 'compute-environment',
  jobQueue: 'job-queue',
  schedulingPolicy: 'scheduling-policy',
};
const cache = new Map<ResourceKind, Schema>();

export function resourceSchema(kind: ResourceKind): Schema {
  let schema = cache.get(kind);
  if (!schema) {
    // dist/src/schema/ -> package root -> schemas/
    const url = new URL(`../../../schemas/${FILES[kind]}.schema.json`, import.meta.url);
    schema = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Schema;
    cache.set(kind, schema);
  }
  return schema;
}

function resolve(root: Schema, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let guard = 0; s && guard < 8; guard++) {
    if (typeof s.$ref === 'string') {
      const name = s.$ref.replace('#/$defs/', '');
      s = (root.$defs as Record<string, Schema>)[name];
    } else if (Array.isArray(s.allOf) && !s.properties && !s.items) {
      s = s.allOf[0] as Schema;
    } else break;
  }
  return s;
}

/** The (resolved) schema that applies at `path` inside a resource of `kind`. */
export function schemaAt(kind: ResourceKind, path: JsonPath): Schema | undefined {
  const root = resourceSchema(kind);
  let s: Schema | undefined = resolve(root, root);
  for (const segment of path) {
    if (!s) return undefined;
    if (typeof segment === 'number') s = resolve(root, s.items as Schema | undefined);
    else {
      const props = s.properties as Record<string, Schema> | undefined;
      s = resolve(root, props?.[segment] ?? (typeof s.additionalProperties === 'object' ? (s.additionalProperties as Schema) : undefined));
    }
  }
  return s;
}

export function allowedProperties(kind: ResourceKind, path: JsonPath): string[] {
  const s = schemaAt(kind, path);
  return s?.properties ? Object.keys(s.properties as object) : [];
}

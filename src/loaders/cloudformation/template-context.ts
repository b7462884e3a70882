// What intrinsic functions can look up in a template: its parameters, mappings, conditions and the
// logical ids of its resources (with the name each Batch resource is known by, for wiring).
import { field, isRecord, lookup, stringOf, type JsonRecord } from '../../model/values.js';
import { CFN_RESOURCE_TYPES } from './cfn-mapping.generated.js';
import { NAME_PROPERTY } from './resource-returns.js';

export interface TemplateResource {
  logicalId: string;
  type: string;
  body: JsonRecord;
}

export interface TemplateContext {
  template: JsonRecord;
  parameters: Map<string, JsonRecord>;
  resources: Map<string, TemplateResource>;
  mappings: JsonRecord;
  conditions: JsonRecord;
  /**
   * A template with a Transform (SAM, macros) gains resources at deploy time (SAM's `<Function>Role`),
   * so a reference to an id it does not declare is not known to be wrong.
   */
  transformed: boolean;
  /** Batch resources by logical id: the name they are wired by (their own name, else the logical id). */
  identities: Map<string, string>;
  /** The Region the stack is deployed to (`lint --region`): AWS::Region, AWS::Partition, AWS::URLSuffix. */
  region?: string;
}

export interface TemplateOptions {
  region?: string;
}

/** True for a document shaped like a CloudFormation template (a `Resources` map of typed entries). */
export function isTemplate(value: unknown): value is JsonRecord & { Resources: JsonRecord } {
  if (!isRecord(value) || !isRecord(value.Resources)) return false;
  const entries = Object.values(value.Resources);
  return entries.length > 0 && entries.every((r) => isRecord(r) && typeof r.Type === 'string');
}

export function buildContext(template: JsonRecord & { Resources: JsonRecord }, options: TemplateOptions = {}): TemplateContext {
  const parameters = new Map<string, JsonRecord>();
  if (isRecord(template.Parameters)) for (const [id, p] of Object.entries(template.Parameters)) if (isRecord(p)) parameters.set(id, p);
  const resources = new Map<string, TemplateResource>();
  for (const [logicalId, body] of Object.entries(template.Resources)) {
    if (isRecord(body) && typeof body.Type === 'string') resources.set(logicalId, { logicalId, type: body.Type, body });
  }
  const context: TemplateContext = {
    template,
    parameters,
    resources,
    mappings: isRecord(template.Mappings) ? template.Mappings : {},
    conditions: isRecord(template.Conditions) ? template.Conditions : {},
    transformed: template.Transform !== undefined,
    identities: new Map(),
    ...(options.region !== undefined ? { region: options.region } : {}),
  };
  for (const r of resources.values()) {
    const nameProperty = lookup(NAME_PROPERTY, r.type);
    if (!lookup(CFN_RESOURCE_TYPES, r.type) || nameProperty === undefined) continue;
    // Only a literal name identifies the resource: a computed one (`!Sub ${AWS::StackName}-q`) is not
    // known before deploy, and the graph then matches the logical id (BatchResource.address).
    const name = stringOf(field(r.body.Properties, nameProperty));
    context.identities.set(r.logicalId, name && name !== '' ? name : r.logicalId);
  }
  return context;
}

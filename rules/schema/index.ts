// The schema rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import schemaUnknownProperty from './schema-unknown-property.js';
import schemaType from './schema-type.js';
import schemaEnum from './schema-enum.js';
import schemaRange from './schema-range.js';
import schemaRequired from './schema-required.js';
import templateMissingReference from './template-missing-reference.js';
import jobDefinitionShape from './job-definition-shape.js';
import environmentReservedName from './environment-reserved-name.js';

export const schemaRules: readonly Rule[] = [
  schemaUnknownProperty,
  schemaType,
  schemaEnum,
  schemaRange,
  schemaRequired,
  templateMissingReference,
  jobDefinitionShape,
  environmentReservedName,
];

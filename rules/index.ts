// The rule registry: every rule batchlint has, in the order the docs list them. A test checks this
// list against the files in rules/, so a rule cannot be written and forgotten.
import type { Rule } from '../src/engine/rule.js';
import { parseError, unrecognizedFile } from './file-rules.js';
import { schemaEnum, schemaRange, schemaRequired, schemaType, schemaUnknownProperty } from './schema-rules.js';
import privilegedContainer from './privileged-container.js';
import missingTimeout from './missing-timeout.js';
import missingRetryStrategy from './missing-retry-strategy.js';
import legacyResourceFields from './legacy-resource-fields.js';
import minVcpusAlwaysOn from './min-vcpus-always-on.js';

export const RULES: readonly Rule[] = [
  parseError,
  unrecognizedFile,
  schemaUnknownProperty,
  schemaType,
  schemaEnum,
  schemaRange,
  schemaRequired,
  privilegedContainer,
  missingTimeout,
  missingRetryStrategy,
  legacyResourceFields,
  minVcpusAlwaysOn,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

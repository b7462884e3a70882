// The rules the run reports about itself rather than about a resource: inputs it could not read or
// recognise, suppressions that matched nothing, Regions the live audit could not read. They are
// reported by the engine, loaders and audit; their metadata lives here like every other rule's.
// test/rule-registry.test.ts checks these lists against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import parseError from './parse-error.js';
import unrecognizedFile from './unrecognized-file.js';
import unusedSuppression from './unused-suppression.js';
import auditReadFailed from './audit-read-failed.js';
import auditRegionNotEnabled from './audit-region-not-enabled.js';

/** Run on every lint: the engine and loaders report them. */
export const runRules: readonly Rule[] = [parseError, unrecognizedFile, unusedSuppression];

/** Reported only by the live audit: no file can trigger them. */
export const auditRules = [auditReadFailed, auditRegionNotEnabled] as const;

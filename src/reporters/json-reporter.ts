import type { Finding } from '../engine/finding.js';
import { asIs, type Prepare, type ReportInput } from './report-input.js';

/** What the JSON report says of one finding (schemas/report.schema.json). */
export function jsonFinding(f: Finding): Pick<Finding, 'ruleId' | 'severity' | 'category' | 'message' | 'resource' | 'location'> {
  return { ruleId: f.ruleId, severity: f.severity, category: f.category, message: f.message, resource: f.resource, location: f.location };
}

/** `text` with every line after the first indented by `pad`, as JSON.stringify nests a value. */
function nest(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

/**
 * The JSON report piece by piece: the head, one piece per finding, the tail. Joined they are exactly
 * `JSON.stringify(report, null, 2) + '\n'`, so a large report can be written finding by finding
 * instead of held as one string. `prepare` maps each finding's JSON object before it is serialized
 * (the CLI redacts it there).
 */
export function* jsonReportPieces(input: ReportInput, prepare: Prepare = asIs): Generator<string> {
  yield `{\n  "version": ${JSON.stringify(input.version)},\n  "findings": [`;
  let first = true;
  for (const f of input.findings) {
    yield `${first ? '' : ','}\n    ${nest(JSON.stringify(prepare(jsonFinding(f)), null, 2), '    ')}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n  "summary": ${nest(JSON.stringify(input.summary, null, 2), '  ')}\n}\n`;
}

/** The JSON report; its shape is documented by schemas/report.schema.json. */
export function formatJson(input: ReportInput): string {
  return [...jsonReportPieces(input)].join('');
}

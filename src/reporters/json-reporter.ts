import type { ReportInput } from './report-input.js';

/** The JSON report; its shape is documented by schemas/report.schema.json. */
export function formatJson(input: ReportInput): string {
  const report = {
    version: input.version,
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      category: f.category,
      message: f.message,
      resource: f.resource,
      location: f.location,
    })),
    summary: input.summary,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
